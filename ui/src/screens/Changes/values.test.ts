import { describe, expect, it } from 'vitest';
import { valueText } from './values';

const L = { none: '—', na: 'NA' };

describe('change values', () => {
  it('says the level, the respondent name, or nothing', () => {
    expect(valueText(null, L)).toBe('—');
    expect(valueText({ level: 3, note: '' }, L)).toBe('3');
    expect(valueText({ level: null, not_applicable: true }, L)).toBe('NA');
    expect(valueText({ level: null, not_applicable: false }, L)).toBe('—');
    expect(valueText({ id: 'x', name: 'Rana' }, L)).toBe('Rana');
    expect(valueText({ odd: [1] }, L)).toBe('…');
  });
});
