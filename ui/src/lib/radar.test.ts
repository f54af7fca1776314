import { describe, expect, it } from 'vitest';
import { axisAngle, isClosed, labelPlacement, radarPath, radarPoints, ringPoints, wrapLabel, type RadarFrame, presentRuns } from './radar';

const frame: RadarFrame = { cx: 100, cy: 100, radius: 50, max: 5 };

describe('radar geometry', () => {
  it('starts the first axis straight up and goes clockwise', () => {
    expect(axisAngle(0, 4)).toBeCloseTo(-Math.PI / 2);
    expect(axisAngle(1, 4)).toBeCloseTo(0); // to the right
    const [top, right, bottom, left] = ringPoints(5, 4, frame);
    expect(top).toEqual({ x: 100, y: 50 });
    expect(right).toEqual({ x: 150, y: 100 });
    expect(bottom).toEqual({ x: 100, y: 150 });
    expect(left).toEqual({ x: 50, y: 100 });
  });

  it('goes counter-clockwise when mirrored, so Arabic reads the dimensions right to left', () => {
    const rtl: RadarFrame = { ...frame, mirrored: true };
    const [top, second, bottom, last] = ringPoints(5, 4, rtl);
    expect(top).toEqual({ x: 100, y: 50 });
    expect(second).toEqual({ x: 50, y: 100 }); // to the left of the top axis
    expect(bottom).toEqual({ x: 100, y: 150 });
    expect(last).toEqual({ x: 150, y: 100 });
    // The label of the second axis sits left, and its Arabic text ends at the chart.
    expect(labelPlacement(1, 4, rtl, 10, 'rtl')).toMatchObject({ x: 40, y: 100, anchor: 'start' });
  });

  it('puts level k on the k-th ring: radius k / L of the chart', () => {
    expect(ringPoints(1, 4, frame)[0]).toEqual({ x: 100, y: 90 });
    const [p] = radarPoints([2.5, 1, 1], frame);
    expect(p).toEqual({ x: 100, y: 75 });
  });

  it('places a score on its own axis', () => {
    // Third of three axes: −90° + 240° = 150°; radius 2.5 / 5 · 50 = 25.
    const pts = radarPoints([5, null, 2.5], frame);
    expect(pts[0]).toEqual({ x: 100, y: 50 });
    expect(pts[1]).toBeNull();
    expect(pts[2]!.x).toBeCloseTo(100 + 25 * Math.cos((150 * Math.PI) / 180), 1);
    expect(pts[2]!.y).toBeCloseTo(112.5, 5);
  });

  it('clamps values to the scale', () => {
    expect(radarPoints([7], frame)[0]).toEqual({ x: 100, y: 50 });
    expect(radarPoints([-1], frame)[0]).toEqual({ x: 100, y: 100 });
  });

  it('closes the shape when every dimension has a score', () => {
    const pts = radarPoints([5, 5, 5, 5], frame);
    expect(radarPath(pts)).toBe('M100 50 L150 100 L100 150 L50 100 Z');
    expect(isClosed(pts)).toBe(true);
  });

  it('leaves a gap for an unscored dimension instead of dropping to zero', () => {
    const pts = radarPoints([5, 5, null, 5], frame);
    // The run wraps around: axis 3 → 0 → 1, and nothing goes through the centre.
    expect(radarPath(pts)).toBe('M50 100 L100 50 L150 100');
    expect(isClosed(pts)).toBe(false);
    // A lone score between two gaps has no line (its dot shows it).
    expect(radarPath(radarPoints([5, null, 5, null], frame))).toBe('');
    expect(radarPath([null, null])).toBe('');
  });

  it('anchors labels away from the chart, swapping anchors in RTL', () => {
    const n = 4;
    expect(labelPlacement(0, n, frame, 10).anchor).toBe('middle');
    expect(labelPlacement(0, n, frame, 10).baseline).toBe('auto');
    expect(labelPlacement(1, n, frame, 10).anchor).toBe('start');
    expect(labelPlacement(3, n, frame, 10).anchor).toBe('end');
    expect(labelPlacement(1, n, frame, 10, 'rtl').anchor).toBe('end');
    expect(labelPlacement(3, n, frame, 10, 'rtl').anchor).toBe('start');
    expect(labelPlacement(2, n, frame, 10).baseline).toBe('hanging');
    expect(labelPlacement(1, n, frame, 10)).toMatchObject({ x: 160, y: 100 });
  });

  it('wraps long labels at spaces', () => {
    expect(wrapLabel('Leadership and strategy', 20)).toEqual(['Leadership and', 'strategy']);
    expect(wrapLabel('Open government', 20)).toEqual(['Open government']);
    expect(wrapLabel('a b c d e f', 1, 2)).toEqual(['a', 'b…']);
  });
});

describe('runs of present values', () => {
  it('wraps around on a radar and not on a time line; a lone value draws no line', () => {
    const present = [true, true, false, true, false, true];
    expect(presentRuns(present, true)).toEqual([[5, 0, 1]]);
    expect(presentRuns(present, false)).toEqual([[0, 1]]);
    expect(presentRuns([true, true, true], true)).toEqual([[0, 1, 2]]);
    expect(presentRuns([false, true, false], true)).toEqual([]);
  });
});
