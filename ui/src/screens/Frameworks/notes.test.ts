import { describe, it, expect } from 'vitest';
import { weightNotes, type NotedFramework } from './notes';

const fw = {
  id: 'f',
  version: '1.1.0',
  title: 'F',
  description: '',
  sources: [],
  levels: [],
  dimensions: [
    { id: 'a', title: 'A', description: '', weight: 1.5, weight_rationale: 'Counts more.', questions: ['a.1'] },
    { id: 'b', title: 'B', description: '', weight: 1, questions: ['b.1'] },
  ],
  questions: [
    { id: 'a.1', dimension: 'a', text: 'Q1?', guidance: '', weight: 1, levels: [], recommendations: [], evidence: [] },
    { id: 'b.1', dimension: 'b', text: 'Q2?', guidance: '', weight: 2, levels: [], recommendations: [], evidence: [] },
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
