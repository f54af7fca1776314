// Keyboard shortcuts, as pure mappings from a key event to an action so they can be tested
// without a browser. Letters are matched by the key typed, or by the physical key when the
// layout types a non-Latin letter (an Arabic keyboard's J key still means J here).
import { westernDigits } from './digits';

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

export type QuestionnaireAction =
  | { type: 'level'; level: number }
  | { type: 'toggle-na' }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'next-unanswered' }
  | { type: 'respondent'; step: -1 | 1 }
  | { type: 'respondent-number'; number: number };

export type AppAction = { type: 'new-assessment' } | { type: 'backup-now' } | { type: 'help' };

export interface QuestionnaireKeyContext {
  dir: 'ltr' | 'rtl';
  /** focus is in a control that uses these keys itself (text input, textarea, select…) */
  inTextField: boolean;
  /** number of levels L; digits above it are ignored */
  levels: number;
}

/** The Latin letter a key stands for, lower case, or null. */
export function letterOf(e: KeyLike): string | null {
  if (/^[a-z]$/i.test(e.key)) return e.key.toLowerCase();
  const m = /^Key([A-Z])$/.exec(e.code ?? '');
  return m ? m[1].toLowerCase() : null;
}

/** The digit 1–9 a key stands for (Western or Arabic-Indic digits, top row or keypad). */
export function digitOf(e: KeyLike): number | null {
  const key = westernDigits(e.key);
  if (/^[1-9]$/.test(key)) return Number(key);
  // AZERTY types "&é"(…" on the unshifted top row: the physical key still says which digit.
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(e.code ?? '');
  if (m && !e.shiftKey) return Number(m[1]);
  return null;
}

const hasCommandModifier = (e: KeyLike) => Boolean(e.ctrlKey || e.metaKey);

export function questionnaireAction(
  e: KeyLike,
  ctx: QuestionnaireKeyContext,
): QuestionnaireAction | null {
  if (e.key === 'Enter' && hasCommandModifier(e) && !e.altKey) return { type: 'next-unanswered' };
  // Alt+1…9 picks respondent 1…9 in an interview; not while typing (on a Mac, Option+digit
  // types a character), nor with Ctrl (AltGr on Windows).
  if (e.altKey && !hasCommandModifier(e) && !e.shiftKey && !ctx.inTextField) {
    const number = digitOf(e);
    if (number !== null) return { type: 'respondent-number', number };
  }
  if (ctx.inTextField || hasCommandModifier(e) || e.altKey) return null;

  if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
    if (e.shiftKey) return null;
    // Arrows follow what the eye sees: in RTL the next question is to the left.
    const forward = (e.key === 'ArrowRight') === (ctx.dir === 'ltr');
    return { type: forward ? 'next' : 'prev' };
  }
  // [ and ] switch respondent in an interview (the physical keys too, for layouts that
  // need AltGr to type brackets).
  if (e.key === '[' || (e.code === 'BracketLeft' && !e.shiftKey)) return { type: 'respondent', step: -1 };
  if (e.key === ']' || (e.code === 'BracketRight' && !e.shiftKey)) return { type: 'respondent', step: 1 };
  const letter = letterOf(e);
  if (letter === 'j') return { type: 'next' };
  if (letter === 'k') return { type: 'prev' };
  if (letter === 'n') return { type: 'toggle-na' };
  const digit = digitOf(e);
  if (digit !== null && digit <= ctx.levels) return { type: 'level', level: digit };
  return null;
}

export function appAction(e: KeyLike, ctx: { inTextField: boolean }): AppAction | null {
  if (hasCommandModifier(e) && !e.altKey && !e.shiftKey && letterOf(e) === 'n') {
    return { type: 'new-assessment' };
  }
  if (hasCommandModifier(e) && !e.altKey && e.shiftKey && letterOf(e) === 'b') {
    return { type: 'backup-now' };
  }
  if (e.key === '?' && !ctx.inTextField && !hasCommandModifier(e) && !e.altKey) {
    return { type: 'help' };
  }
  return null;
}

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'file', 'color']);

/** Whether the focused element uses plain keys itself, so shortcuts must leave them alone. */
export function isTextField(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    return !NON_TEXT_INPUTS.has(type);
  }
  return (el as HTMLElement).isContentEditable === true;
}
