import { describe, expect, it } from 'vitest';
import { defaultChoices, loadChoices, saveChoices, toWire } from './report-choices';

const memory = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
};
const agency = { id: 'a', name: 'Wadi', sector: 'health', country: 'TN', size: null, tags: ['pilot'] } as never;

describe('report choices', () => {
  it('are remembered per assessment', () => {
    const s = memory();
    const c = { ...defaultChoices('en'), format: 'docx' as const, lang: 'ar' as const, paper: 'letter' as const, sections: ['roadmap' as const] };
    saveChoices('one', c, s);
    expect(loadChoices('one', 'en', ['en', 'fr', 'ar'], s)).toEqual(c);
    expect(loadChoices('two', 'fr', ['en', 'fr', 'ar'], s)).toEqual(defaultChoices('fr'));
  });

  it('fall back to the defaults for anything stored that is not a choice', () => {
    const s = memory();
    s.setItem('mizan.report-choices.x', '{"format":"odt","lang":"de","paper":7,"sections":["annex","benchmark"],"toggles":{"tags":[1,"pilot"]}}');
    const c = loadChoices('x', 'en', ['en', 'fr', 'ar'], s);
    expect(c).toMatchObject({ format: 'pdf', lang: 'en', paper: 'a4', sections: ['benchmark'], toggles: { tags: ['pilot'], sector: false } });
    s.setItem('mizan.report-choices.y', 'not json');
    expect(loadChoices('y', 'ar', ['en', 'fr', 'ar'], s)).toEqual(defaultChoices('ar'));
  });

  it('send the summary always, and the respondents only for an interview', () => {
    const c = { ...defaultChoices('en'), respondents: true, toggles: { sector: true, country: false, size: false, tags: [] } };
    expect(toWire(c, agency, false)).toEqual({
      format: 'pdf', lang: 'en', paper: 'a4', digits: 'latin',
      filter: { sector: 'health', country: null, size: null, tags: [] },
      sections: ['summary', 'dimensions', 'roadmap', 'benchmark', 'methodology'],
      respondents: false,
    });
    expect(toWire(c, agency, true).sections).toContain('respondents');
    expect(toWire(c, agency, true).respondents).toBe(true);
  });
});

describe('report digits', () => {
  it('follow the interface setting', () => {
    expect(toWire(defaultChoices('ar'), agency, false, 'arabic').digits).toBe('arabic');
  });
});
