import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerInput, SavedAnswer } from '../../lib/api';
import { AnswerStore } from './answers.svelte';

/** A fake save_answer whose calls can be resolved or rejected one by one. */
function backend() {
  const calls: { input: AnswerInput; resolve: () => void; reject: (e: unknown) => void }[] = [];
  const save = (input: AnswerInput) =>
    new Promise<SavedAnswer>((res, rej) => {
      calls.push({
        input: { ...input },
        resolve: () => res({ answer: { ...input, updated_at: 'now' }, summary: { answered: 1 } as never }),
        reject: rej,
      });
    });
  return { calls, save };
}
/** Lets pending promise callbacks run (timers are faked, so no setTimeout here). */
const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('AnswerStore', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('starts from the stored answers of its respondent', () => {
    const s = new AnswerStore('a', 'r1', [
      { respondent: 'r1', question: 'q1', level: 3, not_applicable: false, note: 'n', evidence: '', updated_at: '' },
      { respondent: 'r2', question: 'q2', level: 1, not_applicable: false, note: '', evidence: '', updated_at: '' },
    ], backend().save);
    expect(s.draft('q1')).toEqual({ level: 3, not_applicable: false, note: 'n', evidence: '' });
    expect(s.isAnswered('q1')).toBe(true);
    expect(s.isAnswered('q2')).toBe(false);
    expect(s.overall.status).toBe('idle');
  });

  it('saves a level at once with the whole answer', async () => {
    const b = backend();
    const onSaved = vi.fn();
    const s = new AnswerStore('a', 'r', [], b.save, { onSaved });
    const done = s.setLevel('q1', 4);
    expect(b.calls.map((c) => c.input)).toEqual([
      { assessment: 'a', respondent: 'r', question: 'q1', level: 4, not_applicable: false, note: '', evidence: '' },
    ]);
    expect(s.overall.status).toBe('saving');
    b.calls[0].resolve();
    await done;
    expect(s.overall.status).toBe('saved');
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it('not applicable clears the level, and a level clears not applicable', async () => {
    const b = backend();
    const s = new AnswerStore('a', 'r', [], b.save);
    void s.setLevel('q', 2);
    b.calls[0].resolve();
    await settle();
    void s.toggleNotApplicable('q');
    expect(s.draft('q')).toMatchObject({ level: null, not_applicable: true });
    expect(s.isAnswered('q')).toBe(true);
    b.calls[1].resolve();
    await settle();
    void s.setLevel('q', 5);
    expect(s.draft('q')).toMatchObject({ level: 5, not_applicable: false });
  });

  it('keeps the value and the error when a save fails, and retries on demand', async () => {
    const b = backend();
    const onError = vi.fn();
    const s = new AnswerStore('a', 'r', [], b.save, { onError });
    const first = s.setLevel('q', 3);
    b.calls[0].reject({ code: 'storage', message: 'disk full' });
    await first;
    expect(s.draft('q').level).toBe(3);
    expect(s.failed('q')).toBe(true);
    expect(s.overall).toMatchObject({ status: 'error', message: 'disk full', unsaved: ['q'] });
    expect(onError).toHaveBeenCalledWith('q', expect.objectContaining({ code: 'storage', message: 'disk full' }));

    const again = s.retry();
    expect(b.calls[1].input.level).toBe(3);
    b.calls[1].resolve();
    await again;
    expect(s.overall.status).toBe('saved');
    expect(s.hasUnsaved()).toBe(false);
  });

  it('saves typed text once, 600 ms after the last keystroke', async () => {
    const b = backend();
    const s = new AnswerStore('a', 'r', [], b.save);
    s.setText('q', 'note', 'B');
    vi.advanceTimersByTime(300);
    s.setText('q', 'note', 'Bu');
    vi.advanceTimersByTime(300);
    s.setText('q', 'note', 'Bud');
    expect(b.calls).toHaveLength(0);
    expect(s.overall.status).toBe('pending');
    vi.advanceTimersByTime(599);
    expect(b.calls).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(b.calls.map((c) => c.input.note)).toEqual(['Bud']);
  });

  it('flush() (on blur or leaving) saves at once what waits for its pause', () => {
    const b = backend();
    const s = new AnswerStore('a', 'r', [], b.save);
    s.setText('q', 'evidence', 'Decree 12/2024');
    void s.flush('q');
    expect(b.calls.map((c) => c.input.evidence)).toEqual(['Decree 12/2024']);
    vi.advanceTimersByTime(1000);
    expect(b.calls).toHaveLength(1);
  });

  it('never runs two saves of a question at once, and the last one carries the newest value', async () => {
    const b = backend();
    const s = new AnswerStore('a', 'r', [], b.save);
    void s.setLevel('q', 1);
    void s.setLevel('q', 2);
    void s.setLevel('q', 3);
    // One save under way; the later changes wait for it.
    expect(b.calls).toHaveLength(1);
    b.calls[0].resolve();
    await settle();
    expect(b.calls.map((c) => c.input.level)).toEqual([1, 3]);
    expect(s.overall.status).toBe('saving');
    b.calls[1].resolve();
    await settle();
    expect(s.overall.status).toBe('saved');
  });

  it('a later successful save of the newest value clears an earlier failure', async () => {
    const b = backend();
    const s = new AnswerStore('a', 'r', [], b.save);
    void s.setLevel('q', 1);
    void s.setLevel('q', 2);
    b.calls[0].reject({ code: 'storage', message: 'busy' });
    await settle();
    b.calls[1].resolve();
    await settle();
    expect(s.overall.status).toBe('saved');
  });

  it('shows the newest error first when several questions failed', async () => {
    const b = backend();
    const s = new AnswerStore('a', 'r', [], b.save);
    void s.setLevel('q1', 1);
    b.calls[0].reject({ code: 'storage', message: 'first' });
    await settle();
    void s.setLevel('q2', 1);
    b.calls[1].reject({ code: 'io', message: 'second' });
    await settle();
    expect(s.overall).toMatchObject({ status: 'error', message: 'second' });
    expect(s.overall.unsaved.sort()).toEqual(['q1', 'q2']);
  });

  it('tries a save refused by a full disk again by itself, waiting longer each time, until it is stored', async () => {
    const b = backend();
    const s = new AnswerStore('a', 'r', [], b.save, { autoRetryMs: 1000 });
    void s.setLevel('q1', 3);
    b.calls[0].reject({ code: 'disk_full', message: 'The disk is full: free some space, then save again' });
    await settle();
    expect(s.overall).toMatchObject({ status: 'error', message: 'The disk is full: free some space, then save again' });
    expect(s.draft('q1').level).toBe(3);

    vi.advanceTimersByTime(999);
    expect(b.calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(b.calls).toHaveLength(2);
    b.calls[1].reject({ code: 'disk_full', message: 'still full' });
    await settle();
    vi.advanceTimersByTime(1999);
    expect(b.calls).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(b.calls).toHaveLength(3);
    expect(b.calls[2].input).toMatchObject({ question: 'q1', level: 3 });
    b.calls[2].resolve();
    await settle();
    expect(s.overall.status).toBe('saved');
    vi.advanceTimersByTime(120_000);
    expect(b.calls).toHaveLength(3);
  });

  it('does not retry by itself what the backend refused as invalid', async () => {
    const b = backend();
    const s = new AnswerStore('a', 'r', [], b.save, { autoRetryMs: 1000 });
    void s.setLevel('q1', 9);
    b.calls[0].reject({ code: 'invalid_input', message: 'level 9 is out of range 1..5' });
    await settle();
    vi.advanceTimersByTime(120_000);
    expect(b.calls).toHaveLength(1);
    expect(s.overall.status).toBe('error');
  });

  it('a disposed store neither saves a pending note nor retries a failed save', async () => {
    const b = backend();
    const s = new AnswerStore('a', 'r', [], b.save, { autoRetryMs: 1000, debounceMs: 100 });
    void s.setLevel('q1', 2);
    b.calls[0].reject({ code: 'disk_full', message: 'full' });
    await settle();
    s.setText('q2', 'note', 'typed before the restore');
    s.dispose();
    vi.advanceTimersByTime(120_000);
    expect(b.calls).toHaveLength(1);
  });

  it('a held store saves nothing more, even a change queued behind a running save, until revived', async () => {
    const b = backend();
    const s = new AnswerStore('a', 'r', [], b.save, { autoRetryMs: 1000 });
    void s.setLevel('q1', 2);
    void s.setLevel('q1', 3); // queued behind the running save
    s.dispose();
    b.calls[0].resolve();
    await settle();
    void s.saveNow('q1');
    void s.retry();
    vi.advanceTimersByTime(120_000);
    expect(b.calls).toHaveLength(1);

    // The restore failed: a failed save is retried again.
    const f = new AnswerStore('a', 'r', [], b.save, { autoRetryMs: 1000 });
    void f.setLevel('q9', 4);
    b.calls[1].reject({ code: 'disk_full', message: 'full' });
    await settle();
    f.dispose();
    vi.advanceTimersByTime(5_000);
    expect(b.calls).toHaveLength(2);
    f.revive();
    vi.advanceTimersByTime(2_000); // the backoff goes on where it was
    expect(b.calls).toHaveLength(3);
    expect(b.calls[2].input.level).toBe(4);
  });
});
