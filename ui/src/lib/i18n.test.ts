import { describe, expect, it } from 'vitest';
import {
  availableLocales,
  backendLang,
  catalogs,
  catalogsFromFiles,
  createTranslator,
  directionOf,
  negotiateLocale,
  plain,
  t,
} from './i18n';

describe('locale choice', () => {
  it('groups catalog files by their locale folder', () => {
    const c = catalogsFromFiles({
      '../../locales/en/b.ftl': 'b = B',
      '../../locales/en/a.ftl': 'a = A',
      '../../locales/ar/a.ftl': 'a = أ',
    });
    expect(Object.keys(c).sort()).toEqual(['ar', 'en']);
    // Files are joined in name order, so overrides are predictable.
    expect(c.en.indexOf('a = A')).toBeLessThan(c.en.indexOf('b = B'));
  });

  it('finds the best available locale: exact, then language, then English', () => {
    expect(negotiateLocale(['fr-CA', 'en'], ['en', 'fr'])).toBe('fr');
    expect(negotiateLocale(['ar-TN'], ['ar', 'en'])).toBe('ar');
    expect(negotiateLocale(['ar-TN'], ['ar-TN', 'ar'])).toBe('ar-TN');
    expect(negotiateLocale(['de', 'es'], ['ar', 'en'])).toBe('en');
    expect(negotiateLocale([], ['en'])).toBe('en');
  });

  it('sets the direction from the language', () => {
    const cases = [['ar', 'rtl'], ['ar-MA', 'rtl'], ['fa', 'rtl'], ['fr', 'ltr'], ['en-GB', 'ltr']];
    for (const [lang, dir] of cases) expect(directionOf(lang), lang).toBe(dir);
  });

  it('asks the backend for framework texts in the UI language when it has them', () => {
    const cases = [['ar-EG', 'ar'], ['fr', 'fr'], ['de', 'en']];
    for (const [ui, backend] of cases) expect(backendLang(ui), ui).toBe(backend);
  });

  it('ships an English catalog', () => {
    expect(availableLocales).toContain('en');
  });
});

describe('t()', () => {
  it('formats messages with arguments and plurals from the real catalog', () => {
    expect(plain(t('framework-questions', { count: 1 }))).toBe('1 question');
    expect(plain(t('framework-questions', { count: 9 }))).toBe('9 questions');
    expect(plain(t('q-position', { number: 4, total: 9 }))).toBe('Question 4 of 9');
  });

  it('says "1 assessment, 1 agency" about a backup, not "1 assessments" (issue 16 item 19)', () => {
    expect(plain(t('data-contents', { assessments: 1, agencies: 1 }))).toBe('1 assessment, 1 agency');
    expect(plain(t('data-contents', { assessments: 4, agencies: 3 }))).toBe('4 assessments, 3 agencies');
    expect(plain(t('data-backup-saved', { path: '/x.db', assessments: 1 }))).toBe('Backup saved to /x.db (1 assessment).');
    expect(plain(t('restore-done', { assessments: 1, safety: '/k.db' }))).toBe('Restored 1 assessment. Your previous data is kept in /k.db.');
    expect(plain(t('recovery-restore', { date: 'Nov 2', assessments: 1 }))).toBe('Restore the backup of Nov 2 (1 assessment)…');
    expect(plain(t('restore-confirm-body', { date: 'Nov 2', assessments: 1, agencies: 1, changed: 'Nov 1' }))).toMatch(
      /^The backup of Nov 2 holds 1 assessment of 1 agency \(last change Nov 1\)\./,
    );
  });

  it('says "no disagreement", not "0 disagreements", and no "0 answers" of a respondent who gave none', () => {
    for (const locale of ['en', 'fr', 'ar']) {
      const tr = createTranslator(locale, catalogs, () => {});
      const zero = [
        tr.t('int-unresolved', { count: 0 }),
        tr.t('resp-remove-body', { name: 'Rana', count: 0 }),
        tr.t('resp-removed', { name: 'Rana', count: 0 }),
      ].map(plain);
      for (const text of zero) expect(text, `${locale}: ${text}`).not.toMatch(/(^|\s)[0٠](\s|$)/);
      expect(plain(tr.t('int-unresolved', { count: 2 })), locale).toMatch(/[2٢]|اختلافان/);
    }
  });

  it('isolates arguments so right-to-left names do not reorder the sentence', () => {
    expect(t('home-deleted', { title: 'وزارة الصحة' })).toBe('“\u2068وزارة الصحة\u2069” was deleted.');
    expect(plain(t('home-deleted', { title: 'وزارة الصحة' }))).toBe('“وزارة الصحة” was deleted.');
  });

  it('falls back to English message by message, and shows the id of a missing message', () => {
    const errors: string[] = [];
    const tr = createTranslator('fr', { en: 'a = A\nb = B { $n }', fr: 'a = Á' }, (m) => errors.push(m));
    expect(tr.t('a')).toBe('Á');
    expect(plain(tr.t('b', { n: 2 }))).toBe('B 2');
    expect(tr.t('nope')).toBe('nope');
    expect(errors).toEqual(['i18n: missing message nope']);
    expect(tr.dir).toBe('ltr');
    expect(createTranslator('ar', { en: 'a = A' }).dir).toBe('rtl');
  });

  it('reports a missing argument instead of failing silently', () => {
    const errors: string[] = [];
    const tr = createTranslator('en', { en: 'hi = Hello { $name }' }, (m) => errors.push(m));
    tr.t('hi');
    expect(errors.length).toBe(1);
  });

  it('parses every shipped catalog without errors', () => {
    for (const loc of Object.keys(catalogs)) {
      const errors: string[] = [];
      const tr = createTranslator(loc, catalogs, (m) => errors.push(m));
      expect(tr.has('app-name')).toBe(true);
      expect(errors).toEqual([]);
    }
  });
});
