// The framework format 1.1 fields (issue 14) of a resolved framework; their types are the
// generated ones (every 1.0 framework simply has them empty).
import type { Dimension, Framework, Question } from '../../lib/api';
import type { CrossRef } from '../../lib/gen/CrossRef';
export type { Methodology } from '../../lib/gen/Methodology';
export type { ExpectedEvidence } from '../../lib/gen/ExpectedEvidence';
export type { CrossRef } from '../../lib/gen/CrossRef';

export type NotedQuestion = Question;
export type NotedDimension = Dimension;
export type NotedFramework = Framework;

export interface WeightNote {
  what: 'dimension' | 'question';
  title: string;
  weight: number;
  rationale: string | null;
}

/** Every weight other than 1, dimensions first, with its rationale (null when the file gives none). */
export function weightNotes(fw: NotedFramework): WeightNote[] {
  const dims = fw.dimensions
    .filter((d) => d.weight !== 1)
    .map((d): WeightNote => ({ what: 'dimension', title: d.title, weight: d.weight, rationale: d.weight_rationale ?? null }));
  const questions = fw.questions
    .filter((q) => q.weight !== 1)
    .map((q): WeightNote => ({ what: 'question', title: q.text, weight: q.weight, rationale: q.weight_rationale ?? null }));
  return [...dims, ...questions];
}

/** A counterpart question as the screen names it: its framework's title and its text. */
export interface Counterpart {
  framework: string;
  question: string;
}

export const crossRefKey = (r: CrossRef) => `${r.framework}:${r.question}`;

/**
 * The counterparts that `fw`'s questions name (see_also), looked up in the frameworks they
 * belong to (newest edition, via `get`). A framework that is not installed, or a question
 * it does not have, is left out: the screen then shows the reference as written.
 */
export async function counterparts(fw: NotedFramework, get: (id: string) => Promise<Framework>): Promise<Map<string, Counterpart>> {
  const refs = fw.questions.flatMap((q) => q.see_also ?? []);
  const found = new Map<string, Counterpart>();
  for (const id of new Set(refs.map((r) => r.framework))) {
    const other = await get(id).catch(() => null);
    for (const r of refs.filter((r) => r.framework === id)) {
      const q = other?.questions.find((q) => q.id === r.question);
      if (other && q) found.set(crossRefKey(r), { framework: other.title, question: q.text });
    }
  }
  return found;
}
