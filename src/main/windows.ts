/**
 * Creates Layerwise windows and keeps, for each, its session (see session.ts) and native controls.
 *
 * Why it exists: this is the Electron-facing glue between a BrowserWindow and the plain modules: where the
 * window goes on screen (window-state.ts), what it may load (security.ts, app-protocol.ts), what happens when
 * it closes (close-guard.ts) and how files reach it. Decisions stay in those modules; this file only connects.
 */
import { app, BrowserWindow, dialog, screen } from 'electron';
import path from 'node:path';
import {
  eventChannels,
  type EventChannel,
  type EventPayload,
  type NativeTexts,
  type OpenedFile,
  type Result,
  type UnsavedChoice,
} from '../shared/ipc';
import { createCloseGuard } from './close-guard';
import { projectFilters, unsavedPromptOptions } from './native-texts';
import { openIntoSession, type MainDeps, type WindowControls } from './handlers';
import { canReuseForOpen, createSession, type WindowSession } from './session';
import { clampToDisplays, loadWindowState, saveWindowState, type Bounds } from './window-state';
import { windowOptions } from './window-options';

export interface WindowEntry {
  window: BrowserWindow;
  session: WindowSession;
  controls: WindowControls;
}

export interface WindowManagerOptions {
  preloadPath: string;
  /** The window's icon (out/renderer/icon.png, drawn from public/icon.svg); Linux shows it in the task bar. */
  iconPath: string;
  /** The URL the renderer is loaded from: app://layerwise/index.html, or the dev server while developing. */
  entryUrl: string;
  isDev: boolean;
  windowStatePath: string;
  deps: () => MainDeps;
  onQuitCancelled: () => void;
  onWindowClosed: () => void;
}

const CASCADE = 28;

/** Sends an event to a page after checking it against the channel table, like every other IPC message. */
export function sendEvent<C extends EventChannel>(window: BrowserWindow, channel: C, payload: EventPayload<C>): void {
  const checked = eventChannels[channel].safeParse(payload);
  if (!checked.success) throw new Error(`Refusing to send a malformed "${channel}" event to the page.`);
  if (!window.isDestroyed()) window.webContents.send(channel, checked.data);
}

