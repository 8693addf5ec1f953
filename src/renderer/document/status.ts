/**
 * The status line: one short message at a time (a refused connection, a paste, a layout). It is read by a
 * role="status" region so screen readers announce it; nothing the editor refuses is refused silently.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export type StatusTone = 'info' | 'error';

export interface StatusState {
  message: string;
  tone: StatusTone;
  /** Grows with each message so the same text twice still re-announces and restarts the timer. */
  serial: number;
  show: (message: string, tone?: StatusTone) => void;
  clear: () => void;
}

export const statusStore = createStore<StatusState>()((set) => ({
  message: '',
  tone: 'info',
  serial: 0,
  show: (message, tone = 'info') => set((s) => ({ message, tone, serial: s.serial + 1 })),
  clear: () => set({ message: '' }),
}));

export const showStatus = (message: string, tone: StatusTone = 'info'): void =>
  statusStore.getState().show(message, tone);

export function useStatus<T>(selector: (s: StatusState) => T): T {
  return useStore(statusStore, selector);
}
