// A change's before/after value in a few words: the level of an answer or consensus, the
// name of a respondent. Values come as in the exchange file, so anything else is possible.
export function valueText(v: unknown, { none, na }: { none: string; na: string }): string {
  if (v === null || v === undefined) return none;
  if (typeof v !== 'object') return String(v);
  const o = v as Record<string, unknown>;
  if (o.not_applicable === true) return na;
  if (typeof o.level === 'number') return String(o.level);
  if (typeof o.name === 'string') return o.name;
  if ('level' in o && o.level === null) return none;
  return '…';
}

/** Who made a change, as the engine writes it: the consultant, an import (of a named
 * file), the sample data, or a name as it is. */
export type Who = { kind: 'consultant' } | { kind: 'import'; file: string | null } | { kind: 'sample' } | { kind: 'other'; text: string };

export function whoOf(who: string): Who {
  if (who === 'consultant') return { kind: 'consultant' };
  if (who === 'sample') return { kind: 'sample' };
  if (who === 'import') return { kind: 'import', file: null };
  if (who.startsWith('import of ')) return { kind: 'import', file: who.slice('import of '.length) };
  return { kind: 'other', text: who };
}
