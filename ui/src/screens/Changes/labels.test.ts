// Every kind of change the engine can write has its own label in each language: the words
// are the engine's (ChangeEntity and ChangeAction, generated from mizan-core, where every
// change-log write is checked against them), the labels the variants of `changes-action`.
import { describe, expect, it } from 'vitest';
import { selectKeys } from '../../lib/catalog-check';

const gen = import.meta.glob(['../../lib/gen/ChangeEntity.ts', '../../lib/gen/ChangeAction.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const catalogs = import.meta.glob('../../../locales/*/interview.ftl', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

/** The string literals of a generated union type, e.g. `"answer" | "consensus"`. */
function words(file: string): string[] {
  const src = Object.entries(gen).find(([p]) => p.endsWith(`/${file}`))?.[1] ?? '';
  return [...src.matchAll(/"([a-z_]+)"/g)].map((m) => m[1]);
}

describe('change log labels', () => {
  const entities = words('ChangeEntity.ts');
  const actions = words('ChangeAction.ts');

  it('know the words the engine writes', () => {
    expect(entities).toContain('answer');
    expect(entities).toContain('target');
    expect(actions).toContain('reopen');
    expect(actions.length).toBeGreaterThanOrEqual(14);
  });

  for (const lang of ['en', 'fr', 'ar']) {
    it(`${lang}: every entity and action has its own label, never the raw word`, () => {
      const src = Object.entries(catalogs).find(([p]) => p.includes(`/locales/${lang}/`))?.[1] ?? '';
      expect(entities.filter((w) => !selectKeys(src, 'changes-action', 'entity').includes(w))).toEqual([]);
      expect(actions.filter((w) => !selectKeys(src, 'changes-action', 'action').includes(w))).toEqual([]);
    });
  }
});
