// Every backend call of the UI, typed after docs/ipc.md (the contract with the Rust shell).
// No other module calls `invoke`; components import these functions.
import { invoke } from '@tauri-apps/api/core';

export type Lang = 'en' | 'fr' | 'ar';
export interface CommandError {
  code: string;
  message: string;
}

export interface FrameworkSummary {
  id: string;
  version: string;
  title: string;
  description: string;
  dimensions: number;
  questions: number;
  levels: number;
  builtin: boolean;
}
export interface Level {
  number: number;
  name: string;
  description: string;
}
export interface Dimension {
  id: string;
  title: string;
  description: string;
  weight: number;
  /** question ids in framework order */
  questions: string[];
}
export interface Question {
  id: string;
  dimension: string;
  text: string;
  guidance: string;
  weight: number;
  /** levels[i] describes level i + 1 */
  levels: string[];
  recommendations: string[];
  evidence: string[];
}
export interface Source {
  title: string;
  publisher: string | null;
  url: string | null;
  year: number | null;
  note: string | null;
}
export interface Framework {
  id: string;
  version: string;
  title: string;
  description: string;
  sources: Source[];
  levels: Level[];
  dimensions: Dimension[];
  questions: Question[];
}

export interface Agency {
  id: string;
  name: string;
  sector: string;
  country: string;
  size: string;
  tags: string[];
}
export interface AssessmentSummary {
  id: string;
  title: string;
  agency: Agency;
  framework: { id: string; version: string };
  framework_title: string;
  mode: 'self' | 'interview';
  status: 'draft' | 'final';
  score: number | null;
  index: number | null;
  stage: number | null;
  stage_name: string | null;
  /** 0..1 */
  completeness: number;
  answered: number;
  questions: number;
  created_at: string;
  updated_at: string;
  finalized_at: string | null;
}
export interface Respondent {
  id: string;
  name: string;
  role: string;
  unit: string;
  /** YYYY-MM-DD; absent when not set */
  interviewed_on?: string | null;
}
export interface Answer {
  respondent: string;
  question: string;
  level: number | null;
  not_applicable: boolean;
  note: string;
  evidence: string;
  updated_at: string;
}
export interface AssessmentDetail {
  summary: AssessmentSummary;
  targets: Record<string, number>;
  respondents: Respondent[];
  answers: Answer[];
  /** the last question shown, to resume there */
  position: string | null;
}
export interface NewAssessment {
  title: string;
  agency: { name: string; sector: string; country: string; size: string; tags: string[] };
  framework_id: string;
  framework_version: string | null;
  mode: 'self' | 'interview';
}
export interface AnswerInput {
  assessment: string;
  /** the engine also takes it absent or null: then the assessment's first respondent answers */
  respondent: string;
  question: string;
  level: number | null;
  not_applicable: boolean;
  note: string;
  evidence: string;
}
export interface SavedAnswer {
  answer: Answer;
  summary: AssessmentSummary;
}
export interface DimensionScore {
  id: string;
  score: number | null;
  index: number | null;
  stage: number | null;
  target: number | null;
  answered: number;
  questions: number;
}
export interface QuestionScore {
  id: string;
  dimension: string;
  level: number | null;
  spread: number | null;
  disagreement: boolean;
  consensus: boolean;
  gap: number | null;
  priority: number | null;
}
export interface Recommendation {
  question: string;
  dimension: string;
  gap: number;
  priority: number;
  text: string;
}
/** Exactly the `mizan score --json` document of DESIGN.md. */
export interface Scores {
  assessment: string;
  framework: { id: string; version: string };
  levels: number;
  overall: {
    score: number | null;
    index: number | null;
    stage: number | null;
    stage_name: string | null;
  };
  completeness: number;
  dimensions: DimensionScore[];
  questions: QuestionScore[];
  recommendations: Recommendation[];
}
export interface AppInfo {
  version: string;
  db_path: string;
  data_dir: string;
  db_error?: CommandError | null;
  /** Set when the database failed its check at start and was moved aside. */
  recovery?: Recovery | null;
}
export interface BackupInfo {
  path: string;
  /** YYYY-MM-DD: from the file name, else its newest change. */
  date: string | null;
  bytes: number;
  /** RFC 3339 time the file was written. */
  made_at: string | null;
  assessments: number | null;
  agencies: number | null;
  /** RFC 3339 time of its newest change. */
  last_change: string | null;
  ok: boolean;
}
export interface Recovery {
  moved_aside: string;
  newest_backup: BackupInfo | null;
}
export interface Restored {
  from: BackupInfo;
  /** The database as it was before, kept among the backups to undo the restore. */
  safety_copy: string | null;
}

