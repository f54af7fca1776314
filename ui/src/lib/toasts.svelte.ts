// Short notices at the bottom of the window (e.g. "Assessment deleted — Undo").
import { toCommandError } from './api';
import { errorText } from './error-text';
import { t } from './i18n';

export interface Toast {
  id: number;
  message: string;
  kind: 'info' | 'error';
  action?: { label: string; run: () => void | Promise<void> };
  /** milliseconds before it goes away by itself; 0 = stays until dismissed */
  timeout: number;
}

/** How long the Undo of a removal in an interview (a respondent, a consensus) is offered. */
export const UNDO_MS = 10_000;

let next = 1;
export const toasts = $state<{ list: Toast[] }>({ list: [] });

export function showToast(t: Omit<Toast, 'id' | 'kind' | 'timeout'> & Partial<Pick<Toast, 'kind' | 'timeout'>>): number {
  const id = next++;
  toasts.list.push({ kind: 'info', timeout: 6000, ...t, id });
  return id;
}

export function dismissToast(id: number): void {
  const i = toasts.list.findIndex((t) => t.id === id);
  if (i >= 0) toasts.list.splice(i, 1);
}

/**
 * A failed action, shown until dismissed (it must not vanish before it is read): the
 * sentence `what` (a catalog key taking the engine's `message`), or the engine's words alone.
 */
export function showFailure(error: unknown, what?: string): number {
  const message = errorText(toCommandError(error));
  return showToast({ kind: 'error', message: what ? t(what, { message }) : message, timeout: 0 });
}
