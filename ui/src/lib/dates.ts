// A calendar date typed as day, month and year in three boxes (the GOV.UK date pattern):
// the same in every language, and never the system's mm/dd/yyyy under a French or Arabic
// interface, which the browser's own date field shows.
import { westernDigits } from './digits';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const NO_DATE: DateParts = { day: '', month: '', year: '' };

/** The boxes of a stored `YYYY-MM-DD` (empty boxes for none or a malformed value). */
export function partsOf(iso: string | null | undefined): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? { day: String(+m[3]), month: String(+m[2]), year: m[1] } : { ...NO_DATE };
}

/**
 * The date the boxes hold: `null` when all three are empty, `YYYY-MM-DD` for a real date,
 * `'invalid'` otherwise (a box left empty, 31 April, a two-digit year, letters).
 */
export function isoOf(parts: DateParts): string | null | 'invalid' {
  const [day, month, year] = [parts.day, parts.month, parts.year].map((p) => westernDigits(p).trim());
  if (!day && !month && !year) return null;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return 'invalid';
  const [d, m, y] = [+day, +month, +year];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return 'invalid';
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
