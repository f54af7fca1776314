// Question order of a framework as the questionnaire walks it: dimension by dimension.
import type { Framework, Question } from '../../lib/api';

export function orderedQuestions(fw: Framework): Question[] {
  const byId = new Map(fw.questions.map((q) => [q.id, q]));
  const out: Question[] = [];
  const seen = new Set<string>();
  for (const d of fw.dimensions) {
    for (const id of d.questions) {
      const q = byId.get(id);
      if (q && !seen.has(id)) {
        out.push(q);
        seen.add(id);
      }
    }
  }
  // Questions a dimension list forgot still get asked, in framework order.
  for (const q of fw.questions) if (!seen.has(q.id)) out.push(q);
  return out;
}

/** Index of the first question for which `unanswered` holds, searching forward from `from`
 * (excluded) and wrapping around; null when every question is answered. */
export function nextUnanswered(
  ids: readonly string[],
  from: number,
  unanswered: (id: string) => boolean,
): number | null {
  const n = ids.length;
  for (let k = 1; k <= n; k++) {
    const i = (from + k) % n;
    if (unanswered(ids[i])) return i;
  }
  return null;
}

/** Where to open: the stored position when it is a question of this framework, else the
 * first unanswered question, else the first. */
export function startIndex(
  ids: readonly string[],
  position: string | null,
  unanswered: (id: string) => boolean,
): number {
  const i = position ? ids.indexOf(position) : -1;
  if (i >= 0) return i;
  const first = ids.findIndex(unanswered);
  return first >= 0 ? first : 0;
}
