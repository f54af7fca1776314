// The questionnaire's answers as the user gives them, and their saving.
//
// What is on screen is the user's draft; the backend's copy never overwrites it, so a failed
// save leaves the value in place with its error until a retry succeeds. Saves of one question
// run one at a time and the last one always carries the newest draft, so a slow save cannot
// land after a newer one and undo it.
import { errorText } from '../../lib/error-text';
import type { Answer, AnswerInput, AssessmentSummary, CommandError, SavedAnswer } from '../../lib/api';
import { toCommandError } from '../../lib/api';

export interface Draft {
  level: number | null;
  not_applicable: boolean;
  note: string;
  evidence: string;
}

/** pending: typed, waiting for the debounce; saving: sent; error: the last attempt failed */
export type SaveStatus = 'pending' | 'saving' | 'saved' | 'error';
export interface SaveState {
  status: SaveStatus;
  message: string;
  /** order of the event, to tell the newest error */
  seq: number;
}

export interface Overall {
  status: 'idle' | 'pending' | 'saving' | 'saved' | 'error';
  message: string;
  /** questions whose newest value is not stored */
  unsaved: string[];
}

export interface AnswerStoreOptions {
  /** quiet time after typing before a note or evidence is saved */
  debounceMs?: number;
  onSaved?: (summary: AssessmentSummary) => void;
  onError?: (question: string, error: CommandError) => void;
  /**
   * First wait before failed saves are tried again by themselves (doubling up to a minute);
   * 0 turns it off. A full disk or a read-only folder is fixed outside the app: once it is,
   * the answer is stored without the user having to press Retry.
   */
  autoRetryMs?: number;
}

/** Refusals of the answer itself: trying the same input again cannot help. */
const PERMANENT = new Set(['invalid_input', 'not_found', 'conflict']);
const MAX_RETRY_MS = 60_000;

const EMPTY: Draft = Object.freeze({ level: null, not_applicable: false, note: '', evidence: '' });

export class AnswerStore {
  drafts = $state<Record<string, Draft>>({});
  states = $state<Record<string, SaveState>>({});

  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private inflight = new Map<string, Promise<void>>();
  private again = new Set<string>();
  private seq = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;
  private retryDelay: number;
  private readonly debounceMs: number;
  readonly assessment: string;
  readonly respondent: string;
  private readonly save: (input: AnswerInput) => Promise<SavedAnswer>;
  private readonly opts: AnswerStoreOptions;

  constructor(
    assessment: string,
    respondent: string,
    answers: readonly Answer[],
    save: (input: AnswerInput) => Promise<SavedAnswer>,
    opts: AnswerStoreOptions = {},
  ) {
    this.assessment = assessment;
    this.respondent = respondent;
    this.save = save;
    this.opts = opts;
    this.debounceMs = opts.debounceMs ?? 600;
    this.retryDelay = opts.autoRetryMs ?? 5000;
    const drafts: Record<string, Draft> = {};
    for (const a of answers) {
      if (a.respondent !== respondent) continue;
      drafts[a.question] = {
        level: a.level,
        not_applicable: a.not_applicable,
        note: a.note,
        evidence: a.evidence,
      };
    }
    this.drafts = drafts;
  }

  draft(question: string): Draft {
    return this.drafts[question] ?? EMPTY;
  }

  isAnswered(question: string): boolean {
    const d = this.draft(question);
    return d.level !== null || d.not_applicable;
  }

  private update(question: string, change: Partial<Draft>): void {
    this.drafts[question] = { ...this.draft(question), ...change };
  }

  private setState(question: string, status: SaveStatus, message = ''): void {
    this.states[question] = { status, message, seq: ++this.seq };
  }

  /** Choosing a level is saved at once (and clears "not applicable"). */
  setLevel(question: string, level: number): Promise<void> {
    this.update(question, { level, not_applicable: false });
    return this.saveNow(question);
  }

  /** "Not applicable" replaces a level; turning it off leaves the question unanswered. */
  toggleNotApplicable(question: string): Promise<void> {
    const na = !this.draft(question).not_applicable;
    this.update(question, { not_applicable: na, level: na ? null : this.draft(question).level });
    return this.saveNow(question);
  }

