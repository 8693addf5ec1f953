/**
 * Writing `--out`: only ever a regular file, and never half of one.
 *
 * checkOutputTarget runs before training, so a bad path costs nothing: the path must be absent or a regular
 * file (a device, a FIFO, a folder or a socket is refused; a symbolic link is followed only to a regular
 * file, and the user is told), and its folder must exist and be writable. writeFileAtomic then writes a
 * temporary file beside the target with the mode of the file it replaces, flushes it and renames it over the
 * target (atomic within one folder), so the target holds either the old project or the new one.
 *
 * A save killed half-way leaves its temporary file behind; the next save to the same folder (or the next
 * `train --out` there) removes those whose process is gone.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, lstat, open, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileKind } from './input-file';
import { InvalidInputError } from './io';

export interface OutputTarget {
  /** The file to replace: the path given, or where its symbolic link points. */
  path: string;
  /** Permission bits of the file being replaced; absent for a new file. */
  mode?: number;
  /** Set when the path given was a symbolic link, for a note to the user. */
  linkedFrom?: string;
}

const TEMP = /^\.(.+)\.(\d+)[.-][0-9a-f]{8}\.tmp$/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files of interrupted saves to `target` (theirs is a process that no longer runs). */
export async function removeStaleTemps(target: string): Promise<string[]> {
  const folder = dirname(target);
  const name = basename(target);
  let entries: string[];
  try {
    entries = await readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    const m = TEMP.exec(entry);
    if (!m || m[1] !== name) continue;
    const pid = Number(m[2]);
    if (pid === process.pid || isRunning(pid)) continue;
    await rm(join(folder, entry), { force: true });
    removed.push(entry);
  }
  return removed;
}

/** Checks where `--out` may write before any work is done; throws InvalidInputError naming the problem. */
export async function checkOutputTarget(path: string, label: string): Promise<OutputTarget> {
  let target: OutputTarget = { path };
  const link = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new InvalidInputError(`--out ${label} cannot be used (${error.code ?? error.message}). Choose another path.`);
  });
  if (link?.isSymbolicLink()) {
    const real = await realpath(path).catch(() => null);
    const info = real === null ? null : await stat(real).catch(() => null);
    if (real === null || info === null) {
      throw new InvalidInputError(
        `--out ${label} is a symbolic link to nothing; remove the link or choose another path.`,
      );
    }
    const kind = fileKind(info);
    if (kind) {
      throw new InvalidInputError(
        `--out ${label} is a symbolic link to ${real}, which is ${kind}; --out only replaces regular files. Choose another path.`,
      );
    }
    target = { path: real, mode: info.mode & 0o7777, linkedFrom: label };
  } else if (link) {
    const kind = fileKind(link);
    if (kind === 'a folder') {
      throw new InvalidInputError(
        `--out ${label} is a folder; give a file name such as ${label.replace(/[\\/]*$/, '')}/trained.nnproj.`,
      );
    }
    if (kind)
      throw new InvalidInputError(`--out ${label} is ${kind}; --out only replaces regular files. Choose another path.`);
    target.mode = link.mode & 0o7777;
  }
  const folder = dirname(target.path);
  const folderInfo = await stat(folder).catch(() => null);
  if (!folderInfo?.isDirectory()) {
    throw new InvalidInputError(
      `--out ${label}: the folder ${folder} does not exist. Create it first or choose another path.`,
    );
  }
  try {
    await access(folder, constants.W_OK);
  } catch {
    throw new InvalidInputError(
      `--out ${label}: you may not write in the folder ${folder}, so the trained project could not be saved there. Choose another folder.`,
    );
  }
  await removeStaleTemps(target.path);
  return target;
}

/** Writes text to target.path atomically, keeping target.mode (see the top of this file). */
export async function writeFileAtomic(target: OutputTarget | string, text: string): Promise<void> {
  const { path, mode } = typeof target === 'string' ? { path: target, mode: undefined } : target;
  await removeStaleTemps(path);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', mode ?? 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      if (mode !== undefined) await handle.chmod(mode); // open's mode is filtered by the umask
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
