import { describe, expect, it } from 'vitest';
import { withDigits } from './i18n';
import { formatBytes, formatDate, formatDay, formatIndex, formatPercent, formatPercentile, formatScore, formatYear, wholePercent } from './format';

describe('formatting', () => {
  it('shows the index with exactly one decimal, in the locale', () => {
    expect(formatIndex(47.916666, 'en')).toBe('47.9');
    expect(formatIndex(25, 'en')).toBe('25.0');
    expect(formatIndex(100, 'en')).toBe('100.0');
    expect(formatIndex(47.916666, 'fr')).toBe('47,9');
    // Western digits by default, even where the platform's own default is Arabic-Indic.
    expect(formatIndex(47.916666, 'ar-EG')).toBe('47.9');
    expect(formatIndex(47.916666, withDigits('ar', 'arabic'))).toBe('٤٧٫٩');
    expect(formatPercent(0.72, withDigits('ar', 'arabic'))).toContain('٧٢٪');
    expect(formatIndex(47.916666, withDigits('fr', 'arabic'))).toBe('٤٧٫٩');
    expect(withDigits('en')).toBe('en-u-nu-latn');
  });

  it('shows scores and peer statistics on the level scale with two decimals, as the PDF does', () => {
    const cases: [number, string, string][] = [[2.3571, 'en', '2.36'], [3.25, 'en', '3.25'], [2, 'en', '2.00'], [2.875, 'en', '2.88'], [2.5, 'fr', '2,50']];
    for (const [score, lang, shown] of cases) expect(formatScore(score, lang), `${score} ${lang}`).toBe(shown);
  });

  it('shows percentiles with one decimal', () => {
    expect(formatPercentile(70.8333, 'en')).toBe('70.8');
    expect(formatPercentile(50, 'en')).toBe('50.0');
  });

  it('never rounds an incomplete assessment up to 100 %', () => {
    expect(formatPercent(0.999, 'en')).toBe('99%');
    expect(formatPercent(1, 'en')).toBe('100%');
    expect(formatPercent(1 / 9, 'en')).toBe('11%');
    expect(formatPercent(7 / 9, 'en')).toBe('77%');
    expect(formatPercent(0.29, 'en')).toBe('29%'); // 0.29 * 100 = 28.999…
    expect(formatPercent(0, 'en')).toBe('0%');
    expect(formatPercent(0.255, 'en')).toBe('25%'); // the PDF's 25.5 % and the CLI's 26 %
    expect(formatPercent(0.996, 'en')).toBe('99%');
  });

  it('gives the progress bars the same whole, floored percent as the text beside them', () => {
    expect(wholePercent(0.996)).toBe(99);
    expect(wholePercent(0.29)).toBe(29);
    expect(wholePercent(1)).toBe(100);
    expect(wholePercent(1.2)).toBe(100);
    expect(wholePercent(-1)).toBe(0);
  });

  it('formats dates for the locale and keeps an unreadable value as it is', () => {
    expect(formatDate('2025-10-12T14:05:00Z', 'en')).toBe('Oct 12, 2025');
    expect(formatDate('2025-10-12T14:05:00Z', 'fr')).toBe('12 oct. 2025');
    expect(formatDate('not a date', 'en')).toBe('not a date');
    // A stored day stays that day west of Greenwich too (TZ may be anything where tests run).
    expect(formatDay('2026-03-16', 'en')).toBe('Mar 16, 2026');
    expect(formatDay('2026-03-01', 'fr')).toBe('1er mars 2026');
    expect(formatDay('2026-03-11', 'fr')).toBe('11 mars 2026');
    expect(formatDate('2025-10-01T12:00:00Z', 'fr')).toBe('1er oct. 2025');
    expect(formatDay('16/03/2026', 'en')).toBe('16/03/2026');
  });

  it('writes years without a thousands separator', () => {
    expect(formatYear(2025, 'en')).toBe('2025');
    expect(formatYear(2025, 'ar-EG')).toBe('2025');
    expect(formatYear(2025, withDigits('ar-EG', 'arabic'))).toBe('٢٠٢٥');
  });

  it('gives file sizes in decimal units with one decimal below ten', () => {
    expect(formatBytes(0, 'en')).toBe('0 byte');
    expect(formatBytes(840, 'en')).toBe('840 byte');
    expect(formatBytes(12_345, 'en')).toBe('12 kB');
    expect(formatBytes(3_400_000, 'en')).toBe('3.4 MB');
    expect(formatBytes(84_800_000, 'fr').replace(/\s/gu, ' ')).toBe('85 Mo');
    expect(formatBytes(-5, 'en')).toBe('0 byte');
  });
});
