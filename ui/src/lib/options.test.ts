import { describe, expect, it } from 'vitest';
import { countryName } from './options';
import { catalogs } from './i18n';
import { readFileSync } from 'node:fs';

describe('country names', () => {
  it("use the UN's name where CLDR's differs, as the report does, and CLDR's otherwise", () => {
    expect(countryName('PS', 'en')).toBe('State of Palestine');
    expect(countryName('JO', 'en')).toBe('Jordan');
    expect(countryName('', 'en')).toBe('');
  });

  it('say the same as the report catalog in every language', () => {
    for (const lang of ['en', 'fr', 'ar']) {
      const ui = catalogs[lang].match(/^country-PS = (.*)$/m)?.[1];
      const report = readFileSync(new URL(`../../locales/${lang}/report.ftl`, import.meta.url), 'utf8').match(/^report-country-PS = (.*)$/m)?.[1];
      expect(ui, lang).toBeTruthy();
      expect(ui, lang).toBe(report);
    }
  });
});
