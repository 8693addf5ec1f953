// The whole desktop file path without Electron: renderer Platform → preload API → IPC guard → handlers → disk.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWriteFile } from '../../../src/main/atomic-write';
import { createBackupStore } from '../../../src/main/backups';
import { createHandlers, type HandlerContext } from '../../../src/main/handlers';
import { createIpcGuard, trustedFrameCheck, type FrameLike } from '../../../src/main/ipc-guard';
import { projectValidator } from '../../../src/main/project-validator';
import { createRecentFiles } from '../../../src/main/recent-files';
import { appOrigins } from '../../../src/main/security';
import { createSession } from '../../../src/main/session';
import { createApi } from '../../../src/preload/api';
import { createElectronPlatform } from '../../../src/renderer/platform/electron';
import { invokeChannels } from '../../../src/shared/ipc';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'layerwise-roundtrip-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function desktop(frame: FrameLike, dialogAnswers: (string | null)[]) {
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
    writeFile: (file, text) => atomicWriteFile(file, text),
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
  return { platform: createElectronPlatform(api), session };
}

describe('desktop file round trip', () => {
  it('opens, saves in place and saves as, through every layer', async () => {
    const xor = path.join(dir, 'xor.nnproj');
    const original = await readFile('examples/xor.nnproj', 'utf8');
    await writeFile(xor, original);
    const copy = path.join(dir, 'copy');
    const { platform } = desktop({ url: 'app://layerwise/index.html', parent: null }, [xor, copy]);

    const opened = await platform.openProject();
    expect(opened).toEqual({ fileName: 'xor.nnproj', text: original, handle: xor });
    const edited = original.replace('"epochs": 200', '"epochs": 300');
    expect(await platform.saveProject(edited, 'xor', opened!.handle)).toEqual({ fileName: 'xor.nnproj', handle: xor });
    expect(await readFile(xor, 'utf8')).toBe(edited);
    expect(await platform.saveProjectAs(edited, 'copy')).toEqual({ fileName: 'copy.nnproj', handle: `${copy}.nnproj` });
    expect((await platform.recentFiles()).files.map((f) => f.fileName)).toEqual(['copy.nnproj', 'xor.nnproj']);
    await expect(platform.saveProject('{}', 'x', path.join(dir, 'never-granted.nnproj'))).rejects.toThrow(/Save As/);
    expect((await readdir(dir)).sort()).toEqual(['copy.nnproj', 'userData', 'xor.nnproj']);
  });

  it('reports an invalid project with the file name before the renderer sees it', async () => {
    const broken = path.join(dir, 'broken.nnproj');
    await writeFile(broken, '{"format": "layerwise-project", "version": 1, ');
    const { platform } = desktop({ url: 'app://layerwise/index.html', parent: null }, [broken]);
    await expect(platform.openProject()).rejects.toThrow(/broken\.nnproj/);
  });

  it('refuses everything from a page that is not ours', async () => {
    const { platform } = desktop({ url: 'https://evil.example/', parent: null }, []);
    await expect(platform.appVersion()).rejects.toThrow(/not the app's main frame/);
    await expect(platform.openProject()).rejects.toThrow(/not the app's main frame/);
  });
});
