import { describe, expect, it } from 'vitest';
import { createTranslator, catalogsFromFiles } from './i18n';
import { errorText, problemText } from './error-text';
import { toCommandError } from './api';

const sources = import.meta.glob('../../locales/*/errors.ftl', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const catalogs = catalogsFromFiles(sources);
const lookup = (locale: string) => {
  const tr = createTranslator(locale, catalogs, () => {});
  return { has: tr.has, t: tr.t };
};
const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');

describe('errors as data', () => {
  const tooLong = toCommandError({
    code: 'invalid_input',
    key: 'err-name-too-long',
    args: { field: 'agency-name', max: '300' },
    place: 'agency-name',
    message: 'the agency name is longer than 300 characters: shorten it',
  });

  it('keeps key, args and place from the backend', () => {
    expect(tooLong).toMatchObject({ key: 'err-name-too-long', place: 'agency-name', args: { field: 'agency-name' } });
    expect(toCommandError('boom')).toEqual({ code: 'unknown', key: '', args: {}, message: 'boom' });
  });

  it('shows the message in the interface language', () => {
    expect(strip(errorText(tooLong, lookup('fr')))).toBe("Le nom de l'organisme dépasse 300 caractères\u00a0: abrégez-le.");
    expect(strip(errorText(tooLong, lookup('ar')))).toContain('يتجاوز اسم الجهة');
    expect(strip(errorText(tooLong, lookup('en')))).toContain("The agency's name is longer than 300 characters");
  });

  it('falls back to the English message for a key no catalog has', () => {
    expect(errorText({ key: 'err-from-a-newer-engine', args: {}, message: 'plain English' }, lookup('ar'))).toBe('plain English');
    expect(errorText({ key: '', args: {}, message: 'no key' }, lookup('fr'))).toBe('no key');
  });

  it('isolates user text so that it cannot reorder the sentence', () => {
    const clash = { key: 'err-agency-taken', args: { other: 'evil\u202Eeman' }, message: '' };
    expect(errorText(clash, lookup('fr'))).toContain('\u2068evil\u202Eeman\u2069');
  });

  it('chooses the Arabic plural form from the count', () => {
    const few = (count: string) => strip(errorText({ key: 'err-pack-too-few', args: { count, min: '3' }, message: '' }, lookup('ar')));
    expect(few('1')).toContain('تقييم نهائي واحد');
    expect(few('2')).toContain('تقييمين نهائيين');
  });

  it('says what is wrong in a refused file, and where', () => {
    const level = {
      code: 'invalid_exchange',
      key: 'err-exchange-level-out-of-range',
      args: { file: 'evil.mizan.json', path: 'answers[0].level', level: '42', max: '5' },
      message: 'evil.mizan.json: answers[0].level: level 42 is out of range: this framework has levels 1 to 5',
    };
    expect(strip(errorText(level, lookup('en')))).toBe('evil.mizan.json was refused at answers[0].level: Level 42 does not exist: this framework has levels 1 to 5.');
    expect(strip(errorText(level, lookup('fr')))).toContain('Le niveau 42 n\'existe pas');
    expect(strip(errorText(level, lookup('ar')))).toContain('المستوى 42 غير موجود');
    expect(strip(problemText(level, lookup('fr')) ?? '')).toBe('Le niveau 42 n\'existe pas\u00a0: les niveaux de ce référentiel vont de 1 à 5.');

    const syntax = { code: 'invalid_exchange', key: 'err-json-syntax', args: { file: 'x.json', path: '$', line: '3', column: '7' }, message: '' };
    expect(strip(errorText(syntax, lookup('en')))).toBe('x.json was refused: The file is not valid JSON at line 3, column 7: it may be damaged, or have been edited by hand.');
    const unknown = { ...level, key: 'err-exchange-from-a-newer-engine' };
    expect(errorText(unknown, lookup('fr'))).toBe(level.message);
  });
});
