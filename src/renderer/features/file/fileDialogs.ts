/**
 * Which file dialog is showing: the unsaved-changes question, an error, the recent files, the templates, or
 * the crash-recovery list. One at a time; the React side (FileDialogs.tsx) only draws this store.
 *
 * Why it exists: browsers have no three-button confirm (window.confirm offers OK/Cancel and blocks the page),
 * so Save / Don't Save / Cancel is a dialog of our own, and the file actions await its answer as a promise.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { BackupEntry, RecentFilesList, UnsavedChoice } from '../../platform/types';

export type FileDialog =
  | { kind: 'unsaved'; name: string; answer: (choice: UnsavedChoice) => void }
  | { kind: 'error'; title: string; messages: string[] }
  | { kind: 'recent'; list: RecentFilesList | null; failure: string | null }
  | { kind: 'templates' }
  | { kind: 'recovery'; backups: BackupEntry[] };

export interface FileDialogState {
  dialog: FileDialog | null;
  /** Whether this page load has looked for crash backups to offer; it looks once (not on every remount). */
  recoveryOffered: boolean;
}

export const fileDialogStore = createStore<FileDialogState>()(() => ({ dialog: null, recoveryOffered: false }));

export function useFileDialog(): FileDialog | null {
  return useStore(fileDialogStore, (s) => s.dialog);
}

/** Shows `dialog`; a question still waiting is answered Cancel, so nothing goes ahead unasked. */
export function showFileDialog(dialog: FileDialog | null): void {
  const previous = fileDialogStore.getState().dialog;
  fileDialogStore.setState({ dialog });
  if (previous?.kind === 'unsaved' && previous !== dialog) previous.answer('cancel');
}

export function closeFileDialog(): void {
  showFileDialog(null);
}

/** Save / Don't Save / Cancel in the page; resolves when the person answers (Escape is Cancel). */
export function askUnsavedInPage(name: string): Promise<UnsavedChoice> {
  return new Promise((resolve) => {
    let answered = false;
    const answer = (choice: UnsavedChoice) => {
      if (answered) return;
      answered = true;
      if (fileDialogStore.getState().dialog === dialog) fileDialogStore.setState({ dialog: null });
      resolve(choice);
    };
    const dialog: FileDialog = { kind: 'unsaved', name, answer };
    showFileDialog(dialog);
  });
}

export function showFileError(title: string, messages: string[]): void {
  showFileDialog({ kind: 'error', title, messages });
}
