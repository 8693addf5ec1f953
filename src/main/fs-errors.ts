/**
 * Turns Node file-system errors into sentences a user can act on, and into the same as data.
 *
 * Why it exists: "ENOSPC: no space left on device, write" means nothing to most people. Every file operation
 * in main reports failures through this one module, so the wording is consistent and names the file. Main
 * does not know the window's language, so a failure also crosses IPC as a problem (`fs-…` code, the action,
 * the file and its folder) that the window words from the catalogue; `message` is the English sentence
 * (src/shared/i18n/en/problems.ts words the code exactly so, which a test checks).
 */
import path from 'node:path';
import type { Problem } from '../shared/ipc';

/** What main was doing with a file; the catalogue words each (`fs.failed.<action>`). */
export const FS_ACTIONS = ['save', 'open', 'read', 'delete'] as const;
export type FsAction = (typeof FS_ACTIONS)[number];

/** A problem of a file operation: `fs-…`, with `action`, `file` (base name), `folder` and maybe `detail`. */
export interface FsProblem extends Problem {
  code: string;
  params: Record<string, string>;
}

const VERB: Record<FsAction, string> = { save: 'save', open: 'open', read: 'read', delete: 'delete' };

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** What went wrong, as a code and the sentence after "Could not <verb> “<name>”" (English). */
function reason(error: unknown, action: FsAction, folder: string): { code: string; text: string; kept: boolean } {
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return {
        code: 'fs-disk-full',
        text: ': the disk is full. Free some space on the disk and try again.',
        kept: true,
      };
    case 'EACCES':
    case 'EPERM':
      return {
        code: 'fs-permission',
        text: `: permission denied in “${folder}”. Choose another folder or check the file's permissions.`,
        kept: true,
      };
    case 'EROFS':
      return { code: 'fs-read-only', text: `: “${folder}” is on a read-only disk. Choose another folder.`, kept: true };
    case 'ENOENT':
      return action === 'save'
        ? {
            code: 'fs-missing',
            text: `: the folder “${folder}” no longer exists. Use Save As to choose another folder.`,
            kept: false,
          }
        : {
            code: 'fs-missing',
            text: `: the file no longer exists at “${folder}”. It may have been moved or deleted.`,
            kept: false,
          };
    case 'EISDIR':
      return { code: 'fs-folder', text: ': it is a folder, not a project file.', kept: false };
    case 'ENOTREGULAR':
      return {
        code: 'fs-not-regular',
        text: ': it is not a regular file (a device, a named pipe or a socket), so Layerwise will not replace it. Use Save As to choose a file.',
        kept: false,
      };
    case 'EBUSY':
      return { code: 'fs-busy', text: ': another program is using it. Close that program and try again.', kept: true };
    case 'ENAMETOOLONG':
      return { code: 'fs-name-too-long', text: ': the path is too long. Choose a shorter name or folder.', kept: true };
    default:
      return { code: 'fs-other', text: '', kept: true };
  }
}

/**
 * A coded problem for a file operation that failed, e.g. `fs-disk-full` with `{ action: 'save', file,
 * folder }`. ENOENT on save has `context: 'save'` (the folder is gone, not the file); any other error is
 * `fs-other` with the system's own `detail`.
 */
export function fsProblem(error: unknown, action: FsAction, filePath: string): FsProblem {
  const file = path.basename(filePath);
  const folder = path.dirname(filePath);
  const verb = VERB[action];
  const kept = action === 'save' ? ' The previous version of the file was not changed.' : '';
  const why = reason(error, action, folder);
  const params: Record<string, string> = { action, file, folder };
  if (why.code === 'fs-missing' && action === 'save') params.context = 'save';
  if (why.code === 'fs-other') {
    const detail = error instanceof Error ? error.message : String(error);
    params.detail = detail;
    return { code: why.code, params, message: `Could not ${verb} “${file}” in “${folder}”: ${detail}.${kept}` };
  }
  return { code: why.code, params, message: `Could not ${verb} “${file}”${why.text}${why.kept ? kept : ''}` };
}

export function describeFsError(error: unknown, action: FsAction, filePath: string): string {
  return fsProblem(error, action, filePath).message;
}

/** That `filePath` is a folder or a device, found before reading it (`fs-not-file`). */
export function notAFileProblem(filePath: string): FsProblem {
  const file = path.basename(filePath);
  return {
    code: 'fs-not-file',
    params: { action: 'open', file, folder: path.dirname(filePath) },
    message: `Could not open “${file}”: it is a folder or device, not a project file.`,
  };
}

/** That the bytes of `filePath` are not UTF-8 text (`fs-not-utf8`). */
export function notTextProblem(filePath: string): FsProblem {
  const file = path.basename(filePath);
  return {
    code: 'fs-not-utf8',
    params: { action: 'open', file, folder: path.dirname(filePath) },
    message: `Could not open “${file}”: it is not a text file (it contains bytes that are not UTF-8). Layerwise projects are JSON text.`,
  };
}
