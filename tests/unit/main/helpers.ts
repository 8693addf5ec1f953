/** The desktop path without Electron, for main's tests: renderer Platform → preload API → IPC guard → handlers → disk. */
import path from 'node:path';
import { atomicWriteFile, type AtomicFs } from '../../../src/main/atomic-write';
import { createBackupStore } from '../../../src/main/backups';
import { createHandlers, type HandlerContext } from '../../../src/main/handlers';
import { createIpcGuard, trustedFrameCheck, type FrameLike } from '../../../src/main/ipc-guard';
import { projectValidator } from '../../../src/main/project-validator';
import { createRecentFiles } from '../../../src/main/recent-files';
import { appOrigins } from '../../../src/main/security';
import { createSession } from '../../../src/main/session';
import { createApi } from '../../../src/preload/api';
import { createElectronPlatform } from '../../../src/renderer/platform/electron';
import type { Platform } from '../../../src/renderer/platform/types';
import { invokeChannels } from '../../../src/shared/ipc';

/** The app's own main frame, the one the IPC guard trusts. */
export const APP_FRAME: FrameLike = { url: 'app://layerwise/index.html', parent: null };

export interface DesktopOptions {
  /** The frame every call comes from; the app's main frame unless a test says otherwise. */
  frame?: FrameLike;
  /** The file system saves write through (a failing one to simulate a full or forbidden disk). */
  fs?: AtomicFs;
}

/**
 * A desktop window's Platform on Linux whose user data (backups, recent files) lives under `dir/userData`.
 * The open and save dialogs answer with `dialogAnswers` in turn, then as cancelled.
 */
export function desktop(dir: string, dialogAnswers: (string | null)[], options: DesktopOptions = {}): Platform {
  const { frame = APP_FRAME, fs } = options;
  const session = createSession({
    platform: 'linux',
    writeBackup: (id, content) => backups.write(id, content),
    onBackupError: (error) => {
      throw error;
    },
  });
  const backups = createBackupStore(path.join(dir, 'userData', 'backups'));
  const handlers = createHandlers({
    platform: 'linux',
    appVersion: '0.1.0',
    showOpenDialog: async () => dialogAnswers.shift() ?? null,
    showSaveDialog: async () => dialogAnswers.shift() ?? null,
    confirmUnsaved: async () => 'save',
    writeFile: (file, text) => atomicWriteFile(file, text, fs),
    openExternal: async () => undefined,
    validator: projectValidator,
    recent: createRecentFiles({ storePath: path.join(dir, 'userData', 'recent.json'), platform: 'linux' }),
    backups,
    liveBackupIds: () => new Set([session.backupId]),
    setMenuCommands: () => undefined,
  });
  const guard = createIpcGuard(invokeChannels, trustedFrameCheck(appOrigins(undefined)));
  const context: HandlerContext = {
    session,
    window: { setTitle: () => undefined, setDocumentEdited: () => undefined, close: () => undefined },
  };
  const api = createApi(
    {
      // structuredClone stands in for Electron's serialisation between the processes.
      invoke: async (channel, payload) =>
        structuredClone(
          await guard.dispatch(channel, { senderFrame: frame }, structuredClone(payload), handlers, context),
        ),
      on: () => undefined,
      removeListener: () => undefined,
    },
    'linux',
  );
  return createElectronPlatform(api);
}
