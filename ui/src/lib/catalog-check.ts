// Checks that every translation catalog matches the English one: same messages and
// attributes, same variables, the plural forms its language needs, and no formatting
// errors. Used by catalogs.test.ts only (never imported by the app).
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

/** Plural categories (CLDR) each shipped language needs wherever English has a plural. */
export const PLURAL_FORMS: Record<string, readonly string[]> = {
  en: ['one', 'other'],
  fr: ['one', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
};
const CLDR = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
/** Numbers that reach every Arabic and French plural category. */
const SAMPLE_NUMBERS = [0, 1, 2, 3, 11, 100, 1.5];

type Node = string | { type: string; [k: string]: unknown };
type Pattern = string | Node[];
interface Entry {
  id: string;
  value: Pattern | null;
  attributes: Record<string, Pattern>;
}
interface Select {
  variable: string | null;
  keys: string[];
}

function walk(p: Pattern | null | undefined, vars: Set<string>, selects: Select[]): void {
  if (!p || typeof p === 'string') return;
  for (const el of p) {
    if (typeof el === 'string') continue;
    if (el.type === 'var') vars.add(el.name as string);
    if (el.type === 'select') {
      const sel = el.selector as { type: string; name?: string };
      if (sel.type === 'var') vars.add(sel.name as string);
      const variants = el.variants as { key: { type: string; value: unknown }; value: Pattern }[];
      selects.push({
        variable: sel.type === 'var' ? (sel.name as string) : null,
        keys: variants.map((v) => String(v.key.value)),
      });
      for (const v of variants) walk(v.value, vars, selects);
    }
    if (el.type === 'func' || el.type === 'term' || el.type === 'mesg') {
      for (const a of (el.args as Node[] | undefined) ?? []) walk([a], vars, selects);
    }
  }
}

/** Every pattern of a catalog by `id` and `id.attribute`. */
export function patterns(source: string): Map<string, Pattern | null> {
  const out = new Map<string, Pattern | null>();
  for (const e of new FluentResource(source).body as unknown as Entry[]) {
    if (e.id.startsWith('-')) continue;
    out.set(e.id, e.value);
    for (const [k, v] of Object.entries(e.attributes ?? {})) out.set(`${e.id}.${k}`, v);
  }
  return out;
}

/** The variant keys of every select on `$variable` in message `id` of `source`. */
export function selectKeys(source: string, id: string, variable: string): string[] {
  const { selects } = analyse(patterns(source).get(id) ?? null);
  return selects.filter((s) => s.variable === variable).flatMap((s) => s.keys);
}

function analyse(p: Pattern | null) {
  const vars = new Set<string>();
  const selects: Select[] = [];
  walk(p, vars, selects);
  return { vars, selects };
}

const isPlural = (s: Select) => s.keys.some((k) => CLDR.has(k) || /^\d+$/.test(k));

/**
 * Problems of catalog `source` (language `lang`, file `file`) against the English `english`:
 * each a sentence naming the file and message.
 */
export function checkCatalog(lang: string, file: string, english: string, source: string): string[] {
  const problems: string[] = [];
  const en = patterns(english);
  const tr = patterns(source);
  const needed = PLURAL_FORMS[lang] ?? ['other'];
  for (const [id, enPattern] of en) {
    if (!tr.has(id)) {
      problems.push(`${file}: ${id} is missing (or does not parse)`);
      continue;
    }
    const a = analyse(enPattern);
    const b = analyse(tr.get(id) ?? null);
    for (const v of a.vars) if (!b.vars.has(v)) problems.push(`${file}: ${id} does not use $${v}`);
    for (const v of b.vars) if (!a.vars.has(v)) problems.push(`${file}: ${id} uses $${v}, unknown in English`);
    for (const s of a.selects.filter(isPlural)) {
      const mine = b.selects.filter((t) => t.variable === s.variable && isPlural(t));
      if (mine.length === 0) {
        problems.push(`${file}: ${id} has no plural selector on $${s.variable}`);
        continue;
      }
      for (const t of mine) {
        const lacking = needed.filter((k) => !t.keys.includes(k));
        if (lacking.length) problems.push(`${file}: ${id} lacks the plural forms ${lacking.join(', ')} of $${s.variable}`);
      }
    }
  }
  for (const id of tr.keys()) if (!en.has(id)) problems.push(`${file}: ${id} is not in the English catalog`);
  return problems;
}

/** Formats every message of `source` with numbers reaching each plural form; returns the errors. */
export function formatErrors(lang: string, file: string, source: string): string[] {
  const bundle = new FluentBundle(lang);
  const problems = bundle.addResource(new FluentResource(source)).map((e) => `${file}: ${e.message}`);
  for (const [id, p] of patterns(source)) {
    if (!p) continue;
    const { vars } = analyse(p);
    for (const n of SAMPLE_NUMBERS) {
      const args: Record<string, FluentVariable> = {};
      for (const v of vars) args[v] = n;
      const errors: Error[] = [];
      const text = bundle.formatPattern(p as never, args, errors);
      for (const e of errors) problems.push(`${file}: ${id} with ${n}: ${e.message}`);
      if (!text.trim()) problems.push(`${file}: ${id} formats to nothing with ${n}`);
    }
  }
  return problems;
}
