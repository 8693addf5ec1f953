/**
 * Keeps the shell in step with the document: the window title and unsaved marker after every change, and a
 * crash-recovery backup of unsaved work shortly after each edit.
 *
 * Why it exists: the title, the close prompt, the browser's leave warning and crash recovery all depend on
 * "is there unsaved work, and what is it", which changes in four stores (editor, runs, comparisons, file).
 * Backups are serialized here at most every BACKUP_SERIALIZE_MS (a project with trained weights is not free
 * to serialize on every keystroke); the platform then writes within about a second, so a backup exists within
 * two seconds of the last edit. Where the page can start workers, the text is made in one (a project with
 * trained weights takes a tenth of a second or more to encode, which would stall the charts of a run that
 * just finished); elsewhere (unit tests) it is made right here. Saving or discarding clears the unsaved marker, and the platform removes the
 * backup when it hears that.
 */
import { serializeProject, type Project } from '../../../project';
import type { Platform } from '../../platform/types';
import { createSerializeClient } from '../../run/serializeClient';
import type { FileController, FileControllerDeps } from './controller';
import { realTimers, type Timers } from '../../../shared/timers';
export type { Timers };

export const BACKUP_SERIALIZE_MS = 500;

/** Turns a project into file text, now or later. */
export type Serialize = (project: Project) => string | Promise<string>;

function defaultSerialize(): Serialize {
  return typeof Worker === 'undefined' ? serializeProject : createSerializeClient();
}

export function startFileSync(
  controller: FileController,
  deps: Pick<FileControllerDeps, 'editor' | 'runs' | 'comparisons'> & {
    platform: Pick<Platform, 'setTitle' | 'setDirty' | 'backups'>;
  },
  timers: Timers = realTimers,
  serialize: Serialize = defaultSerialize(),
): () => void {
  let lastTitle: string | null = null;
  let lastDirty: boolean | null = null;
  let lastContent: unknown[] = [];
  let backupTimer: unknown = null;
  /** Numbers the backups asked for, so a slow answer never overwrites a newer backup. */
  let backupSeq = 0;
  let stopped = false;

  const contentKey = (): unknown[] => [
    deps.editor.getState().doc,
    deps.runs.getState().runs,
    deps.comparisons.get(),
    controller.file.getState().base,
  ];

  const warn = (error: unknown) =>
    // Work that cannot be serialized cannot be saved either; Save says why. The last good backup stays.
    console.warn(`Layerwise could not back up unsaved work: ${error instanceof Error ? error.message : String(error)}`);

  function writeBackup(): void {
    backupTimer = null;
    if (!controller.isDirty()) return;
    const seq = ++backupSeq;
    const name = controller.file.getState().fileName ?? deps.editor.getState().doc.name;
    const write = (text: string) => {
      // Saved, discarded or edited again while the text was being made: that backup is no longer wanted.
      if (stopped || seq !== backupSeq || !controller.isDirty()) return;
      deps.platform.backups.write(name, text);
    };
    try {
      const text = serialize(controller.currentProject());
      if (typeof text === 'string') write(text);
      else text.then(write, warn);
    } catch (error) {
      warn(error);
    }
  }

  function sync(): void {
    if (controller.isReplacing()) return;
    const dirty = controller.isDirty();
    const title = controller.title();
    if (title !== lastTitle) {
      lastTitle = title;
      deps.platform.setTitle(title);
    }
    if (dirty !== lastDirty) {
      lastDirty = dirty;
      deps.platform.setDirty(dirty);
    }
    const key = contentKey();
    const changed = key.some((part, i) => part !== lastContent[i]);
    lastContent = key;
    if (!dirty) {
      if (backupTimer !== null) timers.clearTimeout(backupTimer);
      backupTimer = null;
      backupSeq++; // a backup still being made is not wanted any more
    } else if (changed) {
      if (backupTimer !== null) timers.clearTimeout(backupTimer);
      backupSeq++;
      backupTimer = timers.setTimeout(writeBackup, BACKUP_SERIALIZE_MS);
    }
  }

  const unsubscribe = [
    deps.editor.subscribe(sync),
    deps.runs.subscribe(sync),
    deps.comparisons.subscribe(sync),
    controller.file.subscribe(sync),
    controller.onReplaced(sync),
  ];
  sync();
  return () => {
    stopped = true;
    unsubscribe.forEach((u) => u());
    if (backupTimer !== null) timers.clearTimeout(backupTimer);
  };
}
