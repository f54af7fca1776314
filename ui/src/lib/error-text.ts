// A backend error as the user reads it: its catalog message (ui/locales/*/errors.ftl) in the
// interface's language, or the engine's English message when the catalog has no such key.
// Arguments are user text: they stay text (never HTML) and Fluent wraps each in bidi
// isolation marks, so a name written right to left, or one carrying U+202E, cannot reorder
// the sentence around it.
import type { CommandError } from './api';
import { has, t, type Args } from './i18n';

/**
 * Arguments the catalogs select plural forms on, passed as numbers (formatted like every
 * other count of the interface); the rest stay the strings the engine sent.
 */
const NUMERIC = new Set(['count']);

export function errorArgs(args: Record<string, string | undefined>): Args {
  const out: Args = {};
  for (const [k, v] of Object.entries(args)) {
    if (v === undefined) continue;
    out[k] = NUMERIC.has(k) && /^\d+$/.test(v) ? Number(v) : v;
  }
  return out;
}

/** The text to show for `error`, translated when its key is in the catalog. */
export function errorText(error: Pick<CommandError, 'key' | 'args' | 'message'>, lookup = { has, t }): string {
  if (error.key && lookup.has(error.key)) return lookup.t(error.key, errorArgs(error.args ?? {}));
  return error.message;
}
