// Digits as the user may type them: an Arabic keyboard gives Arabic-Indic (٠–٩) or
// Persian (۰–۹) digits where a Latin one gives 0–9.

/** `s` with Arabic-Indic and Persian digits written as Western ones. */
export function westernDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));
}
