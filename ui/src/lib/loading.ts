// How screens fetch what they show: one place that turns a failed call into the screen's
// error box, and the assessment-with-its-framework opening that several screens share.
import * as api from './api';
import { backendLang } from './i18n';

/**
 * Runs a screen's load: `show(null)` first (a retry clears the old error), then `show(error)`
 * if any call failed. Never throws, so `onMount(load)` and retry buttons need no catch.
 */
export async function loadInto(work: () => Promise<void>, show: (error: api.CommandError | null) => void): Promise<void> {
  show(null);
  try {
    await work();
  } catch (e) {
    show(api.toCommandError(e));
  }
}

export interface WithFramework<T> {
  detail: api.AssessmentDetail;
  /** The assessment's framework, in the UI's language. */
  framework: api.Framework;
  more: T;
}

/**
 * An assessment, its framework, and `more` (scores, changes, …) fetched alongside the
 * framework; a screen that needs nothing more passes `() => Promise.resolve(null)`.
 */
export async function loadWithFramework<T>(id: string, more: (lang: api.Lang) => Promise<T>): Promise<WithFramework<T>> {
  const lang = backendLang();
  const detail = await api.getAssessment(id, lang);
  const [framework, extra] = await Promise.all([
    api.getFramework(detail.summary.framework.id, detail.summary.framework.version, lang),
    more(lang),
  ]);
  return { detail, framework, more: extra };
}

export interface Scored {
  summary: api.AssessmentSummary;
  framework: api.Framework;
  scores: api.Scores;
}

/** What the results and compare screens open with: the assessment, its framework, the engine's scores. */
export async function loadScored(id: string): Promise<Scored> {
  const { detail, framework, more } = await loadWithFramework(id, (lang) => api.scoreAssessment(id, lang));
  return { summary: detail.summary, framework, scores: more };
}
