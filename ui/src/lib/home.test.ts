import { describe, expect, it } from 'vitest';
import type { AssessmentSummary } from './api';
import { NO_FILTER, filterGroups, fold, frameworksOf, groupByAgency, listGroups, matchesQuery, readView } from './home';

let n = 0;
function summary(over: { agency: Partial<AssessmentSummary['agency']> } & Partial<Omit<AssessmentSummary, 'agency'>>): AssessmentSummary {
  n += 1;
  const { agency, ...rest } = over;
  return {
    id: `a${n}`,
    title: `Assessment ${n}`,
    agency: { id: '', name: 'Agency', sector: '', country: '', size: '', tags: [], ...agency },
    framework: { id: 'f', version: '1.0.0' },
    framework_title: 'F',
    mode: 'self',
    status: 'draft',
    score: null,
    index: null,
    stage: null,
    stage_name: null,
    completeness: 0,
    answered: 0,
    questions: 9,
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
    finalized_at: null,
    ...rest,
  };
}

describe('search', () => {
  it('folds case, accents and Arabic letter variants', () => {
    expect(fold('  Ministère   de la SANTÉ ')).toBe('ministere de la sante');
    expect(fold('وزارة الصحّة')).toBe(fold('وزاره الصحه'));
    expect(fold('إدارة')).toBe(fold('ادارة'));
    expect(fold('تقييم ٢٠٢٦ / ۲۰۲۵')).toBe(fold('تقييم 2026 / 2025'));
    expect(fold('مستشفى')).toBe(fold('مستشفي'));
    expect(fold('a\u202Eb')).toBe('ab');
  });

  it('matches every word of the query in the agency name or the title', () => {
    const a = summary({ agency: { name: 'Ministry of Health' }, title: 'Readiness 2025' });
    expect(matchesQuery(a, '')).toBe(true);
    expect(matchesQuery(a, 'health')).toBe(true);
    expect(matchesQuery(a, 'HEALTH 2025')).toBe(true);
    expect(matchesQuery(a, 'ministry 2024')).toBe(false);
    expect(matchesQuery(a, 'education')).toBe(false);
    const ar = summary({ agency: { name: 'وزارة الصحة' }, title: 'تقييم' });
    expect(matchesQuery(ar, 'وزاره')).toBe(true);
    const untitled = summary({ agency: { name: 'Ministry of Health' }, title: '' });
    expect(matchesQuery(untitled, 'untitled')).toBe(true);
    expect(matchesQuery(a, 'untitled')).toBe(false);
  });
});

describe('grouping by agency', () => {
  it('groups by agency id, or by name and country, newest first', () => {
    const list = [
      summary({ agency: { id: 'h', name: 'Ministry of Health', country: 'TN' }, updated_at: '2024-05-01T00:00:00Z' }),
      summary({ agency: { id: 'm', name: 'Municipality of Sfax', country: 'TN' }, updated_at: '2025-03-01T00:00:00Z' }),
      summary({ agency: { id: 'h', name: 'Ministry of Health', country: 'TN' }, updated_at: '2025-06-01T00:00:00Z' }),
      // Same name, another country: another agency (DESIGN.md).
      summary({ agency: { id: 'j', name: 'Ministry of Health', country: 'JO' }, updated_at: '2025-01-01T00:00:00Z' }),
      // No shared id, but the same name (spacing and case aside) and country.
      summary({ agency: { id: 'x', name: '  ministry  of health ', country: 'TN' }, updated_at: '2023-01-01T00:00:00Z' }),
    ];
    const groups = groupByAgency(list);
    expect(groups.map((g) => `${g.agency.name}/${g.agency.country}`)).toEqual([
      'Ministry of Health/TN',
      'Municipality of Sfax/TN',
      'Ministry of Health/JO',
    ]);
    expect(groups[0].items.map((a) => a.updated_at.slice(0, 4))).toEqual(['2025', '2024', '2023']);
    expect(groups[0].latest).toBe('2025-06-01T00:00:00Z');
  });

  it('filters before grouping, so a group only shows matching assessments', () => {
    const list = [
      summary({ agency: { id: 'h', name: 'Ministry of Health' }, title: 'Readiness 2024' }),
      summary({ agency: { id: 'h', name: 'Ministry of Health' }, title: 'Readiness 2025' }),
      summary({ agency: { id: 'e', name: 'Ministry of Education' }, title: 'Readiness 2025' }),
    ];
    const g = filterGroups(list, '2025');
    expect(g.map((x) => x.items.length)).toEqual([1, 1]);
    expect(filterGroups(list, 'education').map((x) => x.agency.name)).toEqual(['Ministry of Education']);
    expect(filterGroups(list, 'police')).toEqual([]);
  });
});

