// Names the engine stores empty rather than in English: an assessment created without a
// title, and the one respondent of a self-assessment (the agency itself). The interface
// gives them its own words; what a database of an earlier version holds ("Self-assessment",
// an English default title) is shown as stored.
import { t } from './i18n';

/** The title to show for an assessment. */
export function shownTitle(title: string): string {
  return title.trim() ? title : t('assessment-untitled');
}

/** The name to show for a respondent. */
export function shownRespondent(name: string): string {
  return name.trim() ? name : t('respondent-self');
}