/** Turns whatever a rejected invoke gives into `{ code, message }`. */
export function toCommandError(e: unknown): CommandError {
  if (e && typeof e === 'object' && 'message' in e) {
    const o = e as { code?: unknown; message?: unknown };
    const code = typeof o.code === 'string' ? o.code : 'unknown';
    return { code, message: String(o.message) };
  }
  if (typeof e === 'string') return { code: 'unknown', message: e };
  return { code: 'unknown', message: String(e) };
}

/** True when running inside the Tauri webview (or under a test mock of it). */
export function hasBackend(): boolean {
  return typeof window !== 'undefined' && '__TAURI_INTERNALS__' in window;
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw toCommandError(e);
  }
}

export const appInfo = () => call<AppInfo>('app_info');
export const listFrameworks = (lang: Lang) => call<FrameworkSummary[]>('list_frameworks', { lang });
export const getFramework = (id: string, version: string | null, lang: Lang) =>
  call<Framework>('get_framework', { id, version, lang });
/** Opens the native file dialog on the Rust side; null when the user cancelled. */
export const installFramework = (lang: Lang) =>
  call<FrameworkSummary | null>('install_framework', { lang });
export const listAssessments = () => call<AssessmentSummary[]>('list_assessments');
export const createAssessment = (input: NewAssessment) =>
  call<AssessmentDetail>('create_assessment', { input });
export const getAssessment = (id: string) => call<AssessmentDetail>('get_assessment', { id });
export const saveAnswer = (input: AnswerInput) => call<SavedAnswer>('save_answer', { input });
export const setPosition = (id: string, question: string) =>
  call<null>('set_position', { id, question });
export const scoreAssessment = (id: string, lang: Lang) =>
  call<Scores>('score_assessment', { id, lang });
export const finalizeAssessment = (id: string) =>
  call<AssessmentSummary>('finalize_assessment', { id });
export const duplicateAssessment = (id: string) =>
  call<AssessmentDetail>('duplicate_assessment', { id });
export const deleteAssessment = (id: string) => call<null>('delete_assessment', { id });
export const undoDelete = (id: string) => call<AssessmentSummary>('undo_delete', { id });

// ---- Benchmarking (docs/ipc.md, "Benchmarking (issue 4)") ----