describe('filtering and sorting a long list (issue 16 item 17)', () => {
  const list = [
    summary({ id: 'd1', agency: { id: 'h', name: 'Health' }, title: 'Beta', status: 'draft', index: 40, updated_at: '2025-06-01T00:00:00Z' }),
    summary({ id: 'f1', agency: { id: 'h', name: 'Health' }, title: 'Alpha', status: 'final', index: 20, updated_at: '2024-06-01T00:00:00Z' }),
    summary({
      id: 'i1',
      agency: { id: 'e', name: 'Education' },
      title: 'Gamma',
      status: 'final',
      mode: 'interview',
      index: 70,
      framework: { id: 'g', version: '1.0.0' },
      framework_title: 'Digital government',
      updated_at: '2025-01-01T00:00:00Z',
    }),
    summary({ id: 'n1', agency: { id: 'x', name: 'Courts' }, title: 'Delta', status: 'draft', index: null, updated_at: '2023-01-01T00:00:00Z' }),
  ];
  const ids = (groups: ReturnType<typeof listGroups>) => groups.flatMap((g) => g.items.map((a) => a.id));

  it('filters by status, mode and framework, together with the search', () => {
    expect(ids(listGroups(list, { ...NO_FILTER, status: 'draft' }))).toEqual(['d1', 'n1']);
    expect(ids(listGroups(list, { ...NO_FILTER, mode: 'interview' }))).toEqual(['i1']);
    expect(ids(listGroups(list, { ...NO_FILTER, framework: 'f' }))).toEqual(['d1', 'f1', 'n1']);
    expect(ids(listGroups(list, { ...NO_FILTER, status: 'final', query: 'health' }))).toEqual(['f1']);
  });

  it('sorts by last change either way, by title and by index, keeping agencies together', () => {
    expect(ids(listGroups(list, NO_FILTER))).toEqual(['d1', 'f1', 'i1', 'n1']);
    expect(ids(listGroups(list, NO_FILTER, 'updated-asc'))).toEqual(['n1', 'f1', 'd1', 'i1']);
    expect(ids(listGroups(list, NO_FILTER, 'title', 'en'))).toEqual(['f1', 'd1', 'n1', 'i1']);
    // Not scored last; an agency's assessments stay in its group.
    expect(ids(listGroups(list, NO_FILTER, 'index-desc'))).toEqual(['i1', 'd1', 'f1', 'n1']);
  });

  it('offers each framework of the list once, by title', () => {
    expect(frameworksOf(list)).toEqual([
      { id: 'g', title: 'Digital government' },
      { id: 'f', title: 'F' },
    ]);
  });
});

describe('the list view kept for the session', () => {
  it('reads back filters and sort, and falls back on anything unreadable', () => {
    const view = { filter: { query: 'health', status: 'draft', mode: null, framework: 'f' }, sort: 'title' };
    expect(readView(JSON.stringify(view))).toEqual(view);
    expect(readView(null)).toEqual({ filter: NO_FILTER, sort: 'updated-desc' });
    expect(readView('{not json')).toEqual({ filter: NO_FILTER, sort: 'updated-desc' });
    expect(readView(JSON.stringify({ filter: { status: 'deleted', query: 3 }, sort: 'random' }))).toEqual({ filter: NO_FILTER, sort: 'updated-desc' });
  });
});
