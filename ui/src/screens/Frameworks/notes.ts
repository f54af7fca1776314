// The framework format 1.1 fields (issue 14) as the shell sends them in a resolved
// framework. Optional, so that a shell or fake backend without them still type-checks:
// every 1.0 framework simply has none.
import type { Dimension, Framework, Question } from '../../lib/api';

export interface Methodology {
  measures: string;
  levels: string;
  best_fit: string;
  not_covered: string;
}

export interface ExpectedEvidence {
  level: number;
  text: string;
}

export interface CrossRef {
  framework: string;
  question: string;
}

export interface QuestionNotes {
  weight_rationale?: string | null;
  owner?: string | null;
  depends_on?: string[];
  see_also?: CrossRef[];
  indicators?: string[];
  evidence_expected?: ExpectedEvidence[];
}

export type NotedQuestion = Question & QuestionNotes;
export type NotedDimension = Dimension & { weight_rationale?: string | null };

export interface NotedFramework extends Framework {
  changes?: string | null;
  methodology?: Methodology | null;
  dimensions: NotedDimension[];
  questions: NotedQuestion[];
}

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