/** Which peers count; null / [] = no restriction on that key. */
export interface PeerFilterInput {
  sector: string | null;
  country: string | null;
  size: string | null;
  tags: string[];
}
/** The same statistics on the 0–100 index scale (null where the 1..L value is null). */
export interface IndexStats {
  value: number | null;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
}
/** Statistics on the 1..L scale; every field but n is null when fewer than 3 peers have a value. */
export interface Stats {
  value: number | null;
  n: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  rank: number | null;
  percentile: number | null;
  /** why rank and percentile are null although the peers have statistics */
  unranked?: 'incomplete' | 'no_value' | null;
  /** the same on the index scale (mizan-core; optional until it lands) */
  index?: IndexStats;
}
export type DimensionStats = { id: string } & Stats;
/** Exactly the `mizan benchmark --json` document. */
export interface Benchmark {
  /** `min`: the smallest group the engine shows (optional until the engine sends it) */
  peers: { filter: string; n: number; min?: number };
  overall: Stats | null;
  dimensions: DimensionStats[] | null;
  /** set when there is no benchmark (fewer than 3 peers) */
  reason?: string;
}
export interface TrendPoint {
  assessment: string;
  title: string;
  framework_version: string;
  finalized_at: string;
  score: number | null;
  index: number | null;
  dimensions: Record<string, number | null>;
}
export interface Comparison {
  benchmark: Benchmark;
  /** peers' overall index (0–100), sorted; empty when there is no benchmark */
  peer_index: number[];
  /** the agency's other final assessments with this framework, oldest first */
  trend: TrendPoint[];
}
export interface AgencyProfile {
  name: string;
  sector: string;
  country: string;
  size: string;
  tags: string[];
}
export interface PackExport {
  path: string;
  assessments: number;
}
export interface PackImport {
  pack: string;
  assessments: number;
  replaced: number;
}

export const compareAssessment = (id: string, filter: PeerFilterInput) =>
  call<Comparison>('compare_assessment', { id, filter });
/** `conflict` when another agency already has that name and country. */
export const updateAgency = (id: string, profile: AgencyProfile) =>
  call<Agency>('update_agency', { id, profile });
/**
 * Opens the native save dialog on the Rust side; null when the user cancelled. `version` is
 * the version shown on the framework's card (see docs/ipc.md, "Requested by UI").
 */
export const exportPack = (framework: string, version: string) =>
  call<PackExport | null>('export_pack', { framework, version });
/** Opens the native open dialog on the Rust side; null when the user cancelled. */
export const importPack = () => call<PackImport | null>('import_pack', {});
/** `conflict` when the database already holds assessments. */
export const loadSampleData = () => call<{ assessments: number }>('load_sample_data', {});

export interface ReportExport {
  path: string;
  pages: number;
  bytes: number;
}
/**
 * Renders the PDF report (peers: all, the report states its group) and writes it where the
 * user picks in the native save dialog, opened on the Rust side; null when cancelled.
 * `respondents`: name an interview's respondents (else the report says role and unit).
 */
export const exportReport = (id: string, name: string, lang: Lang, respondents = false) =>
  call<ReportExport | null>('export_report', { id, lang, filter: null, name, respondents });

export const listBackups = () => call<BackupInfo[]>('list_backups', {});
/** Opens the native save dialog on the Rust side; null when the user cancelled. */
export const backupNow = () => call<BackupInfo | null>('backup_now', {});
/**
 * Picks a backup to restore and says what it holds; nothing is replaced yet. `name` is a
 * file of the backups folder; without it the native open dialog asks (null: cancelled).
 */
export const chooseBackup = (name: string | null) => call<BackupInfo | null>('choose_backup', { name });
/** Restores the backup last chosen with chooseBackup. */
export const restoreBackup = () => call<Restored>('restore_backup', {});

// ---- Interviews (docs/ipc.md, "Interviews (issue 12)") ----

