/**
 * The Platform for the desktop app, over the preload's `window.layerwise` API.
 *
 * Why it exists: the preload returns results as values ({ok, value} or {ok, message}) because Electron mangles
 * thrown errors; the UI wants plain promises that reject with the user-facing sentence. This adapter does that
 * translation and nothing else, so all real decisions stay in main.
 */
import type { LayerwiseApi } from '../../preload/api';
import type { Platform, ProjectFile } from './types';

type Result<T> = { ok: true; value: T } | { ok: false; message: string };

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function toProjectFile(file: { fileName: string; path: string; text: string }): ProjectFile {
  return { fileName: file.fileName, text: file.text, handle: file.path };
}

function report(what: string) {
  return (error: unknown) =>
    console.warn(`Layerwise could not ${what}: ${error instanceof Error ? error.message : String(error)}`);
}

export function createElectronPlatform(api: LayerwiseApi): Platform {
  const platform: Platform = {
    kind: 'electron',
    async openProject() {
      const file = unwrap(await api.openProject());
      return file ? toProjectFile(file) : null;
    },
    async saveProject(text, suggestedName, handle) {
      if (!handle) return platform.saveProjectAs(text, suggestedName);
      const saved = unwrap(await api.saveProject(text, handle));
      return { fileName: saved.fileName, handle: saved.path };
    },
    async saveProjectAs(text, suggestedName) {
      const saved = unwrap(await api.saveProjectAs(text, suggestedName));
      return saved ? { fileName: saved.fileName, handle: saved.path } : null;
    },
    async recentFiles() {
      const list = await api.recentFiles();
      return {
        files: list.files.map((f) => ({ id: f.path, fileName: f.fileName, path: f.path, openedAt: f.openedAt })),
        note: list.note,
      };
    },
    async openRecent(id) {
      return toProjectFile(unwrap(await api.openPath(id)));
    },
    clearRecentFiles: () => api.clearRecentFiles(),
    setTitle(title) {
      api.setTitle(title).catch(report('set the window title'));
    },
    setDirty(dirty) {
      api.setDirty(dirty).catch(report('record unsaved changes'));
    },
    appVersion: () => api.appVersion(),
    confirmUnsaved: (name) => api.confirmUnsaved(name),
    async openExternal(url) {
      if (!(await api.openExternal(url)))
        throw new Error(`Layerwise opens only https links in the browser; “${url}” was not opened.`);
    },
    backups: {
      write(name, text) {
        api.writeBackup(name, text).catch(report('write a crash-recovery backup'));
      },
      list: () => api.listBackups(),
      async restore(id) {
        return unwrap(await api.restoreBackup(id));
      },
      discard: (id) => api.discardBackup(id),
    },
    setMenuCommands(commands) {
      api.setMenuCommands(commands).catch(report('update the menu'));
    },
    onMenuCommand: (callback) => api.onMenuCommand(callback),
    onOpenFile: (callback) =>
      api.onOpenFile((result) =>
        callback(result.ok ? { ok: true, file: toProjectFile(result.value) } : { ok: false, message: result.message }),
      ),
    onSaveBeforeClose: (callback) => api.onSaveBeforeClose(callback),
    closeWindow: () => api.closeWindow(),
  };
  return platform;
}
