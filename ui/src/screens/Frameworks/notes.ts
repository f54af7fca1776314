// The framework format 1.1 fields (issue 14) of a resolved framework; their types are the
// generated ones (every 1.0 framework simply has them empty).
import type { Dimension, Framework, Question } from '../../lib/api';
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
