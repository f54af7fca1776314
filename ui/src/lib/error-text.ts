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

type Shown = Pick<CommandError, 'key' | 'args' | 'message'> & { code?: string };

/**
 * The text to show for `error`, translated when its key is in the catalog. A refused
 * exchange file or pack (`invalid_exchange`) is told by what is wrong (its key) at a
 * place in the file: both are said, the file and JSON path around the problem.
 */
export function errorText(error: Shown, lookup = { has, t }): string {
  const problem = problemText(error, lookup);
  const args = error.args ?? {};
  if (problem === null || error.code !== 'invalid_exchange' || args.file === undefined) return problem ?? error.message;
  const whole = args.path === undefined || args.path === '$';
  return lookup.t(whole ? 'err-exchange-whole' : 'err-exchange-at', { file: args.file, path: args.path ?? '$', problem });
}

/**
 * The error's own message, translated, without the file and path of a refused file (which
 * a screen may show apart); null when the catalog has no such key.
 */
export function problemText(error: Pick<CommandError, 'key' | 'args'>, lookup = { has, t }): string | null {
  if (error.key && lookup.has(error.key)) return lookup.t(error.key, errorArgs(error.args ?? {}));
  return null;
}
