/**
 * What main does for each IPC channel: the file dialogs, reads and atomic writes, recent files, backups,
 * the window title and dirty flag, the unsaved-changes prompt and opening links.
 *
 * Why it exists: these are the app's file-handling decisions (which paths a window may write, when a backup is
 * removed, what a cancelled dialog returns), so they are plain functions over injected dependencies. Unit tests
 * drive them with fake dialogs and a real temporary folder; index.ts supplies Electron's dialog, BrowserWindow
 * and shell. Requests arrive here only after the IPC guard has checked channel, payload and sender.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import {
  invokeChannels,
  problemsFailure,
  type Failure,
  type NativeTexts,
  type OpenedFile,
  type Result,
  type UnsavedChoice,
} from '../shared/ipc';
import { FileOperationError } from './atomic-write';
import type { MenuCommandDescriptor } from '../shared/menu-commands';
import type { BackupStore } from './backups';
import type { Handlers } from './ipc-guard';
import { readProjectFile, type ProjectValidator, type ReadFs } from './open-project';
import type { RecentFiles } from './recent-files';
import { suggestedFileName, withProjectExtension } from './argv';
import { isSafeExternalUrl } from './security';
import { grantPath, isGranted, type WindowSession } from './session';

/** The native parts one window offers a handler. */
export interface WindowControls {
  setTitle(title: string): void;
  setDocumentEdited(edited: boolean): void;
  close(): void;
}

export interface HandlerContext {
  session: WindowSession;
  window: WindowControls;
}

export interface MainDeps {
  platform: NodeJS.Platform;
  appVersion: string;
  /** `texts`: the window's wording of the native dialogs (absent: English). */
  showOpenDialog(window: WindowControls, texts?: NativeTexts): Promise<string | null>;
  showSaveDialog(
    window: WindowControls,
    suggestedName: string,
    folder: string | null,
    texts?: NativeTexts,
  ): Promise<string | null>;
  confirmUnsaved(window: WindowControls, name: string, texts?: NativeTexts): Promise<UnsavedChoice>;
  writeFile(filePath: string, text: string): Promise<void>;
  openExternal(url: string): Promise<void>;
  validator: ProjectValidator;
  readFs?: ReadFs;
  recent: RecentFiles;
  backups: BackupStore;
  /** A fresh backup id (for a restored backup adopted by a window); defaults to a random UUID. */
  newBackupId?: () => string;
  /** Backup ids of windows that are open now; their backups are not offered for recovery. */
  liveBackupIds(): ReadonlySet<string>;
  /** Rebuilds the native menu from the renderer's command list. */
  setMenuCommands(commands: MenuCommandDescriptor[]): void;
  /** Told when a file was opened or saved (index.ts adds it to the OS's recent documents). */
  onFileUsed?(filePath: string): void;
}

/** A thrown error as a failure; a file operation's carries its problem, for the window to word. */
function failure(error: unknown): Failure {
  if (error instanceof FileOperationError) return problemsFailure([error.problem]);
  return { ok: false, message: error instanceof Error ? error.message : String(error) };
}

/** Reads a file the user has chosen and makes it this window's document. Exported for index.ts (OS opens). */
export async function openIntoSession(
  deps: MainDeps,
  session: WindowSession,
  filePath: string,
): Promise<Result<OpenedFile>> {
  const result = await readProjectFile(filePath, deps.validator, deps.readFs);
  if (result.ok) {
    grantPath(session, filePath, deps.platform);
    await deps.recent.add(filePath);
    deps.onFileUsed?.(filePath);
  }
  return result;
}

/** The opened document's path becomes the window's current file only once the renderer accepted it. */
async function openAndAdopt(deps: MainDeps, session: WindowSession, filePath: string): Promise<Result<OpenedFile>> {
  const result = await openIntoSession(deps, session, filePath);
  if (result.ok) session.currentPath = filePath;
  return result;
}

async function dropBackup(deps: MainDeps, session: WindowSession): Promise<void> {
  await session.backupWriter.cancel();
  await deps.backups.discard(session.backupId);
}

async function writeAndAdopt(deps: MainDeps, session: WindowSession, filePath: string, text: string) {
  await deps.writeFile(filePath, text);
  grantPath(session, filePath, deps.platform);
  session.currentPath = filePath;
  await deps.recent.add(filePath);
  deps.onFileUsed?.(filePath);
  // The document on disk now matches; a leftover backup would offer stale work after the next crash.
  await dropBackup(deps, session).catch(() => undefined);
  return { fileName: path.basename(filePath), path: filePath };
}

