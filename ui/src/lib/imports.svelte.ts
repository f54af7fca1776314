// Exchange files imported from anywhere in the app — dropped on the window, or chosen with
// Import… on Home — end in one place: the import results dialog (ImportResults.svelte).
// The drop itself is handled by the shell, which never gets a path from here.
import * as api from './api';
import { dataReplaced } from './data-epoch.svelte';

export const imports = $state({
  /** files dragged over the window (0: none) */
  hovering: 0,
  /** files being imported (0: none) */
  importing: 0,
  /** the outcomes shown in the results dialog; null: closed */
  outcomes: null as api.ImportOutcome[] | null,
  error: null as api.CommandError | null,
});

/** After an import changed something, the screen shown reloads what it shows. */
export function changedSomething(outcomes: api.ImportOutcome[]): void {
  if (outcomes.some((o) => o.report && (o.report.created || o.report.added + o.report.updated > 0))) dataReplaced();
}

export function onDropEvent(e: api.DropEvent): void {
  if (e.kind === 'hover') imports.hovering = e.files;
  else if (e.kind === 'leave') imports.hovering = 0;
  else if (e.kind === 'importing') {
    imports.hovering = 0;
    imports.importing = e.files;
  } else {
    imports.importing = 0;
    imports.error = null;
    imports.outcomes = e.outcomes;
    changedSomething(e.outcomes);
  }
}

/** Starts listening to drops (once, when the app starts). */
export async function watchDrops(): Promise<void> {
  try {
    await api.watchDrops(onDropEvent);
  } catch {
    // No shell to drop on (a plain browser): the dialog import still works.
  }
}

/** Import… outside Your data: the native dialog, then the results dialog. */
export async function importByDialog(): Promise<void> {
  imports.error = null;
  try {
    const r = await api.importExchange();
    if (r) {
      imports.outcomes = r;
      changedSomething(r);
    }
  } catch (e) {
    imports.outcomes = [];
    imports.error = api.toCommandError(e);
  }
}


/** `outcomes` with file `i`'s outcome replaced (after Reopen and import). */
export function replaced(outcomes: api.ImportOutcome[] | null, i: number, o: api.ImportOutcome): api.ImportOutcome[] | null {
  return outcomes && outcomes.map((x, k) => (k === i ? o : x));
}
