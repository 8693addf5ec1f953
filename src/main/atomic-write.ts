/**
 * Writes a file so that it is either fully the new content or untouched: never half-written.
 *
 * Why it exists: a crash, a full disk or a pulled USB stick in the middle of a plain writeFile leaves a
 * truncated project file and the user's work is gone. Here the data goes to a temporary file beside the
 * target, is flushed to disk (fsync), and only then renamed over the target (atomic on the same file system);
 * finally the folder is flushed so the rename itself survives a power cut. Any failure removes the temporary
 * file and leaves the old file byte-identical. The file system is a small interface so tests can inject a
 * failure between the write and the rename.
 */
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { errorCode, fsProblem, type FsProblem } from './fs-errors';

export interface WritableHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  chmod?(mode: number): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The few file-system calls an atomic write needs. */
export interface AtomicFs {
  open(filePath: string, flags: string, mode?: number): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
  /** Resolves symlinks so a linked project file is replaced where it really lives. */
  realpath(filePath: string): Promise<string>;
  stat(filePath: string): Promise<{ mode: number; isFile(): boolean; isDirectory(): boolean }>;
  /** Names in a folder, to find temporary files an interrupted save left behind. */
  readdir(folder: string): Promise<string[]>;
}

export const nodeAtomicFs: AtomicFs = {
  open: (filePath, flags, mode) => fsp.open(filePath, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (filePath) => fsp.unlink(filePath),
  realpath: (filePath) => fsp.realpath(filePath),
  stat: (filePath) => fsp.stat(filePath),
  readdir: (folder) => fsp.readdir(folder),
};

/**
 * An error whose message is a sentence for the user, and `problem` the same as data for the window to word
 * in its language; `code` keeps the system code for logs and tests.
 */
export class FileOperationError extends Error {
  constructor(
    readonly problem: FsProblem,
    readonly code: string | undefined,
  ) {
    super(problem.message);
    this.name = 'FileOperationError';
  }
}

export function tempPathFor(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
}

/**
 * Where to write and with which permissions. A symbolic link is followed, but only to a regular file:
 * replacing a device, a named pipe or a folder with a project file would destroy what was there.
 */
async function resolveTarget(fs: AtomicFs, target: string): Promise<{ file: string; mode: number | undefined }> {
  let file: string;
  let info: Awaited<ReturnType<AtomicFs['stat']>>;
  try {
    file = await fs.realpath(target);
    info = await fs.stat(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { file: target, mode: undefined }; // a new file
    throw error;
  }
  if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREGULAR' });
  return { file, mode: info.mode & 0o7777 };
}

const TEMP = /^\.(.+)\.(\d+)[.-][0-9a-f]{8}\.tmp$/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/**
 * Removes the temporary files that saves killed half-way (a crash, SIGKILL) left in `folder`: those named
 * like tempPathFor's whose process no longer runs; `forFile` limits it to the temporaries of one file.
 * Best effort: a failure to list or remove is ignored, the next save tries again.
 */
export async function removeStaleTemps(folder: string, forFile?: string, fs: AtomicFs = nodeAtomicFs): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || (forFile !== undefined && m[1] !== forFile)) continue;
    const pid = Number(m[2]);
    if (pid === process.pid || isRunning(pid)) continue;
    await fs.unlink(path.join(folder, name)).catch(() => undefined);
  }
}

async function syncFolder(fs: AtomicFs, folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open or fsync a directory; the rename is already done, so this is best effort.
  }
}

export async function atomicWriteFile(
  target: string,
  data: string | Uint8Array,
  fs: AtomicFs = nodeAtomicFs,
): Promise<void> {
  let temp: string | null = null;
  try {
    const { file, mode } = await resolveTarget(fs, target);
    await removeStaleTemps(path.dirname(file), path.basename(file), fs);
    temp = tempPathFor(file);
    // 'wx': never follow or reuse something already at the temporary name.
    const handle = await fs.open(temp, 'wx', mode ?? 0o644);
    try {
      await handle.writeFile(data);
      if (mode !== undefined) await handle.chmod?.(mode); // open's mode is filtered by the umask
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
    temp = null;
    await syncFolder(fs, path.dirname(file));
  } catch (error) {
    if (temp !== null) await fs.unlink(temp).catch(() => undefined);
    throw new FileOperationError(fsProblem(error, 'save', target), errorCode(error));
  }
}
