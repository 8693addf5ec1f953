/**
 * The Platform for the browser build: Open is a file picker, Save is a download, recent files and crash
 * backups live in the browser's storage (IndexedDB, else localStorage).
 *
 * Why it exists: the end-to-end tests and people without the desktop app run the same UI in a web page, where
 * there is no file system access. A page never learns a file's path, so "Save" always downloads, and a recent
 * file is the copy of the text kept when it was last opened or saved. The DOM and storage sit behind
 * `BrowserEnv` so the behaviour is unit-tested in Node with fakes; `domEnv()` is the real binding.
 */
import i18next from 'i18next';
import { checkProjectSize } from '../../project';
import { projectFileName } from '../../shared/file-names';
import type { KeyValueStore } from './key-value-store';
import { PlatformError, type BackupEntry, type Platform, type RecentEntry } from './types';

/** A failure with its sentence as a coded problem, which the UI words in its language. */
const coded = (code: string, params: Record<string, string>, message: string) =>
  new PlatformError(message, [{ code, params, message }]);

export interface PickedFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

export interface BrowserEnv {
  pickFile(accept: string): Promise<PickedFile | null>;
  download(fileName: string, text: string): void;
  /** Downloads bytes under `fileName` (an <a download> link in the page). */
  downloadBytes(fileName: string, bytes: Uint8Array, mimeType: string): void;
  setDocumentTitle(title: string): void;
  /** Turns the browser's own "Leave site? Changes you made may not be saved" prompt on or off. */
  setLeaveWarning(enabled: boolean): void;
  confirm(message: string): boolean;
  openWindow(url: string): void;
  store: () => Promise<KeyValueStore>;
  version: string;
  newId(): string;
  now(): Date;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const MAX_RECENT = 10;
export const BACKUP_DELAY_MS = 1000;
const RECENT_KEY = 'recent:list';
const recentTextKey = (id: string) => `recent-file:${id}`;
const BACKUP_PREFIX = 'backup:';

interface StoredBackup {
  name: string;
  savedAt: string;
  text: string;
}

export function createBrowserPlatform(env: BrowserEnv): Platform {
  const sessionId = env.newId();
  let storePromise: Promise<KeyValueStore> | null = null;
  const store = () => (storePromise ??= env.store());
  let backupTimer: unknown = null;
  let backupPending: { name: string; text: string } | null = null;

  async function remember(fileName: string, text: string): Promise<void> {
    const kv = await store();
    const list = (await kv.get<RecentEntry[]>(RECENT_KEY)) ?? [];
    // A page cannot tell two files of the same name apart; the newest copy wins.
    const previous = list.find((entry) => entry.fileName === fileName);
    const entry: RecentEntry = { id: previous?.id ?? env.newId(), fileName, openedAt: env.now().toISOString() };
    const next = [entry, ...list.filter((e) => e.id !== entry.id)];
    for (const dropped of next.slice(MAX_RECENT)) await kv.delete(recentTextKey(dropped.id));
    await kv.set(recentTextKey(entry.id), text);
    await kv.set(RECENT_KEY, next.slice(0, MAX_RECENT));
  }

  async function dropOwnBackup(): Promise<void> {
    if (backupTimer !== null) env.clearTimeout(backupTimer);
    backupTimer = null;
    backupPending = null;
    await (await store()).delete(BACKUP_PREFIX + sessionId);
  }

  async function download(text: string, suggestedName: string) {
    const fileName = projectFileName(suggestedName);
    env.download(fileName, text);
    await remember(fileName, text).catch(() => undefined);
    await dropOwnBackup().catch(() => undefined);
    return { fileName };
  }

  return {
    kind: 'browser',
    async openProject() {
      const picked = await env.pickFile('.nnproj,application/json');
      if (!picked) return null;
      const tooLarge = checkProjectSize(picked.size, picked.name);
      if (tooLarge) throw new PlatformError(tooLarge.message, [tooLarge]);
      const text = await picked.text();
      await remember(picked.name, text).catch(() => undefined);
      return { fileName: picked.name, text };
    },
    // The browser cannot write back to a file: every save is a download of a fresh copy.
    saveProject: (text, suggestedName) => download(text, suggestedName),
    saveProjectAs: (text, suggestedName) => download(text, suggestedName),
    async recentFiles() {
      return { files: (await (await store()).get<RecentEntry[]>(RECENT_KEY)) ?? [], note: null };
    },
    async openRecent(id) {
      const kv = await store();
      const entry = ((await kv.get<RecentEntry[]>(RECENT_KEY)) ?? []).find((e) => e.id === id);
      const text = await kv.get<string>(recentTextKey(id));
      if (!entry || text === undefined)
        throw coded(
          'browser-recent-gone',
          {},
          'That recent file is no longer stored in this browser. Use Open… to choose it again.',
        );
      await remember(entry.fileName, text);
      return { fileName: entry.fileName, text };
    },
    async clearRecentFiles() {
      const kv = await store();
      for (const key of await kv.keys('recent-file:')) await kv.delete(key);
      await kv.delete(RECENT_KEY);
    },
    setTitle: (title) => env.setDocumentTitle(title),
    setDirty(dirty) {
      env.setLeaveWarning(dirty);
      if (!dirty) void dropOwnBackup().catch(() => undefined);
    },
    appVersion: async () => env.version,
    saveDownload: async (fileName, bytes, mimeType) => env.downloadBytes(fileName, bytes, mimeType),
    // Browsers have no three-button dialog: OK discards, Cancel keeps the work (the UI may offer Save itself).
    confirmUnsaved: async (name) =>
      env.confirm(i18next.t('nativeDialogs.discardUnsaved', { name })) ? 'discard' : 'cancel',
    async openExternal(url) {
      let parsed: URL | null = null;
      try {
        parsed = new URL(url);
      } catch {
        // fall through to the error below
      }
      if (!parsed || parsed.protocol !== 'https:')
        throw coded('link-not-https', { url }, `Layerwise opens only https links; “${url}” was not opened.`);
      env.openWindow(parsed.href);
    },
    backups: {
      write(name, text) {
        backupPending = { name, text };
        if (backupTimer !== null) env.clearTimeout(backupTimer);
        backupTimer = env.setTimeout(() => {
          backupTimer = null;
          const pending = backupPending;
          backupPending = null;
          if (!pending) return;
          const record: StoredBackup = { ...pending, savedAt: env.now().toISOString() };
          void store()
            .then((kv) => kv.set(BACKUP_PREFIX + sessionId, record))
            .catch((error: unknown) =>
              console.warn(`Layerwise could not keep a backup of unsaved work: ${String(error)}`),
            );
        }, BACKUP_DELAY_MS);
      },
      async list() {
        const kv = await store();
        const entries: BackupEntry[] = [];
        for (const key of await kv.keys(BACKUP_PREFIX)) {
          const id = key.slice(BACKUP_PREFIX.length);
          if (id === sessionId) continue;
          const record = await kv.get<StoredBackup>(key);
          if (record && typeof record.text === 'string')
            entries.push({ id, name: record.name, savedAt: record.savedAt, path: null });
        }
        return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
      },
      async restore(id) {
        const kv = await store();
        const record = id === sessionId ? undefined : await kv.get<StoredBackup>(BACKUP_PREFIX + id);
        if (!record)
          throw coded('browser-backup-gone', {}, 'That unsaved work is no longer available: its backup was removed.');
        // It becomes this tab's backup: replaced by later edits, removed when saved or discarded.
        await kv.set(BACKUP_PREFIX + sessionId, record);
        await kv.delete(BACKUP_PREFIX + id);
        return { id, name: record.name, savedAt: record.savedAt, path: null, text: record.text };
      },
      async discard(id) {
        if (id !== sessionId) await (await store()).delete(BACKUP_PREFIX + id);
      },
    },
    // The browser build's menu lives in the page and calls commands directly; the OS sends nothing.
    setMenuCommands: () => undefined,
    setNativeTexts: () => undefined,
    onMenuCommand: () => () => undefined,
    onOpenFile: () => () => undefined,
    onSaveBeforeClose: () => () => undefined,
    closeWindow: async () => undefined,
  };
}
