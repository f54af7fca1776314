import { describe, expect, it } from 'vitest';
import { isoOf, partsOf, NO_DATE } from './dates';

describe('a date typed as day, month and year', () => {
  it('is stored as YYYY-MM-DD, with or without leading zeros', () => {
    expect(isoOf({ day: '16', month: '3', year: '2026' })).toBe('2026-03-16');
    expect(isoOf({ day: '05', month: '09', year: '2025' })).toBe('2025-09-05');
    expect(isoOf({ day: ' 1 ', month: '12 ', year: '2026' })).toBe('2026-12-01');
  });

  it('takes the digits an Arabic keyboard types', () => {
    expect(isoOf({ day: '١٦', month: '٣', year: '٢٠٢٦' })).toBe('2026-03-16');
    expect(isoOf({ day: '۱۶', month: '۳', year: '۲۰۲۶' })).toBe('2026-03-16');
  });

  it('is no date when all three boxes are empty', () => {
    expect(isoOf(NO_DATE)).toBeNull();
    expect(isoOf({ day: ' ', month: '', year: '  ' })).toBeNull();
  });

  it('refuses a box left empty, a day that does not exist, a short year, letters', () => {
    for (const parts of [
      { day: '16', month: '', year: '2026' },
      { day: '', month: '3', year: '2026' },
      { day: '31', month: '4', year: '2026' },
      { day: '29', month: '2', year: '2025' },
      { day: '0', month: '3', year: '2026' },
      { day: '16', month: '13', year: '2026' },
      { day: '16', month: '3', year: '26' },
      { day: '16', month: '3', year: '0999' },
      { day: '1e1', month: '3', year: '2026' },
      { day: '16', month: 'mars', year: '2026' },
      { day: '-1', month: '3', year: '2026' },
    ]) {
      expect(isoOf(parts), JSON.stringify(parts)).toBe('invalid');
    }
    expect(isoOf({ day: '29', month: '2', year: '2024' })).toBe('2024-02-29');
  });

  it('fills the boxes from a stored date, and leaves them empty for none', () => {
    expect(partsOf('2026-03-16')).toEqual({ day: '16', month: '3', year: '2026' });
    expect(partsOf(null)).toEqual(NO_DATE);
    expect(partsOf('16/03/2026')).toEqual(NO_DATE);
    expect(isoOf(partsOf('2026-12-01'))).toBe('2026-12-01');
  });
});
