// Numbers and dates go through Intl for the UI's locale (digits, separators, month names),
// with the digits setting (Western by default, Arabic-Indic when chosen).
import { locale as currentLocale, withDigits } from './i18n';

/** The 0–100 index, always with one decimal (the contract's precision). */
export function formatIndex(index: number, loc: string = currentLocale()): string {
  return new Intl.NumberFormat(withDigits(loc), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    index,
  );
}

/**
 * A score on the 1..L level scale, always with two decimals (2.36): the app, the CLI and the
 * PDF agree on it (a dimension's 2.36 never reads 2.4 on one and 2.36 on the other). Peer
 * statistics on that scale (quartiles, medians) use it too.
 */
export function formatScore(score: number, loc: string = currentLocale()): string {
  return new Intl.NumberFormat(withDigits(loc), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    score,
  );
}

export function formatNumber(n: number, loc: string = currentLocale()): string {
  return new Intl.NumberFormat(withDigits(loc), { maximumFractionDigits: 2 }).format(n);
}

/**
 * Completeness 0..1 as a whole number of percent, rounded down so an incomplete assessment
 * never reads "100 %" (99.6 % is 99). The 1e-9 absorbs float noise: 0.29 × 100 = 28.999….
 */
export function wholePercent(ratio: number): number {
  return Math.floor(Math.max(0, Math.min(1, ratio)) * 100 + 1e-9);
}

/** Completeness 0..1 as a whole percentage, by the rule of `wholePercent`. */
export function formatPercent(ratio: number, loc: string = currentLocale()): string {
  return new Intl.NumberFormat(withDigits(loc), { style: 'percent', maximumFractionDigits: 0 }).format(
    wholePercent(ratio) / 100,
  );
}

/** A stored RFC 3339 timestamp as a date (and time when asked) in the user's time zone. */
export function formatDate(iso: string, loc: string = currentLocale(), withTime = false): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dateText(new Intl.DateTimeFormat(withDigits(loc), { dateStyle: 'medium', ...(withTime ? { timeStyle: 'short' } : {}) }), d, loc);
}

/** French writes the first of the month as an ordinal, «1er mars», which Intl does not. */
function dateText(format: Intl.DateTimeFormat, d: Date, loc: string): string {
  if (!loc.startsWith('fr')) return format.format(d);
  return format
    .formatToParts(d)
    .map((p) => (p.type === 'day' && /^0?1$/.test(p.value) ? '1er' : p.value))
    .join('');
}

/** A calendar day stored as `YYYY-MM-DD` (an interview's date): read in UTC, so that no
 *  time zone moves it to the day before. */
export function formatDay(isoDate: string, loc: string = currentLocale()): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(d.getTime())) return isoDate;
  return dateText(new Intl.DateTimeFormat(withDigits(loc), { dateStyle: 'medium', timeZone: 'UTC' }), d, loc);
}

/** A year as digits of the locale, without grouping (2025, not 2,025). */
export function formatYear(year: number, loc: string = currentLocale()): string {
  return new Intl.NumberFormat(withDigits(loc), { useGrouping: false }).format(year);
}

/** A percentile (0–100) as the engine gives it, with one decimal. */
export function formatPercentile(p: number, loc: string = currentLocale()): string {
  return new Intl.NumberFormat(withDigits(loc), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(p);
}

/** Month and year of a timestamp (the trend chart's axis), e.g. "Nov 2024". */
export function formatMonth(iso: string, loc: string = currentLocale()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(withDigits(loc), { year: 'numeric', month: 'short' }).format(d);
}

/** A file size for people: 840 B, 12 kB, 3.4 MB (decimal units, as file managers show). */
export function formatBytes(bytes: number, loc: string = currentLocale()): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = Math.max(0, bytes);
  let i = 0;
  while (value >= 1000 && i < units.length - 1) {
    value /= 1000;
    i += 1;
  }
  return new Intl.NumberFormat(withDigits(loc), {
    style: 'unit',
    unit: units[i],
    unitDisplay: 'short',
    maximumFractionDigits: i === 0 || value >= 10 ? 0 : 1,
  }).format(value);
}
