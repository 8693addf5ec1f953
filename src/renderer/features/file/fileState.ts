/**
 * What the app knows about the file behind the open document: its name and save handle, the project it was
 * read from (for the fields the app does not model), and what runs and comparisons looked like at the last
 * save, so "unsaved changes" covers them too and not only the network.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Comparison, Project, Run } from '../../../project';
import { projectFileName } from '../../../shared/file-names';
import type { ComparisonEntry } from './comparisonRecords';

export interface FileState {
  /** The file's name ("xor.nnproj"), or null for work never saved. */
  fileName: string | null;
  /** Where Save writes (the desktop app's path); absent in the browser and for new work. */
  handle?: string;
  /** The project last opened or saved; its unknown fields are written back on save. */
  base: Project | null;
  hiddenComparisons: Comparison[];
  /** The run and comparison lists as they were at the last open or save (compared by identity). */
  savedRuns: readonly Run[];
  savedComparisons: readonly ComparisonEntry[];
  /**
   * Why the document is unsaved although nothing was edited: it was upgraded from an older format version,
   * or restored from a crash backup. Cleared by saving.
   */
  unsavedReason: { kind: 'upgraded'; fromVersion: number } | { kind: 'restored' } | null;
}

export const initialFileState = (
  runs: readonly Run[] = [],
  comparisons: readonly ComparisonEntry[] = [],
): FileState => ({
  fileName: null,
  base: null,
  hiddenComparisons: [],
  savedRuns: runs,
  savedComparisons: comparisons,
  unsavedReason: null,
});

export function createFileStore(initial: FileState = initialFileState()): StoreApi<FileState> {
  return createStore<FileState>()(() => initial);
}

export interface WorkSnapshot {
  editorDirty: boolean;
  runs: readonly Run[];
  comparisons: readonly ComparisonEntry[];
}

/** Unsaved: the network or settings changed, a run or comparison was added or removed, or the file was upgraded/restored. */
export function hasUnsavedWork(file: FileState, work: WorkSnapshot): boolean {
  return (
    work.editorDirty ||
    work.runs !== file.savedRuns ||
    work.comparisons !== file.savedComparisons ||
    file.unsavedReason !== null
  );
}

/**
 * The window title: "XOR demo — xor.nnproj• — Layerwise". The dot after the file name marks unsaved changes,
 * as editors do; work never saved shows only the project's name.
 */
export function windowTitle(projectName: string, fileName: string | null, dirty: boolean): string {
  const mark = dirty ? '•' : '';
  const name = projectName.trim() === '' ? 'Untitled project' : projectName.trim();
  return fileName === null ? `${name}${mark} — Layerwise` : `${name} — ${fileName}${mark} — Layerwise`;
}

/** The name Save suggests: the file's own name, else the project's name as a file name. */
export function suggestedFileName(projectName: string, fileName: string | null): string {
  if (fileName !== null) return fileName;
  return projectFileName(projectName);
}
