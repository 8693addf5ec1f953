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
import { describeFsError, errorCode } from './fs-errors';

export interface WritableHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
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
  stat(filePath: string): Promise<{ mode: number }>;
}

export const nodeAtomicFs: AtomicFs = {
  open: (filePath, flags, mode) => fsp.open(filePath, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (filePath) => fsp.unlink(filePath),
  realpath: (filePath) => fsp.realpath(filePath),
  stat: (filePath) => fsp.stat(filePath),
};

/** An error whose message is a sentence for the user; `code` keeps the system code for logs and tests. */
export class FileOperationError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'FileOperationError';
  }
}

export function tempPathFor(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
}

async function resolveTarget(fs: AtomicFs, target: string): Promise<{ file: string; mode: number | undefined }> {
  try {
    const file = await fs.realpath(target);
    return { file, mode: (await fs.stat(file)).mode & 0o777 };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { file: target, mode: undefined }; // a new file
    throw error;
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
    temp = tempPathFor(file);
    // 'wx': never follow or reuse something already at the temporary name.
    const handle = await fs.open(temp, 'wx', mode ?? 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
    temp = null;
    await syncFolder(fs, path.dirname(file));
  } catch (error) {
    if (temp !== null) await fs.unlink(temp).catch(() => undefined);
    throw new FileOperationError(describeFsError(error, 'save', target), errorCode(error));
  }
}
