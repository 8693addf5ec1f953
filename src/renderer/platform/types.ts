/**
 * What the UI may ask of the machine it runs on: open and save project files, recent files, crash-recovery
 * backups, the window title and unsaved marker, menu commands and files handed over by the OS.
 *
 * Why it exists: the same React app runs in Electron (files on disk through the preload API) and as a web page
 * (file picker, downloads, IndexedDB). Components depend on this interface only, so they never need to know
 * which one they are in; electron.ts and browser.ts are the two implementations, getPlatform() picks one.
 */

import type { WordableProblem } from '../../shared/i18n';
import type { NativeTexts } from '../../shared/ipc';
import type { MenuCommandDescriptor } from '../../shared/menu-commands';

export type { MenuCommandDescriptor };

export type PlatformKind = 'electron' | 'browser';

/** A project file's text, with the opaque handle that Save needs to write it back (desktop only). */
export interface ProjectFile {
  fileName: string;
  text: string;
  /** Electron: the absolute path. Absent in the browser, where every save is a download. */
  handle?: string;
}

export interface SavedProject {
  fileName: string;
  handle?: string;
}

export interface RecentEntry {
  /** Pass this to openRecent(). Electron: the path; browser: a stored copy's key. */
  id: string;
  fileName: string;
  /** Shown as a tooltip; absent in the browser, which never learns where a file lives. */
  path?: string;
  openedAt: string;
}

export interface RecentFilesList {
  files: RecentEntry[];
  /** A sentence to show when entries were dropped because their files are gone, else null. */
  note: string | null;
  /** The note as data, worded in the window's language when present (the desktop app's main sends it). */
  noteProblem?: WordableProblem;
}

export interface BackupEntry {
  id: string;
  name: string;
  savedAt: string;
  path: string | null;
}

export interface RestoredWork extends BackupEntry {
  text: string;
}

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export type OpenFileEvent =
  { ok: true; file: ProjectFile } | { ok: false; message: string; problems?: readonly WordableProblem[] };

/**
 * A failure the platform reports with its problems as data (the desktop app's main process words nothing in
 * the window's language): the UI words `problems` with problemText, and shows `message` (English) when
 * there are none.
 */
export class PlatformError extends Error {
  constructor(
    message: string,
    readonly problems: readonly WordableProblem[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'PlatformError';
  }
}

export interface PlatformBackups {
  /** Records the current unsaved work; written within about a second of the last call. */
  write(name: string, text: string): void;
  /** Work left unsaved by an earlier session (crash), newest first. */
  list(): Promise<BackupEntry[]>;
  /** Takes a backup over as this window's own (it is removed when the work is saved or discarded). */
  restore(id: string): Promise<RestoredWork>;
  discard(id: string): Promise<void>;
}

/**
 * Every method that can fail rejects with an Error whose message is a sentence for the user (what, where,
 * what to do), or a PlatformError that also carries it as problems. A cancelled dialog is not a failure: it
 * resolves to null.
 */
export interface Platform {
  readonly kind: PlatformKind;
  openProject(): Promise<ProjectFile | null>;
  /** Writes back to `handle` when there is one; otherwise behaves like saveProjectAs. */
  saveProject(text: string, suggestedName: string, handle?: string): Promise<SavedProject | null>;
  saveProjectAs(text: string, suggestedName: string): Promise<SavedProject | null>;
  recentFiles(): Promise<RecentFilesList>;
  openRecent(id: string): Promise<ProjectFile>;
  clearRecentFiles(): Promise<void>;
  setTitle(title: string): void;
  /** Tells the shell about unsaved changes (close prompt, macOS edited dot, browser leave warning). */
  setDirty(dirty: boolean): void;
  appVersion(): Promise<string>;
  /**
   * Offers a generated file (an export's zip) to the user as a download: the browser's download, or
   * Electron's save dialog for downloads. Resolves once the download has been handed over.
   */
  saveDownload(fileName: string, bytes: Uint8Array, mimeType: string): Promise<void>;
  /** Save / Don't Save / Cancel before replacing unsaved work. */
  confirmUnsaved(name: string): Promise<UnsavedChoice>;
  /** Opens an https link in the user's browser. */
  openExternal(url: string): Promise<void>;
  readonly backups: PlatformBackups;
  /**
   * Gives main the wording of its native prompts in the window's language (Save / Don't Save / Cancel on
   * close, the file dialogs' filter); the browser build has no such prompts and ignores it.
   */
  setNativeTexts(texts: NativeTexts): void;
  /** Gives the native menu the command list (registry.describeCommands()); the browser build ignores it. */
  setMenuCommands(commands: MenuCommandDescriptor[]): void;
  onMenuCommand(callback: (id: string) => void): () => void;
  /** Files opened from outside the app (command line, OS, second launch). */
  onOpenFile(callback: (event: OpenFileEvent) => void): () => void;
  /** The user chose Save in the close prompt: save, then call closeWindow() if it worked. */
  onSaveBeforeClose(callback: () => void): () => void;
  closeWindow(): Promise<void>;
}
