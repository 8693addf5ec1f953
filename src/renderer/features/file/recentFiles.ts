/** Open Recent: fetches the platform's list into the recent-files dialog (with the note about dropped files). */
import i18next from 'i18next';
import type { Platform } from '../../platform/types';
import { fileDialogStore, showFileDialog } from './fileDialogs';

export async function showRecentFiles(platform: Pick<Platform, 'recentFiles'>): Promise<void> {
  showFileDialog({ kind: 'recent', list: null, failure: null });
  try {
    const list = await platform.recentFiles();
    // The person may have closed the dialog while the list was loading.
    if (fileDialogStore.getState().dialog?.kind === 'recent') showFileDialog({ kind: 'recent', list, failure: null });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const failure = i18next.t('fileErrors.recentUnreadable', { reason });
    if (fileDialogStore.getState().dialog?.kind === 'recent') showFileDialog({ kind: 'recent', list: null, failure });
  }
}
