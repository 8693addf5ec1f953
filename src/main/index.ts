/**
 * The Electron main process entry: app lifecycle, the app:// protocol, security defaults, IPC, menu, and files
 * handed to the app by the command line, the OS or a second launch.
 *
 * Why it exists: something has to connect Electron's objects to the plain, tested modules beside this file.
 * It holds no decisions of its own — those live in security.ts, app-protocol.ts, ipc-guard.ts, handlers.ts,
 * close-guard.ts, argv.ts and menu.ts — so it stays short and needs no unit test of its own (the end-to-end
 * test launches it where an Electron binary exists).
 */
import { app, ipcMain, Menu, protocol, session as electronSession, shell } from 'electron';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { invokeChannels } from '../shared/ipc';
import type { MenuCommandDescriptor } from '../shared/menu-commands';
import { APP_ENTRY_URL, APP_SCHEME, mimeTypeFor, resolveAppFile, responseHeadersFor } from './app-protocol';
import { projectPathsFromArgv } from './argv';
import { atomicWriteFile } from './atomic-write';
import { createBackupStore } from './backups';
import { createHandlers, type MainDeps } from './handlers';
import { createIpcGuard, trustedFrameCheck } from './ipc-guard';
import { menuTemplate } from './menu';
import { projectValidator } from './project-validator';
import { createRecentFiles } from './recent-files';
import { appOrigins, denyAllPermissions, isAllowedExternalUrl, secureWebContents } from './security';
import { createWindowManager, projectDialogs, sendEvent } from './windows';

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const isDev = !app.isPackaged;
const origins = appOrigins(devServerUrl);
const rendererDir = path.join(import.meta.dirname, '../renderer');
const preloadPath = path.join(import.meta.dirname, '../preload/index.cjs');

// Every renderer is sandboxed, whatever a window's options say.
app.enableSandbox();
// app:// must be a standard, secure scheme so it has a real origin, CSP 'self' and fetch work on it.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

/** Files to open that arrived before the app was ready (macOS sends open-file early). */
const early: string[] = projectPathsFromArgv(process.argv, process.cwd());
let quitting = false;

if (!app.requestSingleInstanceLock({ files: early })) {
  // Another Layerwise is running; it received our files through 'second-instance'.
  app.quit();
} else {
  const userData = () => app.getPath('userData');
  let deps: MainDeps | null = null;
  const windows = createWindowManager({
    preloadPath,
    iconPath: path.join(rendererDir, 'icon.png'),
    entryUrl: devServerUrl ?? APP_ENTRY_URL,
    isDev,
    windowStatePath: path.join(app.getPath('userData'), 'window-state.json'),
    deps: () => {
      if (!deps) throw new Error('Layerwise tried to open a window before it finished starting.');
      return deps;
    },
    onQuitCancelled: () => (quitting = false),
    onWindowClosed: () => {
      if (quitting) app.quit(); // a quit paused for "Save" carries on
    },
  });

  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const data = additionalData as { files?: unknown } | null;
    const files = Array.isArray(data?.files)
      ? data.files.filter((f): f is string => typeof f === 'string')
      : projectPathsFromArgv(argv, workingDirectory);
    if (files.length > 0) void windows.openFiles(files);
    else void windows.focusOrCreate();
  });

  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (app.isReady() && deps) void windows.openFiles([filePath]);
    else early.push(filePath);
  });

  app.on('web-contents-created', (_event, contents) => {
    secureWebContents(contents, origins, (url) => {
      if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    });
  });

  app.on('before-quit', () => (quitting = true));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (windows.count() === 0 && deps) void windows.create();
  });

  void app.whenReady().then(async () => {
    denyAllPermissions(electronSession.defaultSession);

    protocol.handle(APP_SCHEME, async (request) => {
      const file = resolveAppFile(request.url, rendererDir);
      if (!file) return new Response('Not found', { status: 404 });
      try {
        const body = await fsp.readFile(file);
        return new Response(body, { headers: responseHeadersFor(file, mimeTypeFor(file)) });
      } catch {
        return new Response('Not found', { status: 404 });
      }
    });

    // The menu starts with the native items only; the renderer sends its commands once it has registered them.
    const setMenuCommands = (commands: readonly MenuCommandDescriptor[]) => {
      const template = menuTemplate(commands, process.platform, {
        appName: app.getName(),
        isDev,
        onCommand: (id) => {
          const entry = windows.focused();
          if (entry) sendEvent(entry.window, 'menu:command', { id });
        },
      });
      try {
        Menu.setApplicationMenu(Menu.buildFromTemplate(template));
      } catch (error) {
        console.warn(`Layerwise could not build its menu from the page's commands: ${String(error)}`);
      }
    };
    setMenuCommands([]);

    const dialogs = projectDialogs(windows.windowFor, () => app.getPath('documents'));
    deps = {
      platform: process.platform,
      appVersion: app.getVersion(),
      ...dialogs,
      writeFile: (filePath, text) => atomicWriteFile(filePath, text),
      openExternal: (url) => shell.openExternal(url),
      validator: projectValidator,
      recent: createRecentFiles({ storePath: path.join(userData(), 'recent-files.json') }),
      backups: createBackupStore(path.join(userData(), 'backups')),
      liveBackupIds: windows.liveBackupIds,
      setMenuCommands,
      onFileUsed: (filePath) => app.addRecentDocument(filePath),
    };

    const guard = createIpcGuard(invokeChannels, trustedFrameCheck(origins), (rejection) =>
      console.warn(rejection.message),
    );
    const handlers = createHandlers(deps);
    for (const channel of guard.channels) {
      ipcMain.handle(channel, (event, payload: unknown) => {
        const entry = windows.entryFor(event.sender.id);
        if (!entry) throw new Error(`IPC call on "${channel}" refused: it did not come from a Layerwise window.`);
        return guard.dispatch(channel, event, payload, handlers, { session: entry.session, window: entry.controls });
      });
    }

    const files = early.splice(0);
    if (files.length > 0) await windows.openFiles(files);
    else await windows.create();
  });
}
