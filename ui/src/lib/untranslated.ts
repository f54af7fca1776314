// Which framework texts show in English for want of a translation (the engine lists
// them in `Framework.english`), so each can carry the "EN" mark (issue 13 item 4).
import type { Framework } from './api';

const sets = new WeakMap<Framework, Set<string>>();

/** A test of a text's path (`question/ID/text`, `dimension/ID/title`, …; see docs/ipc.md). */
export type InEnglish = (path: string) => boolean;

export function inEnglish(framework: Framework | null | undefined): InEnglish {
  if (!framework || !framework.english?.length) return () => false;
  let set = sets.get(framework);
  if (!set) {
    set = new Set(framework.english);
    sets.set(framework, set);
  }
  const paths = set;
  return (path) => paths.has(path);
}