  /** Typing in the note or evidence: saved after a pause, or on blur via flush(). */
  setText(question: string, field: 'note' | 'evidence', value: string): void {
    this.update(question, { [field]: value });
    const old = this.timers.get(question);
    if (old) clearTimeout(old);
    this.timers.set(
      question,
      setTimeout(() => void this.saveNow(question), this.debounceMs),
    );
    if (this.states[question]?.status !== 'saving') this.setState(question, 'pending');
  }

  /** Saves now whatever waits for its debounce (one question, or all). */
  flush(question?: string): Promise<void> {
    const qs = question ? [question] : [...this.timers.keys()];
    return Promise.all(qs.filter((q) => this.timers.has(q)).map((q) => this.saveNow(q))).then(
      () => undefined,
    );
  }

  /** Resolves when no save is under way any more. */
  async settled(): Promise<void> {
    while (this.inflight.size) await Promise.all([...this.inflight.values()]);
  }

  /** Tries again every question whose last save failed. */
  retry(): Promise<void> {
    const failed = Object.keys(this.states).filter((q) => this.states[q].status === 'error');
    return Promise.all(failed.map((q) => this.saveNow(q))).then(() => undefined);
  }

  saveNow(question: string): Promise<void> {
    // A held store saves nothing: its database may be being replaced under it.
    if (this.disposed) return Promise.resolve();
    const timer = this.timers.get(question);
    if (timer) {
      clearTimeout(timer);
      this.timers.delete(question);
    }
    const running = this.inflight.get(question);
    if (running) {
      // Saved again with the newest draft once the running save is done.
      this.again.add(question);
      return running;
    }
    const p = this.run(question);
    this.inflight.set(question, p);
    return p;
  }

  private async run(question: string): Promise<void> {
    this.setState(question, 'saving');
    const d = this.draft(question);
    const input: AnswerInput = {
      assessment: this.assessment,
      respondent: this.respondent,
      question,
      level: d.level,
      not_applicable: d.not_applicable,
      note: d.note,
      evidence: d.evidence,
    };
    try {
      const saved = await this.save(input);
      if (!this.again.has(question) && !this.timers.has(question)) this.setState(question, 'saved');
      this.retryDelay = this.opts.autoRetryMs ?? 5000;
      this.opts.onSaved?.(saved.summary);
    } catch (e) {
      const err = toCommandError(e);
      this.setState(question, 'error', errorText(err));
      this.opts.onError?.(question, err);
      if (!PERMANENT.has(err.code)) this.scheduleRetry();
    } finally {
      this.inflight.delete(question);
      if (this.again.delete(question) && !this.disposed) await this.saveNow(question);
    }
  }

  /**
   * Stops every timer (debounced saves, automatic retries) and saves nothing more: the
   * store is being dropped, or held while a restore replaces the database.
   */
  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.disposed = true;
  }

  /** Saves again after a hold that came to nothing (the restore failed). */
  revive(): void {
    this.disposed = false;
    if (Object.values(this.states).some((st) => st.status === 'error')) this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.disposed) return;
    if (this.retryTimer || !(this.opts.autoRetryMs ?? 5000)) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(delay * 2, MAX_RETRY_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.retry();
    }, delay);
  }

  /** What the save indicator shows: any failure first, then work under way, then done. */
  get overall(): Overall {
    const entries = Object.entries(this.states);
    const unsaved = entries.filter(([, s]) => s.status !== 'saved').map(([q]) => q);
    const errors = entries.filter(([, s]) => s.status === 'error').sort((a, b) => b[1].seq - a[1].seq);
    if (errors.length) return { status: 'error', message: errors[0][1].message, unsaved };
    if (entries.some(([, s]) => s.status === 'saving')) return { status: 'saving', message: '', unsaved };
    if (entries.some(([, s]) => s.status === 'pending')) return { status: 'pending', message: '', unsaved };
    if (entries.length) return { status: 'saved', message: '', unsaved };
    return { status: 'idle', message: '', unsaved };
  }

  hasUnsaved(): boolean {
    return this.overall.unsaved.length > 0;
  }

  failed(question: string): boolean {
    return this.states[question]?.status === 'error';
  }
}
