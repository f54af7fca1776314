// Geometry of the results radar chart. Pure functions so the drawing can be tested by numbers.
// Axis i points up for i = 0 and the axes go clockwise (counter-clockwise when mirrored, so
// that in Arabic the dimensions follow the reading direction); a value v on the 0..L scale
// sits at radius v / L · R, so level k's ring has radius k / L · R.

export interface Point {
  x: number;
  y: number;
}

export interface RadarFrame {
  cx: number;
  cy: number;
  radius: number;
  /** number of levels L: the outer ring */
  max: number;
  /** right-to-left: axis 1 lies left of the top axis, not right of it */
  mirrored?: boolean;
}

/** Angle (radians, SVG coordinates: y grows downwards) of axis i of n. */
export function axisAngle(i: number, n: number, mirrored = false): number {
  return -Math.PI / 2 + ((mirrored ? -1 : 1) * 2 * Math.PI * i) / n;
}

export function polar(frame: RadarFrame, i: number, n: number, r: number): Point {
  const a = axisAngle(i, n, frame.mirrored);
  return { x: round(frame.cx + r * Math.cos(a)), y: round(frame.cy + r * Math.sin(a)) };
}

/** Points of the values on their axes; a missing value (not scored) has no point. */
export function radarPoints(values: readonly (number | null)[], frame: RadarFrame): (Point | null)[] {
  const n = values.length;
  return values.map((v, i) => {
    if (v === null || !Number.isFinite(v)) return null;
    const clamped = Math.max(0, Math.min(frame.max, v));
    return polar(frame, i, n, (clamped / frame.max) * frame.radius);
  });
}

/** The polygon of ring `level` (1..L) over n axes. */
export function ringPoints(level: number, n: number, frame: RadarFrame): Point[] {
  const r = (level / frame.max) * frame.radius;
  return Array.from({ length: n }, (_, i) => polar(frame, i, n, r));
}

/**
 * Indices of the runs of neighbouring present items, of two or more (a single point draws no
 * line). `wrap`: the last item neighbours the first (a radar); otherwise a run ends at the
 * end (a time line).
 */
export function presentRuns(present: readonly boolean[], wrap: boolean): number[][] {
  const n = present.length;
  // Wrapping, start right after a gap so that every run is contiguous in the rotated order.
  const start = wrap ? Math.max(0, present.findIndex((p, i) => p && !present[(i - 1 + n) % n])) : 0;
  const runs: number[][] = [];
  let run: number[] = [];
  for (let k = 0; k < n; k++) {
    const i = (start + k) % n;
    if (present[i]) run.push(i);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs.filter((r) => r.length > 1);
}

/**
 * SVG path through the points. All present: one closed polygon. Some missing: only the runs of
 * neighbouring present points are joined (wrapping around), so an unscored dimension is a gap
 * in the line, never a dip to zero.
 */
export function radarPath(points: readonly (Point | null)[]): string {
  const n = points.length;
  if (n === 0 || points.every((p) => p === null)) return '';
  const fmt = (p: Point) => `${p.x} ${p.y}`;
  if (points.every((p) => p !== null)) {
    return `M${(points as Point[]).map(fmt).join(' L')} Z`;
  }
  return presentRuns(points.map((p) => p !== null), true)
    .map((r) => `M${r.map((i) => fmt(points[i]!)).join(' L')}`)
    .join(' ');
}

/** Whether the path from radarPath is one closed, fillable polygon. */
export function isClosed(points: readonly (Point | null)[]): boolean {
  return points.length > 0 && points.every((p) => p !== null);
}

/**
 * Where an axis label goes and how it is anchored: left of the centre the text ends at the
 * point, right of it the text starts there. `text-anchor` follows the text's direction, so
 * in RTL 'start' is the right edge and the anchors swap.
 */
export function labelPlacement(
  i: number,
  n: number,
  frame: RadarFrame,
  gap: number,
  dir: 'ltr' | 'rtl' = 'ltr',
): Point & { anchor: 'start' | 'middle' | 'end'; baseline: 'auto' | 'middle' | 'hanging' } {
  const p = polar(frame, i, n, frame.radius + gap);
  const dx = p.x - frame.cx;
  const dy = p.y - frame.cy;
  const eps = frame.radius * 0.05;
  const side: 'left' | 'centre' | 'right' = Math.abs(dx) < eps ? 'centre' : dx < 0 ? 'left' : 'right';
  const anchor =
    side === 'centre'
      ? 'middle'
      : (side === 'right') === (dir === 'ltr')
        ? 'start'
        : 'end';
  const baseline = Math.abs(dy) < eps ? 'middle' : dy < 0 ? 'auto' : 'hanging';
  return { ...p, anchor, baseline };
}

/** Splits a label into at most `maxLines` lines of about `width` characters, at spaces. */
export function wrapLabel(text: string, width: number, maxLines = 2): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && (line + ' ' + w).length > width) {
      lines.push(line);
      line = w;
    } else {
      line = line ? `${line} ${w}` : w;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = kept[maxLines - 1] + '…';
    return kept;
  }
  return lines;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
