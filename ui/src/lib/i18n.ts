// Interface strings come from Fluent catalogs in ui/locales/<locale>/*.ftl, bundled at build
// time (no network). Adding a language is dropping a folder of .ftl files there.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { Lang } from './api';

export type Args = Record<string, FluentVariable>;
export type Dir = 'ltr' | 'rtl';

export const DEFAULT_LOCALE = 'en';
const PREF_KEY = 'mizan.locale';
const DIGITS_KEY = 'mizan.digits';

/** Western digits (0-9, the default) or Arabic-Indic (٠-٩): the reader's setting. */
export type Digits = 'latin' | 'arabic';

function savedDigits(): Digits {
  try {
    return globalThis.localStorage?.getItem(DIGITS_KEY) === 'arabic' ? 'arabic' : 'latin';
  } catch {
    return 'latin';
  }
}

let currentDigits: Digits = savedDigits();

/**
 * `loc` with the numbering system of the digits setting (BCP 47 `-u-nu-`), for Intl: Western
 * digits even where the platform's default for the locale is Arabic-Indic (ar-EG), unless
 * the setting says otherwise. A locale that names its numbering system keeps it.
 */
export function withDigits(loc: string, digits: Digits = currentDigits): string {
  if (loc.includes('-u-nu-')) return loc;
  return `${loc}${loc.includes('-u-') ? '' : '-u'}-nu-${digits === 'arabic' ? 'arab' : 'latn'}`;
}
const RTL_LANGS = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);
const BACKEND_LANGS: readonly Lang[] = ['en', 'fr', 'ar'];

// report.ftl holds the PDF report's strings: the Rust side reads it, the UI does not.
const files = import.meta.glob(['../../locales/*/*.ftl', '!../../locales/*/report.ftl'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Groups `…/locales/<locale>/<file>.ftl` sources by locale. */
export function catalogsFromFiles(sources: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of Object.keys(sources).sort()) {
    const m = /locales\/([^/]+)\/[^/]+\.ftl$/.exec(path);
    if (!m) continue;
    out[m[1]] = (out[m[1]] ?? '') + sources[path] + '\n';
  }
  return out;
}

export const catalogs = catalogsFromFiles(files);
export const availableLocales = Object.keys(catalogs).sort();

/** Best available locale for the user's preferences: exact tag, then language only. */
export function negotiateLocale(
  requested: readonly string[],
  available: readonly string[],
  fallback = DEFAULT_LOCALE,
): string {
  const lower = available.map((a) => a.toLowerCase());
  for (const r of requested) {
    const i = lower.indexOf(r.toLowerCase());
    if (i >= 0) return available[i];
    const base = r.toLowerCase().split(/[-_]/)[0];
    const j = lower.findIndex((a) => a === base || a.split(/[-_]/)[0] === base);
    if (j >= 0) return available[j];
  }
  return fallback;
}

export function directionOf(locale: string): Dir {
  return RTL_LANGS.has(locale.toLowerCase().split(/[-_]/)[0]) ? 'rtl' : 'ltr';
}

export interface Translator {
  locale: string;
  dir: Dir;
  t(id: string, args?: Args): string;
  has(id: string): boolean;
}

/** A translator for `locale`, falling back message by message to the default locale. */
export function createTranslator(
  locale: string,
  sources: Record<string, string>,
  onError: (msg: string) => void = (msg) => console.warn(msg),
): Translator {
  const chain = [locale, DEFAULT_LOCALE].filter((l, i, a) => sources[l] && a.indexOf(l) === i);
  const bundles = chain.map((l) => {
    // Numbers inside messages take the digits setting too.
    const bundle = new FluentBundle(withDigits(l));
    const errors = bundle.addResource(new FluentResource(sources[l]));
    for (const e of errors) onError(`i18n ${l}: ${e.message}`);
    return bundle;
  });
  return {
    locale,
    dir: directionOf(locale),
    has: (id) => bundles.some((b) => b.getMessage(id)?.value),
    t(id, args) {
      for (const bundle of bundles) {
        const msg = bundle.getMessage(id);
        if (!msg?.value) continue;
        const errors: Error[] = [];
        const text = bundle.formatPattern(msg.value, args ?? null, errors);
        for (const e of errors) onError(`i18n ${id}: ${e.message}`);
        return text;
      }
      onError(`i18n: missing message ${id}`);
      return id;
    },
  };
}

function preferredLocales(): string[] {
  const out: string[] = [];
  try {
    const saved = globalThis.localStorage?.getItem(PREF_KEY);
    if (saved) out.push(saved);
  } catch {
    /* storage can be disabled; the browser languages still apply */
  }
  if (typeof navigator !== 'undefined') out.push(...(navigator.languages ?? [navigator.language]));
  return out;
}

let current: Translator = createTranslator(
  negotiateLocale(preferredLocales(), availableLocales),
  catalogs,
);

/** Applies the current locale to the document: `<html lang dir>` and the window title. */
export function applyToDocument(doc: Document = document): void {
  doc.documentElement.lang = current.locale;
  doc.documentElement.dir = current.dir;
  doc.title = current.t('app-name');
}

/** Stores the user's language choice; the app reloads to apply it everywhere at once. */
export function chooseLocale(locale: string): void {
  try {
    localStorage.setItem(PREF_KEY, locale);
  } catch {
    /* without storage the choice lasts until reload only */
  }
  current = createTranslator(negotiateLocale([locale], availableLocales), catalogs);
  location.reload();
}

/** Stores the digits choice; the app reloads to apply it to every number at once. */
export function chooseDigits(digits: Digits): void {
  try {
    localStorage.setItem(DIGITS_KEY, digits);
  } catch {
    /* without storage the choice lasts until reload only */
  }
  currentDigits = digits;
  location.reload();
}

export const digits = (): Digits => currentDigits;
/** The locale numbers and dates are formatted in: the UI's, with the digits setting. */
export const numberLocale = (): string => withDigits(current.locale);

export const t = (id: string, args?: Args): string => current.t(id, args);
export const has = (id: string): boolean => current.has(id);
export const locale = (): string => current.locale;
export const dir = (): Dir => current.dir;

/** The language asked of the backend for framework texts: the UI's own, when it has one. */
export function backendLang(loc: string = current.locale): Lang {
  const base = loc.toLowerCase().split(/[-_]/)[0] as Lang;
  return BACKEND_LANGS.includes(base) ? base : 'en';
}

/**
 * Fluent wraps arguments in Unicode isolation marks (FSI…PDI) so RTL names do not scramble a
 * sentence. A message used as stored data (e.g. a default title) must not carry them.
 */
export function plain(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '');
}

/** Name of a language in that language, for the language picker. */
export function languageName(loc: string): string {
  try {
    return new Intl.DisplayNames([loc], { type: 'language' }).of(loc) ?? loc;
  } catch {
    return loc;
  }
}
