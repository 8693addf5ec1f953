/**
 * The file layer's ties to the window and the shell: the native menu (desktop), files the OS hands over,
 * the close prompt's Save, project files dropped on the window, and the crash-recovery offer at start-up.
 * Each function returns its own "stop" so the component that starts them can undo them.
 */
import i18next, { type TFunction } from 'i18next';
import type { NativeTexts } from '../../../shared/ipc';
import { describeCommands, onCommandsChanged, runCommand } from '../../commands';
import type { Platform } from '../../platform/types';
import type { FileController } from './controller';
import { fileDialogStore, showFileDialog } from './fileDialogs';

/** Main's native prompts in the current language; main puts the document's name where `{name}` is. */
export function nativeTexts(t: TFunction): NativeTexts {
  return {
    unsavedMessage: t('nativeDialogs.unsavedMessage', { name: '{name}' }),
    unsavedDetail: t('nativeDialogs.unsavedDetail'),
    save: t('fileDialog.save'),
    dontSave: t('fileDialog.dontSave'),
    cancel: t('dialog.cancel'),
    projectFiles: t('nativeDialogs.projectFiles'),
  };
}

/**
 * The desktop app's menu is built from the registry's commands and runs them by id; its native prompts are
 * worded with it (both change with the language).
 */
export function bindNativeMenu(platform: Platform): () => void {
  const publish = () => {
    platform.setMenuCommands(describeCommands());
    platform.setNativeTexts(nativeTexts(i18next.t));
  };
  publish();
  const stopChanges = onCommandsChanged(publish);
  const stopCommands = platform.onMenuCommand((id) => void runCommand(id));
  return () => {
    stopChanges();
    stopCommands();
  };
}

export function bindShellEvents(platform: Platform, controller: FileController): () => void {
  const stopOpen = platform.onOpenFile((event) => {
    if (event.ok) void controller.openFile(event.file);
    else controller.reportExternalFailure(event.message, event.problems);
  });
  const stopClose = platform.onSaveBeforeClose(() => void controller.saveBeforeClose());
  return () => {
    stopOpen();
    stopClose();
  };
}

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Dropping a project file anywhere on the window opens it. A drop a part of the page already handled (the
 * Data panel's CSV drop area, the canvas's palette drops) is left alone.
 */
export function bindFileDrop(target: Window, controller: FileController): () => void {
  const onDragOver = (event: DragEvent) => {
    if (event.defaultPrevented || !carriesFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (event: DragEvent) => {
    if (event.defaultPrevented || !carriesFiles(event)) return;
    event.preventDefault();
    const dropped = event.dataTransfer?.files[0];
    if (dropped) void controller.openDropped(dropped);
  };
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('drop', onDrop);
  return () => {
    target.removeEventListener('dragover', onDragOver);
    target.removeEventListener('drop', onDrop);
  };
}

/** Once per page load: if an earlier session left unsaved work, offer to restore or discard each piece. */
export async function offerRecovery(platform: Platform): Promise<void> {
  if (fileDialogStore.getState().recoveryOffered) return;
  fileDialogStore.setState({ recoveryOffered: true });
  try {
    const backups = await platform.backups.list();
    if (backups.length > 0) showFileDialog({ kind: 'recovery', backups });
  } catch (error) {
    console.warn(
      `Layerwise could not look for unsaved work from an earlier session: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
