/**
 * Turns Node file-system errors into sentences a user can act on.
 *
 * Why it exists: "ENOSPC: no space left on device, write" means nothing to most people. Every file operation
 * in main reports failures through this one function, so the wording is consistent and names the file.
 */
import path from 'node:path';

export type FsAction = 'save' | 'open' | 'read' | 'delete';

const VERB: Record<FsAction, string> = { save: 'save', open: 'open', read: 'read', delete: 'delete' };

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function describeFsError(error: unknown, action: FsAction, filePath: string): string {
  const name = path.basename(filePath);
  const folder = path.dirname(filePath);
  const verb = VERB[action];
  const kept = action === 'save' ? ' The previous version of the file was not changed.' : '';
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `Could not ${verb} “${name}”: the disk is full. Free some space on the disk and try again.${kept}`;
    case 'EACCES':
    case 'EPERM':
      return `Could not ${verb} “${name}”: permission denied in “${folder}”. Choose another folder or check the file's permissions.${kept}`;
    case 'EROFS':
      return `Could not ${verb} “${name}”: “${folder}” is on a read-only disk. Choose another folder.${kept}`;
    case 'ENOENT':
      return action === 'save'
        ? `Could not save “${name}”: the folder “${folder}” no longer exists. Use Save As to choose another folder.`
        : `Could not ${verb} “${name}”: the file no longer exists at “${folder}”. It may have been moved or deleted.`;
    case 'EISDIR':
      return `Could not ${verb} “${name}”: it is a folder, not a project file.`;
    case 'ENOTREGULAR':
      return `Could not ${verb} “${name}”: it is not a regular file (a device, a named pipe or a socket), so Layerwise will not replace it. Use Save As to choose a file.`;
    case 'EBUSY':
      return `Could not ${verb} “${name}”: another program is using it. Close that program and try again.${kept}`;
    case 'ENAMETOOLONG':
      return `Could not ${verb} “${name}”: the path is too long. Choose a shorter name or folder.${kept}`;
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return `Could not ${verb} “${name}” in “${folder}”: ${detail}.${kept}`;
    }
  }
}
