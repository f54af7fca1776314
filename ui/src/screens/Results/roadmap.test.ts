import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../../lib/api';
import { roadmap } from './roadmap';

const rec = (question: string, dimension: string, priority: number): Recommendation => ({ question, dimension, gap: 1, priority, text: '', english: false });

describe('the priority actions on the results (issue 16 item 20)', () => {
  const items = [rec('a.1', 'a', 9), rec('b.1', 'b', 8), rec('a.2', 'a', 7), rec('c.1', 'c', 6), rec('b.2', 'b', 5)];

  it('groups by dimension, the most urgent first, keeping the engine order inside a group', () => {
    const r = roadmap(items, null);
    expect(r.groups.map((g) => [g.dimension, g.items.map((i) => i.question)])).toEqual([
      ['a', ['a.1', 'a.2']],
      ['b', ['b.1', 'b.2']],
      ['c', ['c.1']],
    ]);
    expect(r).toMatchObject({ shown: 5, total: 5 });
  });

  it('shows the top ten of a long list, and all on request', () => {
    const many = Array.from({ length: 44 }, (_, i) => rec(`q${i}`, `d${i % 6}`, 44 - i));
    const top = roadmap(many);
    expect(top).toMatchObject({ shown: 10, total: 44 });
    expect(top.groups.flatMap((g) => g.items).map((i) => i.question).sort()).toEqual(many.slice(0, 10).map((i) => i.question).sort());
    expect(roadmap(many, null).shown).toBe(44);
  });
});
