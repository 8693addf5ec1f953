/**
 * The words of main's own native dialogs: the window's (in its language) when it sent them, else English.
 *
 * Why it exists: main shows the Save / Don't Save / Cancel prompt itself when a window with unsaved work is
 * closed (a hung page must still close), and names the project-file filter of the open and save dialogs; main
 * knows no language, so the window sends their wording (window:setNativeTexts) and this module fills in the
 * document's name. Pure, so it is tested in Node; windows.ts hands the result to Electron's dialog.
 */
import type { NativeTexts } from '../shared/ipc';

/** The English wording, until a window sends its own (src/shared/i18n/en/dialogs.ts `nativeDialogs`, checked equal). */
export const ENGLISH_NATIVE_TEXTS: NativeTexts = {
  unsavedMessage: 'Do you want to save the changes you made to “{name}”?',
  unsavedDetail: "Your changes will be lost if you don't save them.",
  save: 'Save',
  dontSave: "Don't Save",
  cancel: 'Cancel',
  projectFiles: 'Layerwise projects',
};

/** Save / Don't Save / Cancel, worded like the operating systems' own prompts. */
export function unsavedPromptOptions(name: string, texts: NativeTexts = ENGLISH_NATIVE_TEXTS) {
  return {
    type: 'warning' as const,
    buttons: [texts.save, texts.dontSave, texts.cancel],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    message: texts.unsavedMessage.split('{name}').join(name),
    detail: texts.unsavedDetail,
  };
}

export function projectFilters(texts: NativeTexts = ENGLISH_NATIVE_TEXTS) {
  return [{ name: texts.projectFiles, extensions: ['nnproj'] }];
}
