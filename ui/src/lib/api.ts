// Every backend call of the UI, typed after docs/ipc.md (the contract with the Rust shell).
// No other module calls `invoke`; components import these functions.
import { Channel, invoke } from '@tauri-apps/api/core';

export type Lang = 'en' | 'fr' | 'ar';

// The types of every command's arguments and results are generated from the Rust types
// (mizan-api's bindings test writes ui/src/lib/gen/ and fails when it is stale); the names
// below are the UI's for them.
import type { Error as CommandError } from './gen/Error';
import type { FrameworkSummary } from './gen/FrameworkSummary';
import type { Level } from './gen/Level';
import type { Dimension } from './gen/Dimension';
import type { Question } from './gen/Question';
import type { Source } from './gen/Source';
import type { Framework } from './gen/Framework';
import type { AgencySummary as Agency } from './gen/AgencySummary';
import type { AssessmentSummary } from './gen/AssessmentSummary';
import type { Respondent } from './gen/Respondent';
import type { Answer } from './gen/Answer';
import type { AssessmentDetail } from './gen/AssessmentDetail';
import type { NewAssessment } from './gen/NewAssessment';
import type { AnswerInput } from './gen/AnswerInput';
import type { SavedAnswer } from './gen/SavedAnswer';
import type { DimensionScore } from './gen/DimensionScore';
import type { QuestionScore } from './gen/QuestionScore';
import type { Recommendation } from './gen/Recommendation';
import type { Scores } from './gen/Scores';
import type { AppInfo } from './gen/AppInfo';
import type { BackupInfo } from './gen/BackupInfo';
import type { Recovery } from './gen/Recovery';
import type { Restored } from './gen/Restored';
import type { PeerFilterInput } from './gen/PeerFilterInput';
import type { IndexStats } from './gen/IndexStats';
import type { Stats } from './gen/Stats';
import type { DimensionStats } from './gen/DimensionStats';
import type { Benchmark } from './gen/Benchmark';
import type { TrendPoint } from './gen/TrendPoint';
import type { Comparison } from './gen/Comparison';
import type { NewAgency as AgencyProfile } from './gen/NewAgency';
import type { PackExported as PackExport } from './gen/PackExported';
import type { PackImport } from './gen/PackImport';
import type { ReportExported as ReportExport } from './gen/ReportExported';
import type { ReportChoicesInput as ReportChoices } from './gen/ReportChoicesInput';
import type { ReportPreview } from './gen/ReportPreview';
import type { SampleLoaded } from './gen/SampleLoaded';

export type {
  CommandError,
  FrameworkSummary,
  Level,
  Dimension,
  Question,
  Source,
  Framework,
  Agency,
  AssessmentSummary,
  Respondent,
  Answer,
  AssessmentDetail,
  NewAssessment,
  AnswerInput,
  SavedAnswer,
  DimensionScore,
  QuestionScore,
  Recommendation,
  Scores,
  AppInfo,
  BackupInfo,
  Recovery,
  Restored,
  PeerFilterInput,
  IndexStats,
  Stats,
  DimensionStats,
  Benchmark,
  TrendPoint,
  Comparison,
  AgencyProfile,
  PackExport,
  PackImport,
  ReportExport,
  ReportChoices,
  ReportPreview,
  SampleLoaded,
};

/**
 * Turns whatever a rejected invoke gives into `{ code, key, args, place?, message }`
 * (docs/ipc.md); anything else becomes an `unknown` error with its text as the message.
 */
