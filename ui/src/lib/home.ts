// The home list: assessments grouped by agency, and the search box's matching.
import type { Agency, AssessmentSummary } from './api';
import { westernDigits } from './digits';
import { shownTitle } from './names';

/**
 * Folds text for matching: case, accents and Arabic diacritics, the hamza forms of alef,
 * tā' marbūṭa / hā', alif maqṣūra / yā', tatweel, bidi controls, Arabic-Indic and Persian
 * digits (a keyboard may type ٢٠٢٦ for 2026) and runs of spaces.
 * "Ministère" finds "ministere" and "وزارة الصحة" finds "وزاره الصحه".
 */
export function fold(text: string): string {
  return westernDigits(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064a')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when every word of the query appears in the agency's name or the title as shown
 * (an untitled assessment is found by the words the list shows for it).
 */
export function matchesQuery(a: AssessmentSummary, query: string): boolean {
  const terms = fold(query).split(' ').filter(Boolean);
  if (terms.length === 0) return true;
  const hay = fold(`${a.agency.name} ${shownTitle(a.title)}`);
  return terms.every((term) => hay.includes(term));
}

/** DESIGN.md's identity of an agency without an id: folded name and country. */
export function agencyNameKey(agency: Pick<Agency, 'name' | 'country'>): string {
  const name = agency.name.trim().toLowerCase().replace(/\s+/g, ' ');
  return `${name}\u0000${agency.country.toUpperCase()}`;
}

/** What a row of the Home list lets the user do with its assessment. */
export interface RowActions {
  onopen: (a: AssessmentSummary) => void;
  oncontinue: (a: AssessmentSummary) => void;
  onresults: (a: AssessmentSummary) => void;
  oncompare: (a: AssessmentSummary) => void;
  onduplicate: (a: AssessmentSummary) => void;
  ondelete: (a: AssessmentSummary) => void;
}

export interface AgencyGroup {
  key: string;
  agency: Agency;
  items: AssessmentSummary[];
  /** newest updated_at of the group's assessments */
  latest: string;
}

const newestFirst = (a: { updated_at: string }, b: { updated_at: string }) =>
  Date.parse(b.updated_at) - Date.parse(a.updated_at);

/**
 * Groups assessments by agency: same agency id, or same name and country. Groups and the
 * assessments inside them are newest first.
 */
export function groupByAgency(list: readonly AssessmentSummary[]): AgencyGroup[] {
  const groups: (AgencyGroup & { ids: Set<string>; nameKey: string })[] = [];
  for (const a of [...list].sort(newestFirst)) {
    const nameKey = agencyNameKey(a.agency);
    let g = groups.find((x) => (a.agency.id && x.ids.has(a.agency.id)) || x.nameKey === nameKey);
    if (!g) {
      g = { key: a.agency.id || nameKey, agency: a.agency, items: [], latest: a.updated_at, ids: new Set(), nameKey };
      groups.push(g);
    }
    if (a.agency.id) g.ids.add(a.agency.id);
    g.items.push(a);
  }
  return groups.map(({ key, agency, items, latest }) => ({ key, agency, items, latest }));
}

/** What the Home list shows: the search and the list's filters (null: any). */
export interface ListFilter {
  query: string;
  status: AssessmentSummary['status'] | null;
  mode: AssessmentSummary['mode'] | null;
  /** framework id */
  framework: string | null;
}

export const NO_FILTER: ListFilter = { query: '', status: null, mode: null, framework: null };

export type ListSort = 'updated-desc' | 'updated-asc' | 'title' | 'index-desc';
export const SORTS: readonly ListSort[] = ['updated-desc', 'updated-asc', 'title', 'index-desc'];

export function matchesFilter(a: AssessmentSummary, f: ListFilter): boolean {
  return (
    (f.status === null || a.status === f.status) &&
    (f.mode === null || a.mode === f.mode) &&
    (f.framework === null || a.framework.id === f.framework) &&
    matchesQuery(a, f.query)
  );
}

/**
 * The list's view (filters and sort) as the user left it, read back when Home opens again:
 * after Continue on a filtered draft, coming back shows the same rows. Anything unreadable
 * gives the defaults.
 */
export function readView(text: string | null): { filter: ListFilter; sort: ListSort } {
  const fallback = { filter: { ...NO_FILTER }, sort: 'updated-desc' as ListSort };
  if (!text) return fallback;
  try {
    const v = JSON.parse(text) as { filter?: Partial<ListFilter>; sort?: string };
    const f = v.filter ?? {};
    const pick = <T extends string>(x: unknown, allowed: readonly T[]): T | null => (allowed.includes(x as T) ? (x as T) : null);
    return {
      filter: {
        query: typeof f.query === 'string' ? f.query : '',
        status: pick(f.status, ['draft', 'final'] as const),
        mode: pick(f.mode, ['self', 'interview'] as const),
        framework: typeof f.framework === 'string' ? f.framework : null,
      },
      sort: pick(v.sort, SORTS) ?? 'updated-desc',
    };
  } catch {
    return fallback;
  }
}

/** The frameworks the list holds, for the framework filter: id and title, by title. */
export function frameworksOf(list: readonly AssessmentSummary[]): { id: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const a of list) if (!seen.has(a.framework.id)) seen.set(a.framework.id, a.framework_title);
  return [...seen].map(([id, title]) => ({ id, title })).sort((x, y) => x.title.localeCompare(y.title));
}

/** Comparison of two assessments for a sort; ties fall back to newest first, then id. */
export function compareBy(sort: ListSort, loc?: string): (a: AssessmentSummary, b: AssessmentSummary) => number {
  const byUpdated = (a: AssessmentSummary, b: AssessmentSummary) => newestFirst(a, b) || a.id.localeCompare(b.id);
  switch (sort) {
    case 'updated-desc':
      return byUpdated;
    case 'updated-asc':
      return (a, b) => -newestFirst(a, b) || a.id.localeCompare(b.id);
    case 'title':
      return (a, b) => a.title.localeCompare(b.title, loc, { sensitivity: 'base' }) || byUpdated(a, b);
    case 'index-desc':
      // Not scored goes last: it has no place on the index scale.
      return (a, b) => (b.index ?? -1) - (a.index ?? -1) || byUpdated(a, b);
  }
}

/**
 * The groups to show: the assessments that pass the filter, grouped by agency, each group's
 * assessments in the sort's order and the groups ordered by their first assessment.
 */
export function listGroups(
  list: readonly AssessmentSummary[],
  filter: ListFilter,
  sort: ListSort = 'updated-desc',
  loc?: string,
): AgencyGroup[] {
  const cmp = compareBy(sort, loc);
  return groupByAgency(list.filter((a) => matchesFilter(a, filter)))
    .map((g) => ({ ...g, items: [...g.items].sort(cmp) }))
    .sort((g, h) => cmp(g.items[0], h.items[0]));
}

/** The groups to show for a search query (empty query: everything). */
export function filterGroups(list: readonly AssessmentSummary[], query: string): AgencyGroup[] {
  return listGroups(list, { ...NO_FILTER, query });
}
