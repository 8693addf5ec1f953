/**
 * Crash-recovery copies of unsaved work, kept in userData/backups until the work is saved or discarded.
 *
 * Why it exists: if Layerwise or the computer crashes, the next launch offers the last unsaved state of each
 * open document. Each window has a backup id; its backup is two files: `<id>.nnproj` (the project text) and
 * `<id>.json` (name, original path, time), written in that order so the metadata never points at a missing
 * project. Listing reads only the small metadata files. Ids are checked against a strict pattern before they
 * become file names, so an id can never name a path outside the folder.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BackupId, problemsFailure, type BackupInfo, type RestoredBackup, type Result } from '../shared/ipc';
import { atomicWriteFile, removeStaleTemps } from './atomic-write';
import { errorCode, fsProblem } from './fs-errors';

const Meta = z.object({
  format: z.literal('layerwise-backup'),
  version: z.literal(1),
  name: z.string().min(1),
  path: z.string().nullable(),
  savedAt: z.string(),
});

export interface BackupContent {
  name: string;
  /** The file the document was last opened from or saved to, if any. */
  path: string | null;
  text: string;
}

/** The writes a backup store makes, so tests can make one fail as a full disk would. */
export interface BackupFs {
  writeFile(filePath: string, data: string | Uint8Array): Promise<void>;
}

const atomicBackupFs: BackupFs = { writeFile: (filePath, data) => atomicWriteFile(filePath, data) };

export function createBackupStore(folder: string, now: () => Date = () => new Date(), fs: BackupFs = atomicBackupFs) {
  function filesFor(id: string): { text: string; meta: string } {
    if (!BackupId.safeParse(id).success) throw new Error(`“${id}” is not a valid backup id.`);
    return { text: path.join(folder, `${id}.nnproj`), meta: path.join(folder, `${id}.json`) };
  }

  async function readMeta(id: string): Promise<BackupInfo | null> {
    try {
      const parsed = Meta.safeParse(JSON.parse(await fsp.readFile(filesFor(id).meta, 'utf8')));
      if (!parsed.success) return null;
      await fsp.access(filesFor(id).text);
      return { id, name: parsed.data.name, path: parsed.data.path, savedAt: parsed.data.savedAt };
    } catch {
      return null;
    }
  }

  async function discard(id: string): Promise<void> {
    const files = filesFor(id);
    // Metadata first: a half-removed backup must not be listed.
    for (const file of [files.meta, files.text]) {
      await fsp.unlink(file).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOENT') throw error;
      });
    }
  }

  return {
    async write(id: string, content: BackupContent): Promise<void> {
      const files = filesFor(id);
      await fsp.mkdir(folder, { recursive: true });
      await fs.writeFile(files.text, content.text);
      const meta = {
        format: 'layerwise-backup',
        version: 1,
        name: content.name,
        path: content.path,
        savedAt: now().toISOString(),
      };
      await fs.writeFile(files.meta, JSON.stringify(meta, null, 2));
    },

    /** Backups left by earlier sessions (newest first), leaving out the ids of windows open right now. */
    async list(liveIds: ReadonlySet<string> = new Set()): Promise<BackupInfo[]> {
      let names: string[];
      await removeStaleTemps(folder); // saves that a crash interrupted; listing runs at every start
      try {
        names = await fsp.readdir(folder);
      } catch {
        return [];
      }
      const ids = names
        .filter((name) => name.endsWith('.json'))
        .map((name) => name.slice(0, -'.json'.length))
        .filter((id) => BackupId.safeParse(id).success && !liveIds.has(id));
      const infos = await Promise.all(ids.map(readMeta));
      return infos
        .filter((info): info is BackupInfo => info !== null)
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },

    async read(id: string): Promise<Result<RestoredBackup>> {
      const info = await readMeta(id);
      if (!info)
        return problemsFailure([
          {
            code: 'backup-gone',
            params: {},
            message: 'That unsaved work is no longer available: its backup was removed or is damaged.',
          },
        ]);
      try {
        return { ok: true, value: { ...info, text: await fsp.readFile(filesFor(id).text, 'utf8') } };
      } catch (error) {
        return problemsFailure([fsProblem(error, 'read', filesFor(id).text)]);
      }
    },

    /**
     * Makes an old backup the backup of a live window (after a restore) under the id `newId`, which must not
     * hold a backup yet. Crash-safe: the new pair is written first (text, then metadata, each atomically),
     * and only then is the old pair removed (metadata first), so at every moment at least one complete pair
     * is listed; a crash between the steps leaves a duplicate, never a loss. A failure removes what was
     * written of the new pair and leaves the old one as it was.
     */
    async adopt(oldId: string, newId: string): Promise<void> {
      if (oldId === newId) return;
      const from = filesFor(oldId);
      const to = filesFor(newId);
      try {
        await fs.writeFile(to.text, await fsp.readFile(from.text));
        await fs.writeFile(to.meta, await fsp.readFile(from.meta));
      } catch (error) {
        await discard(newId).catch(() => undefined);
        throw error;
      }
      await discard(oldId);
    },

    discard,
  };
}

export type BackupStore = ReturnType<typeof createBackupStore>;
