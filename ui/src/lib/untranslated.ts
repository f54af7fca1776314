// Which framework texts show in English for want of a translation (the engine lists
// them in `Framework.english`), so each can carry the "EN" mark (issue 13 item 4).
import type { Framework } from './api';

/** A test of a text's path (`question/ID/text`, `dimension/ID/title`, …; see docs/ipc.md). */
export type InEnglish = (path: string) => boolean;

/** Made once per framework loaded (each screen derives it), not per text shown. */
export function inEnglish(framework: Framework | null | undefined): InEnglish {
  const paths = new Set(framework?.english ?? []);
  return (path) => paths.has(path);
}
