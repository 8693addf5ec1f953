/** Whether the export dialog is open; File → Export… opens it. */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

interface ExportDialogState {
  open: boolean;
}

export const exportDialogStore = createStore<ExportDialogState>()(() => ({ open: false }));

export const openExportDialog = (): void => exportDialogStore.setState({ open: true });
export const closeExportDialog = (): void => exportDialogStore.setState({ open: false });

export function useExportDialog<T>(selector: (s: ExportDialogState) => T): T {
  return useStore(exportDialogStore, selector);
}
