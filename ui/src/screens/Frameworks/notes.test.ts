import { describe, it, expect } from 'vitest';
import { weightNotes, type NotedFramework } from './notes';

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
} satisfies NotedFramework;

describe('weightNotes', () => {
  it('lists every weight other than 1, dimensions first, with its rationale or null', () => {
    expect(weightNotes(fw)).toEqual([
      { what: 'dimension', title: 'A', weight: 1.5, rationale: 'Counts more.' },
      { what: 'question', title: 'Q2?', weight: 2, rationale: null },
    ]);
  });
});
