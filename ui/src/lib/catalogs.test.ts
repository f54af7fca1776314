import { describe, expect, it } from 'vitest';
import { checkCatalog, formatErrors, PLURAL_FORMS } from './catalog-check';

// Every catalog, the report's included (the Rust report reads the same files).
const sources = import.meta.glob('../../locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const byLocale: Record<string, Record<string, string>> = {};
for (const [path, text] of Object.entries(sources)) {
  const m = /locales\/([^/]+)\/([^/]+\.ftl)$/.exec(path);
  if (m) (byLocale[m[1]] ??= {})[m[2]] = text;
}
const english = byLocale.en ?? {};
const translations = ['fr', 'ar'];

describe('translated catalogs', () => {
  it('ship every English file in French and Arabic', () => {
    expect(Object.keys(english).length).toBeGreaterThan(0);
    for (const lang of translations) {
      expect(Object.keys(byLocale[lang] ?? {}).sort(), lang).toEqual(Object.keys(english).sort());
    }
  });

  for (const lang of translations) {
    it(`${lang}: same messages, attributes and variables as English, with ${PLURAL_FORMS[lang].join('/')} plurals`, () => {
      const problems = Object.entries(english).flatMap(([file, en]) =>
        checkCatalog(lang, `ui/locales/${lang}/${file}`, en, byLocale[lang]?.[file] ?? ''),
      );
      expect(problems).toEqual([]);
    });

    it(`${lang}: every message formats without errors for any count`, () => {
      const problems = Object.entries(byLocale[lang] ?? {}).flatMap(([file, src]) =>
        formatErrors(lang, `ui/locales/${lang}/${file}`, src),
      );
      expect(problems).toEqual([]);
    });
  }

  it('English itself formats without errors', () => {
    const problems = Object.entries(english).flatMap(([file, src]) => formatErrors('en', file, src));
    expect(problems).toEqual([]);
  });
});

describe('the catalog check', () => {
  const en = 'a = A\nn = { $count ->\n    [one] one\n   *[other] { $count } many\n}\n';

  it('fails on a missing message or attribute', () => {
    expect(checkCatalog('fr', 'x.ftl', en + 'b = B\n    .title = T\n', 'a = Á\nb = B\n')).toEqual([
      'x.ftl: n is missing (or does not parse)',
      'x.ftl: b.title is missing (or does not parse)',
    ]);
  });

  it('fails on an Arabic plural without its six forms', () => {
    const ar = 'a = أ\nn = { $count ->\n    [one] واحد\n    [two] اثنان\n   *[other] { $count }\n}\n';
    expect(checkCatalog('ar', 'x.ftl', en, ar)).toEqual(['x.ftl: n lacks the plural forms zero, few, many of $count']);
  });

  it('fails on a lost or invented variable, and on a message that does not parse', () => {
    expect(checkCatalog('fr', 'x.ftl', 'a = { $name }\nb = B\n', 'a = { $nom }\nb = { \n')).toEqual([
      'x.ftl: a does not use $name',
      'x.ftl: a uses $nom, unknown in English',
      'x.ftl: b is missing (or does not parse)',
    ]);
  });

  it('reports a message whose formatting fails', () => {
    const counts = [0, 1, 2, 3, 11, 100, 1.5];
    expect(formatErrors('fr', 'x.ftl', 'a = { b }\n')).toEqual(counts.map((n) => `x.ftl: a with ${n}: Unknown message: b`));
  });
});
