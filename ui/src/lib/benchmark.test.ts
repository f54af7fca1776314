import { describe, expect, it } from 'vitest';
import {
  LatestOnly,
  NO_TOGGLES,
  bandPath,
  change,
  filterKey,
  linePath,
  hasPeerStats,
  peerFilter,
  previousEntry,
  rankStatus,
  peerCountVaries,
  isAllPeers,
  stripLayout,
  stripX,
  trendLayout,
  trendSeries,
  type ChartBox,
} from './benchmark';
import type { Stats } from './api';
import type { RadarFrame } from './radar';
import type { TrendPoint } from './api';

const agency = { sector: 'health', country: 'TN', size: 'large', tags: ['pilot', 'e-services'] };

describe('the peer filter', () => {
  it('takes the values of the agency profile for the toggles that are on', () => {
    expect(peerFilter(agency, NO_TOGGLES)).toEqual({ sector: null, country: null, size: null, tags: [] });
    expect(peerFilter(agency, { sector: true, country: false, size: true, tags: ['e-services'] })).toEqual({
      sector: 'health',
      country: null,
      size: 'large',
      tags: ['e-services'],
    });
  });

  it('restricts nothing for an empty profile field or a tag the agency no longer has', () => {
    const bare = { sector: '', country: '', size: '', tags: ['pilot'] };
    expect(peerFilter(bare, { sector: true, country: true, size: true, tags: ['pilot', 'gone'] })).toEqual({
      sector: null,
      country: null,
      size: null,
      tags: ['pilot'],
    });
  });

  it('keys filters independently of tag order', () => {
    const a = { sector: 'health', country: null, size: null, tags: ['a', 'b'] };
    expect(filterKey(a)).toBe(filterKey({ ...a, tags: ['b', 'a'] }));
    expect(filterKey(a)).not.toBe(filterKey({ ...a, sector: null }));
  });

  it('shows only the answer to the newest request', () => {
    const latest = new LatestOnly();
    const first = latest.next();
    const second = latest.next();
    expect(latest.isCurrent(first)).toBe(false);
    expect(latest.isCurrent(second)).toBe(true);
  });
});

describe('numbers', () => {
  const stats = (over: Partial<Stats>): Stats => ({
    value: 2.5,
    n: 12,
    min: 1,
    q1: 2,
    median: 2.5,
    q3: 3,
    max: 4,
    rank: null,
    percentile: null,
    unranked: null,
    index: { value: 37.5, min: 0, q1: 25, median: 37.5, q3: 50, max: 75 },
    ...over,
  });

  it("follows the engine's withholding of a row's statistics, whatever its n", () => {
    expect(hasPeerStats(stats({}))).toBe(true);
    expect(hasPeerStats(stats({ median: null }))).toBe(false);
  });

  it('gives a rank with the number of peers above, or says why there is none (issue 16 item 1)', () => {
    expect(rankStatus(stats({ rank: 8, percentile: 37.5 }))).toEqual({ kind: 'ranked', rank: 8, total: 13, higher: 7, n: 12, percentile: 37.5 });
    // A draft is not ranked against complete peers; the peers' statistics are still there.
    expect(rankStatus(stats({ unranked: 'incomplete' }))).toEqual({ kind: 'incomplete' });
    expect(rankStatus(stats({ value: null, unranked: 'no_value' }))).toEqual({ kind: 'none' });
  });

  it('shows the "Peers (n)" column only when n differs between rows (issue 16 item 6)', () => {
    expect(peerCountVaries([{ n: 12 }, { n: 12 }, { n: 12 }])).toBe(false);
    expect(peerCountVaries([{ n: 12 }, { n: 2 }])).toBe(true);
  });

  it('names the default peer group: no filter is on', () => {
    expect(isAllPeers(NO_TOGGLES)).toBe(true);
    expect(isAllPeers({ ...NO_TOGGLES, tags: ['pilot'] })).toBe(false);
    expect(isAllPeers({ ...NO_TOGGLES, country: true })).toBe(false);
  });

  it('describes a change, with none when a value is missing', () => {
    expect(change(3.4, 3)).toMatchObject({ direction: 'up' });
    expect(change(3.4, 3)!.delta).toBeCloseTo(0.4);
    expect(change(2, 3)).toEqual({ delta: -1, direction: 'down' });
    expect(change(3, 3.001)).toMatchObject({ direction: 'same' });
    expect(change(null, 3)).toBeNull();
    expect(change(3, undefined)).toBeNull();
  });
});

const point = (assessment: string, finalized_at: string, index: number | null): TrendPoint => ({
  assessment,
  title: assessment,
  framework_version: '1.0.0',
  finalized_at,
  score: index === null ? null : 1 + (index / 100) * 4,
  index,
  dimensions: { a: 2 },
});

