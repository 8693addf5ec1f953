/**
 * Reading a file the user named (a project, a dataset CSV, the rows to predict): only a regular file is read,
 * never a device, a named pipe or a folder, and every way it can fail is an InvalidInputError (exit 2) that
 * names the file and says what to do. The file is opened non-blocking, so a FIFO is refused at once instead
 * of waiting for a writer; its type is checked on the open handle, so nothing can swap it in between.
 */
import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { decodeText, type TextEncoding } from '../project/text-decode';
import { wordProblem } from './i18n';
import { InvalidInputError } from './io';

/** What a path holds when it is not a regular file, in words. */
export function fileKind(info: Stats): string | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

export interface ReadInputOptions {
  /** What the file should be, for messages: "a project file", "a CSV file". */
  what: string;
  /** Refuse files larger than this many bytes; `limitMessage` says why. */
  maxBytes?: number;
  limitMessage?: (size: number) => string;
  /** Where relative paths were resolved from, named when the file is missing. */
  relativeTo?: string;
}

function openFailure(error: unknown, label: string, options: ReadInputOptions): InvalidInputError {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return new InvalidInputError(
        `${label}: no such file. Check the path${options.relativeTo ? ` (it is relative to ${options.relativeTo})` : ''}.`,
      );
    case 'EACCES':
    case 'EPERM':
      return new InvalidInputError(
        `${label}: permission denied; you may not read this file. Check its permissions (ls -l) or copy it somewhere you can read.`,
      );
    case 'ENOTDIR':
      return new InvalidInputError(`${label}: a part of the path is a file, not a folder. Check the path.`);
    case 'ELOOP':
      return new InvalidInputError(`${label}: the path goes round a loop of symbolic links. Check the links.`);
    case 'ENAMETOOLONG':
      return new InvalidInputError(`${label}: the path is too long.`);
    default:
      return new InvalidInputError(
        `${label} cannot be read (${code ?? (error as Error).message}). Give ${options.what}.`,
      );
  }
}

/** The bytes of a regular file, or an InvalidInputError naming the file and the problem. */
export async function readInputBytes(path: string, label: string, options: ReadInputOptions): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw openFailure(error, label, options);
  }
  try {
    const info = await handle.stat();
    const kind = fileKind(info);
    if (kind) throw new InvalidInputError(`${label} is ${kind}, not a file. Give the path of ${options.what}.`);
    if (options.maxBytes !== undefined && info.size > options.maxBytes) {
      throw new InvalidInputError(options.limitMessage?.(info.size) ?? `${label} is too large.`);
    }
    return await handle.readFile();
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw openFailure(error, label, options);
  } finally {
    await handle.close();
  }
}

/** A regular file read and decoded as text (UTF-8, UTF-16 with a BOM or Shift-JIS; see text-decode.ts). */
export async function readInputText(
  path: string,
  label: string,
  options: ReadInputOptions & { encoding?: TextEncoding },
): Promise<string> {
  const decoded = decodeText(await readInputBytes(path, label, options), label, { encoding: options.encoding });
  if (!decoded.ok) throw new InvalidInputError(wordProblem(decoded));
  return decoded.text;
}