export interface RespondentInput {
  name: string;
  role: string;
  unit: string;
  /** YYYY-MM-DD, or null / '' for none */
  interviewed_on: string | null;
}
export interface RespondentRow extends Respondent {
  /** answers they gave: what removing them takes away (ask first when > 0) */
  answers: number;
}
export interface RespondentRemoved {
  respondent: Respondent;
  answers: number;
}
export interface Consensus {
  question: string;
  level: number;
  rationale: string;
  updated_at: string;
}
export interface ConsensusInput {
  question: string;
  level: number;
  /** required, not blank */
  rationale: string;
}
export interface RespondentLevel {
  respondent: string;
  /** null: no level (unanswered or not applicable) */
  level: number | null;
  not_applicable: boolean;
  note: string;
}
export interface ConsolidatedQuestion {
  id: string;
  dimension: string;
  text: string;
  /** one per respondent, in the order of Consolidation.respondents */
  answers: RespondentLevel[];
  median: number | null;
  /** what scoring uses: the consensus level if set, else the median */
  consolidated: number | null;
  spread: number | null;
  /** spread >= 2 */
  disagreement: boolean;
  consensus: { level: number; rationale: string; updated_at: string } | null;
}
export interface Consolidation {
  assessment: string;
  levels: number;
  respondents: Respondent[];
  disagreements: number;
  /** disagreements without a consensus */
  unresolved: number;
  /** disagreements first, then framework order */
  questions: ConsolidatedQuestion[];
}
export interface Change {
  id: number;
  at: string;
  /** 'consultant', or 'import of FILE' */
  who: string;
  entity: 'answer' | 'consensus' | 'respondent' | 'assessment' | 'target' | string;
  entity_id: string;
  action: string;
  detail: string;
  respondent: string | null;
  question: string | null;
  old: unknown | null;
  new: unknown | null;
  restorable: boolean;
}
export interface Overwritten {
  kind: 'answer' | 'consensus';
  respondent: string | null;
  question: string;
  old_level: number | null;
  new_level: number | null;
  old_updated_at: string;
  new_updated_at: string;
}
export interface ImportReport {
  assessment: string;
  title: string;
  created: boolean;
  added: number;
  updated: number;
  unchanged: number;
  kept_local: number;
  /** local values the file's newer copy replaced (kept in the change log) */
  overwritten: Overwritten[];
  new_respondents: string[];
  answers_added: number;
  answers_updated: number;
  consensus_added: number;
  consensus_updated: number;
}
export interface ImportOutcome {
  file: string;
  report: ImportReport | null;
  /** set when the file was refused; nothing of it was imported */
  error: CommandError | null;
}
export interface ExchangeExport {
  path: string;
  bytes: number;
}
export interface CsvExport {
  path: string;
  dimensions_path: string;
  rows: number;
}

export const reopenAssessment = (id: string) => call<AssessmentSummary>('reopen_assessment', { id });
export const listRespondents = (id: string) => call<RespondentRow[]>('list_respondents', { id });
/** `invalid_input` on a self-assessment (it has one implicit respondent). */
export const addRespondent = (id: string, input: RespondentInput) =>
  call<Respondent>('add_respondent', { id, input });
export const editRespondent = (id: string, respondent: string, input: RespondentInput) =>
  call<Respondent>('edit_respondent', { id, respondent, input });
export const removeRespondent = (id: string, respondent: string) =>
  call<RespondentRemoved>('remove_respondent', { id, respondent });
export const undoRemoveRespondent = (id: string, respondent: string) =>
  call<Respondent>('undo_remove_respondent', { id, respondent });
export const setConsensus = (id: string, input: ConsensusInput) =>
  call<Consensus>('set_consensus', { id, input });
/** Back to the median; returns what was cleared (null: nothing was set). */
export const clearConsensus = (id: string, question: string) =>
  call<Consensus | null>('clear_consensus', { id, question });
export const getConsolidation = (id: string, lang: Lang) =>
  call<Consolidation>('get_consolidation', { id, lang });
export const listChanges = (id: string) => call<Change[]>('list_changes', { id });
/** Restores the value change `change` overwrote, as a new change. */
export const restoreChange = (id: string, change: number) =>
  call<Change>('restore_change', { id, change });
/** Opens the native open dialog (several files) on the Rust side; null when cancelled. */
export const importExchange = () => call<ImportOutcome[] | null>('import_exchange', {});
/** Opens the native save dialog on the Rust side; null when cancelled. */
export const exportExchange = (id: string, name: string) =>
  call<ExchangeExport | null>('export_exchange', { id, name });
/** Opens the native save dialog; the dimension scores go beside it (FILE-dimensions.csv). */
export const exportCsv = (id: string, name: string, lang: Lang) =>
  call<CsvExport | null>('export_csv', { id, lang, name });
