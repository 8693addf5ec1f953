/**
 * The "Open Recent" list: the last ten project files, kept in userData so it survives a restart.
 *
 * Why it exists: it is also a permission list. The renderer may ask main to open a path only if that path is
 * on this list (or the user picked it in a dialog), so a compromised page cannot read arbitrary files by
 * naming them. Files that no longer exist are dropped when the list is read, and the caller gets a note to
 * show, instead of a menu entry that fails when clicked.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Problem, type RecentFile, type RecentList } from '../shared/ipc';
import { atomicWriteFile } from './atomic-write';

export const MAX_RECENT_FILES = 10;

const StoredList = z.object({
  version: z.literal(1),
  files: z.array(z.object({ path: z.string().min(1), fileName: z.string().min(1), openedAt: z.string() })),
});

export interface RecentFilesOptions {
  /** The JSON file the list lives in (userData/recent-files.json). */
  storePath: string;
  exists?: (filePath: string) => Promise<boolean>;
  now?: () => Date;
  /** Windows and macOS file systems usually ignore case, so "A.nnproj" and "a.nnproj" are one entry there. */
  platform?: NodeJS.Platform;
}

async function fileExists(filePath: string): Promise<boolean> {
  try {
    return (await fsp.stat(filePath)).isFile();
  } catch {
    return false;
  }
}

export function pathKey(filePath: string, platform: NodeJS.Platform): string {
  const resolved = path.resolve(filePath);
  return platform === 'win32' || platform === 'darwin' ? resolved.toLowerCase() : resolved;
}

export function createRecentFiles(options: RecentFilesOptions) {
  const exists = options.exists ?? fileExists;
  const now = options.now ?? (() => new Date());
  const platform = options.platform ?? process.platform;
  let files: RecentFile[] | null = null;
  // Writes are chained so two quick updates cannot land out of order.
  let writing: Promise<void> = Promise.resolve();

  async function load(): Promise<RecentFile[]> {
    if (files) return files;
    try {
      const parsed = StoredList.safeParse(JSON.parse(await fsp.readFile(options.storePath, 'utf8')));
      files = parsed.success ? parsed.data.files.slice(0, MAX_RECENT_FILES) : [];
    } catch {
      files = []; // no list yet, or an unreadable one: start empty rather than fail to launch
    }
    return files;
  }

  function persist(): Promise<void> {
    const snapshot = JSON.stringify({ version: 1, files }, null, 2);
    writing = writing
      .then(async () => {
        await fsp.mkdir(path.dirname(options.storePath), { recursive: true });
        await atomicWriteFile(options.storePath, snapshot);
      })
      .catch((error: unknown) => console.warn(`Layerwise could not remember the recent files list: ${String(error)}`));
    return writing;
  }

  return {
    async add(filePath: string): Promise<void> {
      const key = pathKey(filePath, platform);
      const current = (await load()).filter((file) => pathKey(file.path, platform) !== key);
      files = [
        { path: path.resolve(filePath), fileName: path.basename(filePath), openedAt: now().toISOString() },
        ...current,
      ].slice(0, MAX_RECENT_FILES);
      await persist();
    },

    /** The list, newest first, without files that have disappeared (which are forgotten, with a note). */
    async list(): Promise<RecentList> {
      const all = await load();
      const present = await Promise.all(all.map((file) => exists(file.path)));
      const missing = all.filter((_, i) => !present[i]);
      if (missing.length === 0) return { files: [...all], note: null };
      files = all.filter((_, i) => present[i]);
      await persist();
      const names = missing.map((file) => `“${file.fileName}”`).join(', ');
      const note =
        missing.length === 1
          ? `${names} was removed from Recent Files because it no longer exists at ${missing[0].path}. It may have been moved, renamed or deleted.`
          : `${names} were removed from Recent Files because they no longer exist where they were. They may have been moved, renamed or deleted.`;
      // The same as data, for the window to word (`recent-removed`, `_several` for several files).
      const params: Record<string, string | number> =
        missing.length === 1 ? { names, path: missing[0].path } : { names, context: 'several' };
      const noteProblem = Problem.safeParse({ code: 'recent-removed', params, message: note });
      return { files: [...files], note, ...(noteProblem.success ? { noteProblem: noteProblem.data } : {}) };
    },

    async has(filePath: string): Promise<boolean> {
      const key = pathKey(filePath, platform);
      return (await load()).some((file) => pathKey(file.path, platform) === key);
    },

    async clear(): Promise<void> {
      files = [];
      await persist();
    },
  };
}

export type RecentFiles = ReturnType<typeof createRecentFiles>;
