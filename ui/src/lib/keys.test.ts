import { describe, expect, it } from 'vitest';
import { appAction, digitOf, isTextField, questionnaireAction, type KeyLike, type QuestionnaireKeyContext } from './keys';

const ltr: QuestionnaireKeyContext = { dir: 'ltr', inTextField: false, levels: 5 };
const rtl: QuestionnaireKeyContext = { ...ltr, dir: 'rtl' };
const act = (e: KeyLike, ctx: QuestionnaireKeyContext = ltr) => questionnaireAction(e, ctx);

describe('questionnaire keys', () => {
  it('1…L choose a level; digits above L do nothing', () => {
    expect(act({ key: '1' })).toEqual({ type: 'level', level: 1 });
    expect(act({ key: '5' })).toEqual({ type: 'level', level: 5 });
    expect(act({ key: '6' })).toBeNull();
    expect(act({ key: '0' })).toBeNull();
    expect(act({ key: '4' }, { ...ltr, levels: 4 })).toEqual({ type: 'level', level: 4 });
  });

  it('accepts Arabic-Indic digits, the keypad and the AZERTY top row', () => {
    expect(act({ key: '٣' })).toEqual({ type: 'level', level: 3 });
    expect(act({ key: '۲' })).toEqual({ type: 'level', level: 2 });
    expect(act({ key: '3', code: 'Numpad3' })).toEqual({ type: 'level', level: 3 });
    expect(act({ key: '"', code: 'Digit3' })).toEqual({ type: 'level', level: 3 });
    // Shift+1 on QWERTY is "!", not a level.
    expect(act({ key: '!', code: 'Digit1', shiftKey: true })).toBeNull();
    expect(digitOf({ key: 'a' })).toBeNull();
  });

  it('[ and ] switch respondent, also by the physical key; not in a text field', () => {
    expect(act({ key: '[' })).toEqual({ type: 'respondent', step: -1 });
    expect(act({ key: ']' })).toEqual({ type: 'respondent', step: 1 });
    expect(act({ key: '^', code: 'BracketLeft' })).toEqual({ type: 'respondent', step: -1 });
    expect(act({ key: ']' }, { ...ltr, inTextField: true })).toBeNull();
  });

  it('Alt+1…9 picks respondent 1…9, whatever the layout types; not in a text field, nor with Ctrl', () => {
    expect(act({ key: '1', code: 'Digit1', altKey: true })).toEqual({ type: 'respondent-number', number: 1 });
    expect(act({ key: '9', code: 'Digit9', altKey: true })).toEqual({ type: 'respondent-number', number: 9 });
    // Levels stop at L; respondents do not.
    expect(act({ key: '7', code: 'Digit7', altKey: true })).toEqual({ type: 'respondent-number', number: 7 });
    // A Mac's Option+2 types "™"; AZERTY's Alt+2 types "é": the physical key counts.
    expect(act({ key: '™', code: 'Digit2', altKey: true })).toEqual({ type: 'respondent-number', number: 2 });
    expect(act({ key: 'é', code: 'Digit2', altKey: true })).toEqual({ type: 'respondent-number', number: 2 });
    expect(act({ key: '٣', altKey: true })).toEqual({ type: 'respondent-number', number: 3 });
    expect(act({ key: '0', code: 'Digit0', altKey: true })).toBeNull();
    expect(act({ key: '2', code: 'Digit2', altKey: true }, { ...ltr, inTextField: true })).toBeNull();
    expect(act({ key: '2', code: 'Digit2', altKey: true, ctrlKey: true })).toBeNull();
    expect(act({ key: '"', code: 'Digit2', altKey: true, shiftKey: true })).toBeNull();
  });

  it('N toggles not applicable; J next; K previous, in any case or layout', () => {
    expect(act({ key: 'n' })).toEqual({ type: 'toggle-na' });
    expect(act({ key: 'N', shiftKey: true })).toEqual({ type: 'toggle-na' });
    expect(act({ key: 'j' })).toEqual({ type: 'next' });
    expect(act({ key: 'k' })).toEqual({ type: 'prev' });
    // Arabic layout: the J key types "ت"; the physical key still counts.
    expect(act({ key: 'ت', code: 'KeyJ' })).toEqual({ type: 'next' });
    expect(act({ key: 'x' })).toBeNull();
  });

  it('arrows follow the visual direction: in RTL, left is next', () => {
    expect(act({ key: 'ArrowRight' })).toEqual({ type: 'next' });
    expect(act({ key: 'ArrowLeft' })).toEqual({ type: 'prev' });
    expect(act({ key: 'ArrowLeft' }, rtl)).toEqual({ type: 'next' });
    expect(act({ key: 'ArrowRight' }, rtl)).toEqual({ type: 'prev' });
    expect(act({ key: 'ArrowRight', shiftKey: true })).toBeNull();
  });

  it('Ctrl+Enter jumps to the next unanswered question, even from a text field', () => {
    expect(act({ key: 'Enter', ctrlKey: true })).toEqual({ type: 'next-unanswered' });
    expect(act({ key: 'Enter', metaKey: true }, { ...ltr, inTextField: true })).toEqual({ type: 'next-unanswered' });
    expect(act({ key: 'Enter' })).toBeNull();
  });

  it('leaves keys alone while the user types, and with modifiers', () => {
    const typing = { ...ltr, inTextField: true };
    for (const key of ['3', 'n', 'j', 'k', 'ArrowLeft']) expect(act({ key }, typing)).toBeNull();
    expect(act({ key: 'j', ctrlKey: true })).toBeNull();
    // Alt+3 is not level 3 (it picks respondent 3).
    expect(act({ key: '3', altKey: true })).not.toEqual({ type: 'level', level: 3 });
  });
});

describe('app keys', () => {
  it('Ctrl+N starts a new assessment; ? opens the help outside text fields', () => {
    expect(appAction({ key: 'n', ctrlKey: true }, { inTextField: true })).toEqual({ type: 'new-assessment' });
    expect(appAction({ key: 'n' }, { inTextField: false })).toBeNull();
    expect(appAction({ key: 'B', ctrlKey: true, shiftKey: true }, { inTextField: true })).toEqual({ type: 'backup-now' });
    expect(appAction({ key: 'ذ', code: 'KeyB', ctrlKey: true, shiftKey: true }, { inTextField: false })).toEqual({ type: 'backup-now' });
    expect(appAction({ key: 'b', ctrlKey: true }, { inTextField: false })).toBeNull();
    expect(appAction({ key: '?', shiftKey: true }, { inTextField: false })).toEqual({ type: 'help' });
    expect(appAction({ key: '?', shiftKey: true }, { inTextField: true })).toBeNull();
  });
});

describe('text fields', () => {
  const el = (tag: string, attrs: Record<string, string> = {}, editable = false) =>
    ({ tagName: tag.toUpperCase(), getAttribute: (n: string) => attrs[n] ?? null, isContentEditable: editable }) as unknown as Element;

  it('knows which controls use plain keys themselves', () => {
    expect(isTextField(el('textarea'))).toBe(true);
    expect(isTextField(el('select'))).toBe(true);
    expect(isTextField(el('input'))).toBe(true);
    expect(isTextField(el('input', { type: 'search' }))).toBe(true);
    expect(isTextField(el('input', { type: 'checkbox' }))).toBe(false);
    expect(isTextField(el('button'))).toBe(false);
    expect(isTextField(el('div', {}, true))).toBe(true);
    expect(isTextField(null)).toBe(false);
  });
});
