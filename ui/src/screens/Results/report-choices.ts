// The report dialog's choices, and how they are remembered per assessment (localStorage,
// keyed by the assessment's id). What comes back from storage is checked field by field:
// anything unknown falls back to the default, so an old or edited entry never breaks the dialog.
import type { Agency, Lang, ReportChoices } from '../../lib/api';
import type { Digits } from '../../lib/i18n';
import { NO_TOGGLES, peerFilter, type FilterToggles } from '../../lib/benchmark';

export type ReportFormat = 'pdf' | 'docx';
export type Paper = 'a4' | 'letter';
/** The optional sections, in the report's order (the executive summary is always there). */
export const SECTIONS = ['dimensions', 'roadmap', 'benchmark', 'methodology', 'respondents'] as const;
export type Section = (typeof SECTIONS)[number];

export interface Choices {
  format: ReportFormat;
  lang: Lang;
  paper: Paper;
  toggles: FilterToggles;
  /** the optional sections included */
  sections: Section[];
  respondents: boolean;
}

export function defaultChoices(lang: Lang): Choices {
  return { format: 'pdf', lang, paper: 'a4', toggles: { ...NO_TOGGLES, tags: [] }, sections: [...SECTIONS], respondents: false };
}

const key = (id: string) => `mizan.report-choices.${id}`;

/** The choices last used for assessment `id`, else the defaults (`lang`: the interface's). */
export function loadChoices(id: string, lang: Lang, langs: readonly Lang[], storage: Pick<Storage, 'getItem'> | null = globalThis.localStorage ?? null): Choices {
  const base = defaultChoices(lang);
  let saved: unknown;
  try {
    saved = JSON.parse(storage?.getItem(key(id)) ?? 'null');
  } catch {
    return base;
  }
  if (!saved || typeof saved !== 'object') return base;
  const s = saved as Record<string, unknown>;
  const t = (s.toggles ?? {}) as Record<string, unknown>;
  return {
    format: s.format === 'docx' ? 'docx' : 'pdf',
    lang: langs.includes(s.lang as Lang) ? (s.lang as Lang) : base.lang,
    paper: s.paper === 'letter' ? 'letter' : 'a4',
    toggles: {
      sector: t.sector === true,
      country: t.country === true,
      size: t.size === true,
      tags: Array.isArray(t.tags) ? t.tags.filter((x): x is string => typeof x === 'string') : [],
    },
    sections: Array.isArray(s.sections) ? SECTIONS.filter((x) => (s.sections as unknown[]).includes(x)) : base.sections,
    respondents: s.respondents === true,
  };
}

export function saveChoices(id: string, c: Choices, storage: Pick<Storage, 'setItem'> | null = globalThis.localStorage ?? null) {
  try {
    storage?.setItem(key(id), JSON.stringify(c));
  } catch {
    // A full or refused storage only means the choices are not remembered.
  }
}

/**
 * What export_report and preview_report are sent. Respondents are named only in an interview;
 * the digits are the interface's setting.
 */
export function toWire(c: Choices, agency: Agency, interview: boolean, digits: Digits = 'latin'): ReportChoices {
  return {
    format: c.format,
    lang: c.lang,
    paper: c.paper,
    digits,
    filter: peerFilter(agency, c.toggles),
    sections: ['summary', ...c.sections.filter((s) => interview || s !== 'respondents')],
    respondents: interview && c.respondents,
  };
}