export function createWindowManager(options: WindowManagerOptions) {
  const entries = new Map<number, WindowEntry>();
  const byControls = new Map<WindowControls, BrowserWindow>();

  const closeGuard = createCloseGuard({
    confirm: (session) => {
      const entry = [...entries.values()].find((e) => e.session === session);
      return entry
        ? confirmUnsaved(entry.window, entry.window.getTitle(), session.nativeTexts)
        : Promise.resolve('discard');
    },
    requestSave: (session) => {
      const entry = [...entries.values()].find((e) => e.session === session);
      if (entry) sendEvent(entry.window, 'window:saveBeforeClose', null);
    },
    closeWindow: (session) => [...entries.values()].find((e) => e.session === session)?.window.close(),
    onQuitCancelled: options.onQuitCancelled,
  });

  async function initialBounds(): Promise<{ bounds: Bounds; maximized: boolean }> {
    const primary = screen.getPrimaryDisplay();
    const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
    const areas = [primary.workArea, ...others.map((d) => d.workArea)];
    const saved = await loadWindowState(options.windowStatePath);
    const offset = entries.size * CASCADE;
    const base = saved ? { ...saved.bounds, x: saved.bounds.x + offset, y: saved.bounds.y + offset } : null;
    return { bounds: clampToDisplays(base, areas), maximized: saved?.maximized ?? false };
  }

  async function create(): Promise<WindowEntry> {
    const { bounds, maximized } = await initialBounds();
    const base = windowOptions({
      preloadPath: options.preloadPath,
      iconPath: options.iconPath,
      bounds,
      title: 'Layerwise',
      isDev: options.isDev,
      locales: [app.getLocale(), ...app.getPreferredSystemLanguages()],
    });
    const window = new BrowserWindow({
      ...base,
      // Restated as literals so the static security scan (npm run audit:electron) can see them; windowOptions()
      // sets the same values and its unit test pins them down.
      webPreferences: {
        ...base.webPreferences,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        disableBlinkFeatures: 'Auxclick',
      },
    });
    const deps = options.deps();
    const session = createSession({
      platform: deps.platform,
      writeBackup: (id, content) => deps.backups.write(id, content),
      onBackupError: (error) => console.warn(`Layerwise could not write a crash-recovery backup: ${String(error)}`),
    });
    const controls: WindowControls = {
      setTitle: (title) => window.setTitle(title),
      setDocumentEdited: (edited) => window.setDocumentEdited(edited),
      close: () => window.close(),
    };
    const entry: WindowEntry = { window, session, controls };
    const id = window.webContents.id;
    entries.set(id, entry);
    byControls.set(controls, window);

    window.once('ready-to-show', () => {
      if (maximized) window.maximize();
      window.show();
    });
    window.on('close', (event) => {
      closeGuard.onClose(session, event);
      if (!event.defaultPrevented && entries.size === 1) {
        void saveWindowState(options.windowStatePath, {
          bounds: window.getNormalBounds(),
          maximized: window.isMaximized(),
        }).catch(() => undefined);
      }
    });
    let pageGone = false;
    window.on('closed', () => {
      entries.delete(id);
      byControls.delete(controls);
      // Closed on purpose (clean, saved or "Don't Save"): nothing is left to recover. After a page crash the
      // backup is the only copy of the work, so it stays for the next launch to offer.
      if (!pageGone)
        void session.backupWriter
          .cancel()
          .then(() => deps.backups.discard(session.backupId))
          .catch(() => undefined);
      options.onWindowClosed();
    });
    window.webContents.on('render-process-gone', (_event, details) => {
      console.error(
        `The Layerwise page stopped (${details.reason}); its last backup is kept for recovery at the next launch.`,
      );
      pageGone = true;
      // A dead page cannot save, so closing must not ask; the work survives in the backup.
      session.dirty = false;
      void session.backupWriter.flush();
    });
    await window.loadURL(options.entryUrl);
    return entry;
  }

  /** Opens files chosen outside the app (command line, OS, second launch): one window each unless one is empty. */
  async function openFiles(paths: readonly string[]): Promise<void> {
    for (const filePath of paths) {
      const focused = BrowserWindow.getFocusedWindow();
      const candidate = (focused && entries.get(focused.webContents.id)) ?? [...entries.values()][0];
      const entry = candidate && canReuseForOpen(candidate.session) ? candidate : await create();
      const result: Result<OpenedFile> = await openIntoSession(options.deps(), entry.session, filePath);
      if (entry.session.rendererReady) {
        if (result.ok) entry.session.currentPath = result.value.path;
        sendEvent(entry.window, 'file:openRequested', result);
      } else {
        entry.session.pending.push(result);
      }
      if (entry.window.isMinimized()) entry.window.restore();
      entry.window.focus();
    }
  }

  /** A second launch without files brings the running app forward instead of starting another. */
  async function focusOrCreate(): Promise<void> {
    const entry = [...entries.values()][0];
    if (!entry) {
      await create();
      return;
    }
    if (entry.window.isMinimized()) entry.window.restore();
    entry.window.focus();
  }

  return {
    create,
    openFiles,
    focusOrCreate,
    entryFor: (webContentsId: number) => entries.get(webContentsId),
    windowFor: (controls: WindowControls) => byControls.get(controls),
    focused: () => {
      const window = BrowserWindow.getFocusedWindow();
      return window ? entries.get(window.webContents.id) : undefined;
    },
    count: () => entries.size,
    liveBackupIds: () => new Set([...entries.values()].map((e) => e.session.backupId)),
  };
}

export type WindowManager = ReturnType<typeof createWindowManager>;

/** Save / Don't Save / Cancel, in the window's words (native-texts.ts). */
export async function confirmUnsaved(
  window: BrowserWindow | undefined,
  name: string,
  texts?: NativeTexts,
): Promise<UnsavedChoice> {
  const options = unsavedPromptOptions(name, texts);
  const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
}

export function projectDialogs(
  windowFor: (controls: WindowControls) => BrowserWindow | undefined,
  documentsFolder: () => string,
) {
  return {
    async showOpenDialog(controls: WindowControls, texts?: NativeTexts): Promise<string | null> {
      const window = windowFor(controls);
      const options = { properties: ['openFile' as const], filters: projectFilters(texts) };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
    },
    async showSaveDialog(
      controls: WindowControls,
      suggestedName: string,
      folder: string | null,
      texts?: NativeTexts,
    ): Promise<string | null> {
      const window = windowFor(controls);
      const options = {
        defaultPath: path.join(folder ?? documentsFolder(), suggestedName),
        filters: projectFilters(texts),
      };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    confirmUnsaved: (controls: WindowControls, name: string, texts?: NativeTexts) =>
      confirmUnsaved(windowFor(controls), name, texts),
  };
}
