// The compare view's logic and chart geometry, as pure functions so they can be tested by
// numbers. Statistics themselves come from the engine (docs/ipc.md); nothing here computes
// a quartile, a rank, an index or decides whether a peer group is large enough — the UI
// only places the engine's numbers.
import type { Agency, Benchmark, PeerFilterInput, Stats, TrendPoint } from './api';
import { polar, presentRuns, type Point, type RadarFrame } from './radar';

// ---- the peer filter ----

/** Which parts of the agency's own profile restrict its peer group. */
export interface FilterToggles {
  sector: boolean;
  country: boolean;
  size: boolean;
  /** tags of the agency that peers must also carry */
  tags: string[];
}

export const NO_TOGGLES: FilterToggles = { sector: false, country: false, size: false, tags: [] };

/**
 * The filter sent to compare_assessment: the agency's own sector/country/size where its
 * toggle is on (a toggle on an empty profile field restricts nothing), and the chosen tags
 * that the agency still carries, in the profile's order.
 */
export function peerFilter(agency: Pick<Agency, 'sector' | 'country' | 'size' | 'tags'>, on: FilterToggles): PeerFilterInput {
  return {
    sector: on.sector && agency.sector ? agency.sector : null,
    country: on.country && agency.country ? agency.country : null,
    size: on.size && agency.size ? agency.size : null,
    tags: agency.tags.filter((tag) => on.tags.includes(tag)),
  };
}

/** A stable key of a filter, to tell whether a response answers the filter now shown. */
export function filterKey(f: PeerFilterInput): string {
  return JSON.stringify([f.sector, f.country, f.size, [...f.tags].sort()]);
}

/**
 * Hands out a ticket per request; only the newest ticket's answer may be shown. Switching the
 * filter quickly sends several requests whose answers can come back in any order.
 */
export class LatestOnly {
  private last = 0;
  next(): number {
    return ++this.last;
  }
  isCurrent(ticket: number): boolean {
    return ticket === this.last;
  }
}

// ---- numbers ----

/**
 * Whether the engine gave the peers' statistics of a row: it withholds them (null, only n
 * given) when too few peers have a value there, so the k ≥ 3 rule is the engine's alone.
 */
export function hasPeerStats(s: Pick<Stats, 'median'>): boolean {
  return s.median !== null;
}

/** The smallest peer group the engine shows, for sentences ("a benchmark needs at least 3"). */
export function peerMinimum(b: Pick<Benchmark, 'peers'>): number {
  return b.peers.min;
}

/** Whether no peer filter is on: the peer group is every agency, of every sector and country. */
export function isAllPeers(on: FilterToggles): boolean {
  return !on.sector && !on.country && !on.size && on.tags.length === 0;
}

/**
 * What the rank cell says, from the engine's statistics: a rank "r of n + 1" with the number
 * of peers above (rank − 1, by the rank's definition), or why there is none. The engine
 * withholds the rank of an incomplete assessment or dimension (docs/contract.md, "ranking a draft").
 */
export type RankStatus =
  | { kind: 'ranked'; rank: number; total: number; higher: number; n: number; percentile: number | null }
  | { kind: 'incomplete' }
  | { kind: 'none' };

export function rankStatus(s: Stats): RankStatus {
  if (s.rank !== null) return { kind: 'ranked', rank: s.rank, total: s.n + 1, higher: s.rank - 1, n: s.n, percentile: s.percentile };
  return s.unranked === 'incomplete' ? { kind: 'incomplete' } : { kind: 'none' };
}

/** Whether the statistics table needs its "Peers (n)" column: only when n differs between rows. */
export function peerCountVaries(rows: readonly { n: number }[]): boolean {
  return new Set(rows.map((r) => r.n)).size > 1;
}

export type Direction = 'up' | 'down' | 'same';

/** Change from `previous` to `current`; null when either has no value. */
export function change(
  current: number | null | undefined,
  previous: number | null | undefined,
  epsilon = 0.005,
): { delta: number; direction: Direction } | null {
  if (current === null || current === undefined || previous === null || previous === undefined) return null;
  const delta = current - previous;
  return { delta, direction: Math.abs(delta) < epsilon ? 'same' : delta > 0 ? 'up' : 'down' };
}

// ---- the trend ----

export interface TrendEntry {
  /** assessment id */
  id: string;
  title: string;
  /** RFC 3339: finalized_at, or the last change of a draft */
  date: string;
  index: number | null;
  /** dimension scores on the 1..L scale */
  dimensions: Record<string, number | null>;
  current: boolean;
}

/**
 * The agency's final assessments plus the one being looked at, oldest first. Points with
 * the same id as the current one are dropped (the engine leaves it out already).
 */
export function trendSeries(trend: readonly TrendPoint[], current: Omit<TrendEntry, 'current'>): TrendEntry[] {
  const others: TrendEntry[] = trend
    .filter((p) => p.assessment !== current.id)
    .map((p) => ({ id: p.assessment, title: p.title, date: p.finalized_at, index: p.index, dimensions: p.dimensions, current: false }));
  return [...others, { ...current, current: true }].sort((a, b) => time(a.date) - time(b.date) || Number(a.current) - Number(b.current));
}

/** The assessment just before the current one in the series (null: the current is the first). */
export function previousEntry(series: readonly TrendEntry[]): TrendEntry | null {
  const i = series.findIndex((e) => e.current);
  return i > 0 ? series[i - 1] : null;
}

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