export function createHandlers(deps: MainDeps): Handlers<typeof invokeChannels, HandlerContext> {
  return {
    'file:open': async (_request, { session, window }) => {
      const chosen = await deps.showOpenDialog(window, session.nativeTexts);
      if (chosen === null) return { ok: true, value: null };
      return openAndAdopt(deps, session, chosen);
    },

    'file:openPath': async ({ path: filePath }, { session }) => {
      if (!isGranted(session, filePath, deps.platform) && !(await deps.recent.has(filePath))) {
        const file = path.basename(filePath);
        return problemsFailure([
          {
            code: 'open-not-recent',
            params: { file },
            message: `Layerwise did not open “${file}” because it is not in Recent Files. Use File › Open… to choose it.`,
          },
        ]);
      }
      return openAndAdopt(deps, session, filePath);
    },

    'file:save': async ({ text, path: filePath }, { session }) => {
      if (!isGranted(session, filePath, deps.platform)) {
        const file = path.basename(filePath);
        return problemsFailure([
          {
            code: 'save-not-granted',
            params: { file },
            message: `Layerwise did not save to “${file}” because that file was not opened or chosen in this window. Use File › Save As… to choose where to save.`,
          },
        ]);
      }
      try {
        return { ok: true, value: await writeAndAdopt(deps, session, filePath, text) };
      } catch (error) {
        return failure(error);
      }
    },

    'file:saveAs': async ({ text, suggestedName }, { session, window }) => {
      const folder = session.currentPath ? path.dirname(session.currentPath) : null;
      const chosen = await deps.showSaveDialog(window, suggestedFileName(suggestedName), folder, session.nativeTexts);
      if (chosen === null) return { ok: true, value: null };
      try {
        return { ok: true, value: await writeAndAdopt(deps, session, withProjectExtension(chosen), text) };
      } catch (error) {
        return failure(error);
      }
    },

    'file:takePending': (_request, { session }) => {
      session.rendererReady = true;
      const pending = session.pending;
      session.pending = [];
      for (const item of pending) if (item.ok) session.currentPath = item.value.path;
      return pending;
    },

    'recent:list': () => deps.recent.list(),
    'recent:clear': async () => {
      await deps.recent.clear();
      return null;
    },

    'backup:write': ({ name, text }, { session }) => {
      session.backupWriter.schedule({ name, path: session.currentPath, text });
      return null;
    },
    'backup:list': () => deps.backups.list(deps.liveBackupIds()),
    'backup:restore': async ({ id }, { session }) => {
      if (deps.liveBackupIds().has(id))
        return problemsFailure([
          {
            code: 'backup-in-use',
            params: {},
            message: 'That unsaved work belongs to a window that is still open.',
          },
        ]);
      const restored = await deps.backups.read(id);
      if (!restored.ok) return restored;
      // The restored work becomes this window's backup, under a new id: replaced by later edits, removed by
      // save or close. The window's own backup is removed only once the restored pair is written, so a
      // failure (or a crash) at any step loses neither.
      const adoptedId = (deps.newBackupId ?? randomUUID)();
      try {
        await deps.backups.adopt(id, adoptedId);
      } catch (error) {
        return failure(error);
      }
      await dropBackup(deps, session).catch(() => undefined);
      session.backupId = adoptedId;
      session.currentPath = restored.value.path;
      if (restored.value.path) grantPath(session, restored.value.path, deps.platform);
      return restored;
    },
    'backup:discard': async ({ id }) => {
      if (!deps.liveBackupIds().has(id)) await deps.backups.discard(id);
      return null;
    },

    'window:setTitle': ({ title }, { window }) => {
      window.setTitle(title);
      return null;
    },
    'window:setDirty': async ({ dirty }, { session, window }) => {
      session.dirty = dirty;
      if (deps.platform === 'darwin') window.setDocumentEdited(dirty);
      // A backup exists only while there is unsaved work: saved or discarded work needs no recovery.
      if (!dirty) await dropBackup(deps, session).catch(() => undefined);
      return null;
    },
    'window:setNativeTexts': ({ texts }, { session }) => {
      session.nativeTexts = texts;
      return null;
    },
    'window:close': (_request, { window }) => {
      window.close();
      return null;
    },

    'app:version': () => deps.appVersion,
    'app:confirmUnsaved': ({ name }, { window, session }) => deps.confirmUnsaved(window, name, session.nativeTexts),
    'shell:openExternal': async ({ url }) => {
      if (!isSafeExternalUrl(url)) return false;
      await deps.openExternal(url);
      return true;
    },
    'menu:setCommands': ({ commands }) => {
      deps.setMenuCommands(commands);
      return null;
    },
  };
}
