// The home list: assessments grouped by agency, and the search box's matching.
import type { Agency, AssessmentSummary } from './api';

/**
 * Folds text for matching: case, accents and Arabic diacritics, the hamza forms of alef,
 * tā' marbūṭa / hā', alif maqṣūra / yā', tatweel, bidi controls and runs of spaces.
 * "Ministère" finds "ministere" and "وزارة الصحة" finds "وزاره الصحه".
 */
export function fold(text: string): string {
  return text
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

/** True when every word of the query appears in the agency's name or the title. */
export function matchesQuery(a: AssessmentSummary, query: string): boolean {
  const terms = fold(query).split(' ').filter(Boolean);
  if (terms.length === 0) return true;
  const hay = fold(`${a.agency.name} ${a.title}`);
  return terms.every((term) => hay.includes(term));
}

/** DESIGN.md's identity of an agency without an id: folded name and country. */
export function agencyNameKey(agency: Pick<Agency, 'name' | 'country'>): string {
  const name = agency.name.trim().toLowerCase().replace(/\s+/g, ' ');
  return `${name}\u0000${agency.country.toUpperCase()}`;
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

/** The groups to show for a search query (empty query: everything). */
export function filterGroups(list: readonly AssessmentSummary[], query: string): AgencyGroup[] {
  return groupByAgency(list.filter((a) => matchesQuery(a, query)));
}
