// One AnswerStore per assessment and respondent, kept while it holds answers not yet stored: leaving the
// questionnaire with a failed save and coming back shows the typed value and its error again
// instead of the older stored copy. Leaving with answers not saved says so in a toast.
import * as api from '../../lib/api';
import { t, backendLang } from '../../lib/i18n';
import { showToast } from '../../lib/toasts.svelte';
import { AnswerStore } from './answers.svelte';

const cache = new Map<string, AnswerStore>();
const onSavedFor = new Map<string, (s: api.AssessmentSummary) => void>();
let active: string | null = null;

/** The questionnaire of assessment `id` is on screen. */
export function enter(id: string): void {
  active = id;
}

/**
 * The questionnaire of `id` goes away: what waits for its debounce is saved now, and if any
 * answer still is not stored once every save has finished, the user is told.
 */
export async function leave(id: string): Promise<void> {
  if (active === id) active = null;
  for (const store of storesOf(id)) {
    await store.flush();
    await store.settled();
    const state = store.overall;
    if (active !== id && state.status === 'error') {
      showToast({ kind: 'error', message: t('q-save-failed-away', { message: state.message }), timeout: 0 });
    }
  }
}

const keyOf = (id: string, respondent: string) => `${id}\u0000${respondent}`;
const storesOf = (id: string) => [...cache.values()].filter((s) => s.assessment === id);

export function storeFor(
  detail: api.AssessmentDetail,
  respondent: string,
  onSaved: (s: api.AssessmentSummary) => void,
): AnswerStore {
  const id = detail.summary.id;
  onSavedFor.set(id, onSaved);
  const key = keyOf(id, respondent);
  const kept = cache.get(key);
  if (kept && kept.hasUnsaved()) return kept;
  const store = new AnswerStore(id, respondent, detail.answers, (input) => api.saveAnswer(input, backendLang()), {
    onSaved: (s) => {
      if (active === id) onSavedFor.get(id)?.(s);
    },
  });
  cache.set(key, store);
  return store;
}

/**
 * Before a restore: what waits for its debounce is saved now (into the database about to
 * be replaced, which the restore keeps as a copy), then no store saves anything more.
 */
export async function holdAll(): Promise<void> {
  const stores = [...cache.values()];
  await Promise.all(stores.map(async (store) => {
    await store.flush();
    await store.settled();
  }));
  for (const store of stores) store.dispose();
  // A retry that started while another store was still settling is waited for too.
  await Promise.all(stores.map((store) => store.settled()));
}

/** The restore failed: the held stores save (and retry) again. */
export function releaseAll(): void {
  for (const store of cache.values()) store.revive();
}

/**
 * The whole database was replaced (a restore): drafts typed against the old one must not
 * be saved into the new one, so every kept store is dropped with its timers.
 */
export function forgetAll(): void {
  for (const store of cache.values()) store.dispose();
  cache.clear();
}
