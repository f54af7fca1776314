import { describe, it, expect } from 'vitest';
import { counterparts, weightNotes, type NotedFramework } from './notes';

const question = (id: string, dimension: string, text: string, weight: number) => ({
  id, dimension, text, weight, guidance: '', weight_rationale: null, levels: [], recommendations: [], evidence: [],
  owner: null, depends_on: [], see_also: [], indicators: [], evidence_expected: [],
});

const fw = {
  id: 'f',
  version: '1.1.0',
  title: 'F',
  description: '',
  sources: [],
  changes: null,
  methodology: null,
  levels: [],
  dimensions: [
    { id: 'a', title: 'A', description: '', weight: 1.5, weight_rationale: 'Counts more.', questions: ['a.1'] },
    { id: 'b', title: 'B', description: '', weight: 1, weight_rationale: null, questions: ['b.1'] },
  ],
  questions: [
    question('a.1', 'a', 'Q1?', 1),
    question('b.1', 'b', 'Q2?', 2),
  ],
  english: [],
} satisfies NotedFramework;

describe('weightNotes', () => {
  it('lists every weight other than 1, dimensions first, with its rationale or null', () => {
    expect(weightNotes(fw)).toEqual([
      { what: 'dimension', title: 'A', weight: 1.5, rationale: 'Counts more.' },
      { what: 'question', title: 'Q2?', weight: 2, rationale: null },
    ]);
  });
});

describe('counterparts', () => {
  it('names each see_also question by its framework title and text, and leaves out what is not installed', async () => {
    const referring = {
      ...fw,
      questions: [
        { ...question('a.1', 'a', 'Q1?', 1), see_also: [{ framework: 'other', question: 'x.1' }, { framework: 'other', question: 'gone' }] },
        { ...question('b.1', 'b', 'Q2?', 2), see_also: [{ framework: 'missing', question: 'y.1' }] },
      ],
    } satisfies NotedFramework;
    const other = { ...fw, id: 'other', title: 'Other framework', questions: [question('x.1', 'x', 'Their question?', 1)] };
    const asked: string[] = [];
    const found = await counterparts(referring, async (id) => {
      asked.push(id);
      if (id === 'other') return other;
      throw new Error('not installed');
    });
    expect(asked).toEqual(['other', 'missing']);
    expect([...found]).toEqual([['other:x.1', { framework: 'Other framework', question: 'Their question?' }]]);
  });
});
