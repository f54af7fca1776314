import { describe, expect, it } from 'vitest';
import { valueText, whoOf } from './values';

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

describe('who changed it', () => {
  it('tells the consultant, an import of a file and the sample data apart; any other name as it is', () => {
    expect(whoOf('consultant')).toEqual({ kind: 'consultant' });
    expect(whoOf('import of laptop-2.mizan.json')).toEqual({ kind: 'import', file: 'laptop-2.mizan.json' });
    expect(whoOf('import')).toEqual({ kind: 'import', file: null });
    expect(whoOf('sample')).toEqual({ kind: 'sample' });
    expect(whoOf('Rana')).toEqual({ kind: 'other', text: 'Rana' });
  });
});
