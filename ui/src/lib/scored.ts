// What the results and compare screens open with: the assessment, its framework in the UI's
// language and the engine's scores.
import * as api from './api';
import { backendLang } from './i18n';

export interface Scored {
  summary: api.AssessmentSummary;
  framework: api.Framework;
  scores: api.Scores;
}

export async function loadScored(id: string): Promise<Scored> {
  const lang = backendLang();
  const detail = await api.getAssessment(id, lang);
  const [framework, scores] = await Promise.all([
    api.getFramework(detail.summary.framework.id, detail.summary.framework.version, lang),
    api.scoreAssessment(id, lang),
  ]);
  return { summary: detail.summary, framework, scores };
}