export interface ChartBox {
  width: number;
  height: number;
  /** inner margins: room for the axis labels */
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface TrendLayout {
  points: ({ x: number; y: number | null } & TrendEntry)[];
  /** y of the 0, 25, 50, 75 and 100 grid lines */
  grid: { value: number; y: number }[];
  /** the line through the points that have an index; a gap where one has none */
  path: string;
}

/**
 * Places the series in the box: x proportional to time (a single date sits in the middle),
 * y on the fixed 0–100 index scale so two charts are comparable. In RTL time runs from right
 * to left, as the reading does.
 */
export function trendLayout(series: readonly TrendEntry[], box: ChartBox, dir: 'ltr' | 'rtl' = 'ltr'): TrendLayout {
  const x0 = box.left;
  const x1 = box.width - box.right;
  const y0 = box.top;
  const y1 = box.height - box.bottom;
  const times = series.map((e) => time(e.date));
  const tMin = Math.min(...times);
  const tMax = Math.max(...times);
  const xOf = (t: number) => {
    const f = tMax > tMin ? (t - tMin) / (tMax - tMin) : 0.5;
    return round(dir === 'rtl' ? x1 - f * (x1 - x0) : x0 + f * (x1 - x0));
  };
  const yOf = (v: number) => round(y1 - (Math.max(0, Math.min(100, v)) / 100) * (y1 - y0));
  const points = series.map((e, i) => ({ ...e, x: xOf(times[i]), y: e.index === null ? null : yOf(e.index) }));
  return {
    points,
    grid: [0, 25, 50, 75, 100].map((value) => ({ value, y: yOf(value) })),
    path: linePath(points.map((p) => (p.y === null ? null : { x: p.x, y: p.y }))),
  };
}

/** An open polyline through runs of present points (no wrap-around, unlike the radar). */
export function linePath(points: readonly (Point | null)[]): string {
  return presentRuns(points.map((p) => p !== null), false)
    .map((r) => `M${r.map((i) => `${points[i]!.x} ${points[i]!.y}`).join(' L')}`)
    .join(' ');
}

// ---- the radar's interquartile band ----

/**
 * The band between the peers' first and third quartiles on every axis, as one SVG path to
 * fill with `fill-rule: evenodd`. All axes present: the q3 polygon with the q1 polygon cut
 * out (a ring). Some missing (fewer than 3 peers have a score there): each run of
 * neighbouring present axes is its own ring segment — q3 points outwards, q1 points back —
 * so the band never pretends to know a dimension it does not.
 */
export function bandPath(q1: readonly (number | null)[], q3: readonly (number | null)[], frame: RadarFrame): string {
  const n = q1.length;
  const present = q1.map((v, i) => v !== null && q3[i] !== null && Number.isFinite(v) && Number.isFinite(q3[i]!));
  if (n === 0 || !present.some(Boolean)) return '';
  const at = (values: readonly (number | null)[], i: number) =>
    polar(frame, i, n, (Math.max(0, Math.min(frame.max, values[i]!)) / frame.max) * frame.radius);
  const fmt = (p: Point) => `${p.x} ${p.y}`;
  if (present.every(Boolean)) {
    const outer = q3.map((_, i) => at(q3, i));
    const inner = q1.map((_, i) => at(q1, i));
    return `M${outer.map(fmt).join(' L')} Z M${inner.map(fmt).join(' L')} Z`;
  }
  return presentRuns(present, true)
    .map((r) => {
      const outer = r.map((i) => at(q3, i));
      const inner = [...r].reverse().map((i) => at(q1, i));
      return `M${[...outer, ...inner].map(fmt).join(' L')} Z`;
    })
    .join(' ');
}

// ---- the strip (dot) plot of the peers' index ----

export interface StripDot {
  value: number;
  x: number;
  /** 0 = on the axis; 1, 2… stacked above when dots would overlap */
  row: number;
}

/**
 * Positions of the peers' index values (0–100) on a horizontal strip from `x0` to `x1`.
 * A dot that would overlap one already placed in a row goes one row up, so every peer stays
 * visible. Mirrored in RTL, where 0 is on the right.
 */
export function stripLayout(
  values: readonly number[],
  opts: { x0: number; x1: number; diameter: number; dir?: 'ltr' | 'rtl' },
): StripDot[] {
  const { x0, x1, diameter, dir = 'ltr' } = opts;
  const xOf = (v: number) => {
    const f = Math.max(0, Math.min(100, v)) / 100;
    return round(dir === 'rtl' ? x1 - f * (x1 - x0) : x0 + f * (x1 - x0));
  };
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  const lastInRow: number[] = [];
  return sorted.map((value) => {
    const x = xOf(value);
    let row = lastInRow.findIndex((last) => Math.abs(x - last) >= diameter);
    if (row < 0) row = lastInRow.length;
    lastInRow[row] = x;
    return { value, x, row };
  });
}

/** x of an index value on the same strip (the agency's marker, the quartile box). */
export function stripX(value: number, opts: { x0: number; x1: number; dir?: 'ltr' | 'rtl' }): number {
  const f = Math.max(0, Math.min(100, value)) / 100;
  return round(opts.dir === 'rtl' ? opts.x1 - f * (opts.x1 - opts.x0) : opts.x0 + f * (opts.x1 - opts.x0));
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