describe('the trend', () => {
  const current = { id: 'now', title: 'now', date: '2025-10-12T14:05:00Z', index: 40.6, dimensions: { a: 3 } };

  it('adds the current assessment to the earlier ones, in time order', () => {
    const s = trendSeries([point('y2023', '2023-05-01T00:00:00Z', 10), point('y2024', '2024-11-04T09:30:00Z', 18.8)], current);
    expect(s.map((e) => [e.id, e.current])).toEqual([
      ['y2023', false],
      ['y2024', false],
      ['now', true],
    ]);
    expect(previousEntry(s)!.id).toBe('y2024');
  });

  it('has no previous assessment when the current one is the oldest', () => {
    const s = trendSeries([point('later', '2026-01-01T00:00:00Z', 50)], current);
    expect(s.map((e) => e.id)).toEqual(['now', 'later']);
    expect(previousEntry(s)).toBeNull();
    expect(previousEntry(trendSeries([], current))).toBeNull();
  });

  const box: ChartBox = { width: 300, height: 140, top: 10, right: 20, bottom: 30, left: 40 };

  it('scales time to x and the 0–100 index to y', () => {
    const s = trendSeries(
      [point('a', '2023-01-01T00:00:00Z', 0), point('b', '2024-01-01T00:00:00Z', 100)],
      { ...current, date: '2025-01-01T00:00:00Z', index: 50 },
    );
    const l = trendLayout(s, box);
    // x from 40 to 280; the three dates are a year apart (2024 is a leap year: not quite the middle).
    expect(l.points[0]).toMatchObject({ x: 40, y: 110 });
    expect(l.points[2]).toMatchObject({ x: 280, y: 60 });
    expect(l.points[1].y).toBe(10);
    expect(l.points[1].x).toBeCloseTo(40 + (365 / 731) * 240, 1);
    expect(l.grid).toEqual([
      { value: 0, y: 110 },
      { value: 25, y: 85 },
      { value: 50, y: 60 },
      { value: 75, y: 35 },
      { value: 100, y: 10 },
    ]);
    expect(l.path).toBe(`M40 110 L${l.points[1].x} 10 L280 60`);
  });

  it('mirrors time in RTL, centres a single date and leaves a gap for a missing index', () => {
    const s = trendSeries([point('a', '2023-01-01T00:00:00Z', 20)], { ...current, date: '2025-01-01T00:00:00Z', index: 60 });
    const rtl = trendLayout(s, box, 'rtl');
    expect(rtl.points.map((p) => p.x)).toEqual([280, 40]);
    const single = trendLayout(trendSeries([], current), box);
    expect(single.points[0].x).toBe(160);
    expect(single.path).toBe('');
    expect(linePath([{ x: 0, y: 0 }, { x: 1, y: 1 }, null, { x: 3, y: 3 }, { x: 4, y: 4 }])).toBe('M0 0 L1 1 M3 3 L4 4');
  });
});

describe('the interquartile band of the radar', () => {
  const frame: RadarFrame = { cx: 100, cy: 100, radius: 50, max: 5 };

  it('is a ring between the q1 and q3 polygons when every axis has peers', () => {
    expect(bandPath([1, 1, 1, 1], [5, 5, 5, 5], frame)).toBe(
      'M100 50 L150 100 L100 150 L50 100 Z M100 90 L110 100 L100 110 L90 100 Z',
    );
  });

  it('is cut into ring segments where an axis has too few peers', () => {
    // Axis 2 has no quartiles: the segment runs 3 → 0 → 1 outwards on q3, back on q1.
    expect(bandPath([1, 1, null, 1], [5, 5, null, 5], frame)).toBe(
      'M50 100 L100 50 L150 100 L110 100 L100 90 L90 100 Z',
    );
    // A lone axis between two gaps has no area to fill.
    expect(bandPath([1, null, 1, null], [5, null, 5, null], frame)).toBe('');
    expect(bandPath([], [], frame)).toBe('');
  });

  it('puts each quartile on its own ring: radius value / L', () => {
    const path = bandPath([2.5, 2.5, 2.5], [4, 4, 4], frame);
    // First point: axis 0 (up) at q3 = 4 → radius 40.
    expect(path.startsWith('M100 60 ')).toBe(true);
    expect(path).toContain('M100 75 ');
  });
});

describe('the strip of peers', () => {
  it('places index values between x0 and x1 and stacks dots that would overlap', () => {
    const dots = stripLayout([50, 0, 100, 51, 50.5, 70], { x0: 0, x1: 200, diameter: 6 });
    expect(dots).toEqual([
      { value: 0, x: 0, row: 0 },
      { value: 50, x: 100, row: 0 },
      { value: 50.5, x: 101, row: 1 },
      { value: 51, x: 102, row: 2 },
      { value: 70, x: 140, row: 0 },
      { value: 100, x: 200, row: 0 },
    ]);
  });

  it('goes back down once there is room again', () => {
    const dots = stripLayout([10, 11, 20], { x0: 0, x1: 100, diameter: 4 });
    expect(dots.map((d) => d.row)).toEqual([0, 1, 0]);
  });

  it('mirrors in RTL and clamps to the scale', () => {
    expect(stripLayout([0, 100], { x0: 10, x1: 110, diameter: 4, dir: 'rtl' }).map((d) => d.x)).toEqual([110, 10]);
    expect(stripX(25, { x0: 10, x1: 110 })).toBe(35);
    expect(stripX(25, { x0: 10, x1: 110, dir: 'rtl' })).toBe(85);
    expect(stripX(140, { x0: 10, x1: 110 })).toBe(110);
  });
});
