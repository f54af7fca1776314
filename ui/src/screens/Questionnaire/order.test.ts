import { describe, expect, it } from 'vitest';
import type { Framework } from '../../lib/api';
import { nextUnanswered, orderedQuestions, startIndex } from './order';

const q = (id: string, dimension: string) => ({ id, dimension, text: id, guidance: '', weight: 1, levels: [], recommendations: [], evidence: [] });

describe('question order', () => {
  it('walks dimension by dimension, in each dimension’s order', () => {
    const fw = {
      dimensions: [
        { id: 'b', questions: ['b2', 'b1'] },
        { id: 'a', questions: ['a1'] },
      ],
      questions: [q('a1', 'a'), q('b1', 'b'), q('b2', 'b'), q('z', 'a')],
    } as unknown as Framework;
    expect(orderedQuestions(fw).map((x) => x.id)).toEqual(['b2', 'b1', 'a1', 'z']);
  });

  it('finds the next unanswered question after the current one, wrapping around', () => {
    const ids = ['q1', 'q2', 'q3', 'q4'];
    const open = new Set(['q1', 'q3']);
    const isOpen = (id: string) => open.has(id);
    expect(nextUnanswered(ids, 0, isOpen)).toBe(2);
    expect(nextUnanswered(ids, 2, isOpen)).toBe(0);
    expect(nextUnanswered(ids, -1, isOpen)).toBe(0);
    expect(nextUnanswered(ids, 1, () => false)).toBeNull();
  });

  it('resumes at the stored position, else at the first unanswered question', () => {
    const ids = ['q1', 'q2', 'q3'];
    expect(startIndex(ids, 'q3', () => true)).toBe(2);
    expect(startIndex(ids, null, (id) => id === 'q2')).toBe(1);
    expect(startIndex(ids, 'gone', () => false)).toBe(0);
  });
});
