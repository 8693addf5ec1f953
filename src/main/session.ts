/**
 * What main knows about each open window's document: its backup id, whether it has unsaved changes, which files
 * the user has granted it, and files waiting to be delivered.
 *
 * Why it exists: main must answer "may this window save to that path?", "is it safe to close?" and "which
 * backups belong to windows that are still open?" without asking the renderer, whose word cannot be trusted
 * for permissions. Paths enter `grants` only through actions the user took in main (a dialog, the command line,
 * the OS, the recent list), never because the page named them.
 */
import { randomUUID } from 'node:crypto';
import type { NativeTexts, OpenedFile, Result } from '../shared/ipc';
import type { BackupContent } from './backups';
import { createDebouncedWriter, type DebouncedWriter, type Timers } from './debounced-writer';
import { pathKey } from './recent-files';

/** A backup lands within this long after the last edit (the product promise is "within 2 s"). */
export const BACKUP_DELAY_MS = 1000;

export interface WindowSession {
  /** Changes when a restored backup becomes this window's (see backup:restore). */
  backupId: string;
  dirty: boolean;
  /** The file the document was last opened from or saved to; Save writes here, backups remember it. */
  currentPath: string | null;
  readonly grants: Set<string>;
  /** Files to hand over once the renderer has subscribed (it asks with file:takePending). */
  pending: Result<OpenedFile>[];
  rendererReady: boolean;
  /** Set when the user chose "Don't Save" (or the document is clean) so the next close goes through. */
  closeConfirmed: boolean;
  /** A close prompt is showing; a second close request must not open another. */
  prompting: boolean;
  readonly backupWriter: DebouncedWriter<BackupContent>;
  /** The window's wording of main's native prompts; English (native-texts.ts) until the window sends it. */
  nativeTexts?: NativeTexts;
}

export interface SessionDeps {
  platform: NodeJS.Platform;
  writeBackup: (id: string, content: BackupContent) => Promise<void>;
  onBackupError: (error: unknown) => void;
  timers?: Timers;
  newId?: () => string;
}

export function createSession(deps: SessionDeps): WindowSession {
  const session: WindowSession = {
    backupId: (deps.newId ?? randomUUID)(),
    dirty: false,
    currentPath: null,
    grants: new Set(),
    pending: [],
    rendererReady: false,
    closeConfirmed: false,
    prompting: false,
    backupWriter: createDebouncedWriter(
      (content) => deps.writeBackup(session.backupId, content),
      BACKUP_DELAY_MS,
      deps.onBackupError,
      deps.timers,
    ),
  };
  return session;
}

export function grantPath(session: WindowSession, filePath: string, platform: NodeJS.Platform): void {
  session.grants.add(pathKey(filePath, platform));
}

export function isGranted(session: WindowSession, filePath: string, platform: NodeJS.Platform): boolean {
  return session.grants.has(pathKey(filePath, platform));
}

/** A file opened from the OS goes into this window only if it holds nothing the user could lose or miss. */
export function canReuseForOpen(session: WindowSession): boolean {
  return !session.dirty && session.currentPath === null && session.pending.length === 0;
}