export function toCommandError(e: unknown): CommandError {
  if (e && typeof e === 'object' && 'message' in e) {
    const o = e as { code?: unknown; key?: unknown; args?: unknown; place?: unknown; message?: unknown };
    const code = typeof o.code === 'string' ? o.code : 'unknown';
    const args: Record<string, string> = {};
    if (o.args && typeof o.args === 'object') {
      for (const [k, v] of Object.entries(o.args)) if (typeof v === 'string') args[k] = v;
    }
    const err: CommandError = { code, key: typeof o.key === 'string' ? o.key : '', args, message: String(o.message) };
    if (typeof o.place === 'string') err.place = o.place;
    return err;
  }
  const message = typeof e === 'string' ? e : String(e);
  return { code: 'unknown', key: '', args: {}, message };
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
// Every call that returns framework or stage names carries the language they are wanted in.
export const listAssessments = (lang: Lang) => call<AssessmentSummary[]>('list_assessments', { lang });
export const createAssessment = (input: NewAssessment, lang: Lang) =>
  call<AssessmentDetail>('create_assessment', { input, lang });
export const getAssessment = (id: string, lang: Lang) =>
  call<AssessmentDetail>('get_assessment', { id, lang });
export const saveAnswer = (input: AnswerInput, lang: Lang) =>
  call<SavedAnswer>('save_answer', { input, lang });
export const setPosition = (id: string, question: string) =>
  call<null>('set_position', { id, question });
export const scoreAssessment = (id: string, lang: Lang) =>
  call<Scores>('score_assessment', { id, lang });
export const finalizeAssessment = (id: string, lang: Lang) =>
  call<AssessmentSummary>('finalize_assessment', { id, lang });
export const duplicateAssessment = (id: string, lang: Lang) =>
  call<AssessmentDetail>('duplicate_assessment', { id, lang });
export const deleteAssessment = (id: string) => call<null>('delete_assessment', { id });
export const undoDelete = (id: string, lang: Lang) =>
  call<AssessmentSummary>('undo_delete', { id, lang });

// ---- Benchmarking (docs/ipc.md, "Benchmarking (issue 4)") ----

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
/**
 * The fictional agencies are named in `lang`: pass the UI's (backendLang()). `conflict`
 * when the database already holds assessments.
 */
export const loadSampleData = (lang: Lang) => call<SampleLoaded>('load_sample_data', { lang });

/**
 * Renders the report as the report dialog's `choices` ask (format, language, paper, peer
 * group, sections, named respondents) and writes it where the user picks in the native save
 * dialog, opened on the Rust side (`name`, the agency's, proposes the file name); null when
 * cancelled.
 */
export const exportReport = (id: string, name: string, choices: ReportChoices) =>
  call<ReportExport | null>('export_report', { id, name, choices });
/** The first page of the report the `choices` ask for, as a small PNG (base64). */
export const previewReport = (id: string, choices: ReportChoices) => call<ReportPreview>('preview_report', { id, choices });
/** Shows the report last exported in this run in the file manager; null if there is none. */
export const showReportInFolder = () => call<string | null>('show_report_in_folder', {});

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

import type { RespondentInput } from './gen/RespondentInput';
import type { RespondentRow } from './gen/RespondentRow';
import type { RespondentRemoved } from './gen/RespondentRemoved';
import type { Consensus } from './gen/Consensus';
import type { ConsensusInput } from './gen/ConsensusInput';
import type { RespondentLevel } from './gen/RespondentLevel';
import type { ConsolidatedQuestion } from './gen/ConsolidatedQuestion';
import type { Consolidation } from './gen/Consolidation';
import type { Change } from './gen/Change';
import type { Overwritten } from './gen/Overwritten';
import type { ImportReport } from './gen/ImportReport';
import type { ImportOutcome } from './gen/ImportOutcome';
import type { ReopenOffer } from './gen/ReopenOffer';
import type { DropEvent } from './gen/DropEvent';
import type { ChangeEntity } from './gen/ChangeEntity';
import type { ChangeAction } from './gen/ChangeAction';
import type { ExchangeExported as ExchangeExport } from './gen/ExchangeExported';
import type { CsvExported as CsvExport } from './gen/CsvExported';

export type {
  RespondentInput,
  RespondentRow,
  RespondentRemoved,
  Consensus,
  ConsensusInput,
  RespondentLevel,
  ConsolidatedQuestion,
  Consolidation,
  Change,
  Overwritten,
  ImportReport,
  ImportOutcome,
  ReopenOffer,
  DropEvent,
  ChangeEntity,
  ChangeAction,
  ExchangeExport,
  CsvExport,
};

export const reopenAssessment = (id: string, lang: Lang) =>
  call<AssessmentSummary>('reopen_assessment', { id, lang });
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
/**
 * After a file was refused because its assessment is final here (`outcome.reopen`) and the
 * user agreed: reopens the assessment and imports the file. The token names the file.
 */
export const importReopened = (token: number) => call<ImportOutcome>('import_reopened', { token });
/**
 * Files dragged onto the window are imported by the shell, which tells `onevent` what
 * happens (hover, leave, importing, imported); call once, when the UI starts.
 */
export function watchDrops(onevent: (e: DropEvent) => void): Promise<null> {
  const channel = new Channel<DropEvent>(onevent);
  return call<null>('watch_drops', { channel });
}
/** Opens the native save dialog on the Rust side; null when cancelled. */
export const exportExchange = (id: string, name: string) =>
  call<ExchangeExport | null>('export_exchange', { id, name });
/** Opens the native save dialog; the dimension scores go beside it (FILE-dimensions.csv). */
export const exportCsv = (id: string, name: string, lang: Lang) =>
  call<CsvExport | null>('export_csv', { id, lang, name });
