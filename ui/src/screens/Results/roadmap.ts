// The priority actions as the results show them: grouped by dimension, the dimensions in
// the order of their most urgent action, each action in the engine's priority order (never
// re-ranked here), the first `limit` actions shown until the user asks for all.
import type { Recommendation } from '../../lib/api';

export interface ActionGroup {
  dimension: string;
  items: Recommendation[];
}

export interface Roadmap {
  groups: ActionGroup[];
  /** actions shown */
  shown: number;
  /** all actions */
  total: number;
}

/** The top ten: enough for a first plan, short enough to read. */
export const TOP_ACTIONS = 10;

export function roadmap(items: readonly Recommendation[], limit: number | null = TOP_ACTIONS): Roadmap {
  const kept = limit === null ? items : items.slice(0, limit);
  const groups: ActionGroup[] = [];
  for (const r of kept) {
    let g = groups.find((x) => x.dimension === r.dimension);
    if (!g) {
      g = { dimension: r.dimension, items: [] };
      groups.push(g);
    }
    g.items.push(r);
  }
  return { groups, shown: kept.length, total: items.length };
}
