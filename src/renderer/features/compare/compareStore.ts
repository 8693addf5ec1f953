/**
 * Comparisons: the saved ones (which travel in the project file) and the live one training now. The dialog
 * reads this store; compareSession.ts folds worker events into it. `toProjectComparisons` and
 * `loadProjectComparisons` convert to and from the project file's `comparisons` array.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Comparison } from '../../../project';
import type { ComparisonRecord, VariantRun } from './compareTypes';
import type { CompareParameter, CompareValue } from './parameters';
import { fromProjectComparison, toProjectComparison } from './projectShape';

/** What the setup form starts with when the dialog opens. */
export interface SetupPreset {
  parameter: CompareParameter;
  values: CompareValue[];
}

export interface CompareState {
  open: boolean;
  /** 'setup' shows the form for a new comparison; 'results' shows the active comparison. */
  mode: 'setup' | 'results';
  preset: SetupPreset | null;
  comparisons: ComparisonRecord[];
  activeId: string | null;
  /** A failure to start a comparison, in words for the learner. */
  error: string | null;

  openSetup: (preset?: SetupPreset) => void;
  openComparison: (id: string) => void;
  close: () => void;
  setError: (error: string | null) => void;
  addComparison: (record: ComparisonRecord) => void;
  updateComparison: (id: string, patch: Partial<ComparisonRecord>) => void;
  updateVariant: (
    id: string,
    index: number,
    patch: Partial<VariantRun> | ((v: VariantRun) => Partial<VariantRun>),
  ) => void;
  removeComparison: (id: string) => void;
  replaceAll: (records: ComparisonRecord[]) => void;
}

export const compareStore = createStore<CompareState>()((set) => ({
  open: false,
  mode: 'setup',
  preset: null,
  comparisons: [],
  activeId: null,
  error: null,

  openSetup: (preset) => set({ open: true, mode: 'setup', preset: preset ?? null, error: null }),
  openComparison: (id) => set({ open: true, mode: 'results', activeId: id, error: null }),
  close: () => set({ open: false }),
  setError: (error) => set({ error }),
  addComparison: (record) =>
    set((s) => ({
      comparisons: [...s.comparisons, record],
      activeId: record.id,
      mode: 'results',
      open: true,
      error: null,
    })),
  updateComparison: (id, patch) =>
    set((s) => ({ comparisons: s.comparisons.map((c) => (c.id === id ? { ...c, ...patch } : c)) })),
  updateVariant: (id, index, patch) =>
    set((s) => ({
      comparisons: s.comparisons.map((c) => {
        if (c.id !== id || !c.variants[index]) return c;
        const variants = c.variants.slice();
        const v = variants[index];
        variants[index] = { ...v, ...(typeof patch === 'function' ? patch(v) : patch) };
        return { ...c, variants };
      }),
    })),
  removeComparison: (id) =>
    set((s) => ({
      comparisons: s.comparisons.filter((c) => c.id !== id),
      activeId: s.activeId === id ? null : s.activeId,
      mode: s.activeId === id ? 'setup' : s.mode,
    })),
  replaceAll: (records) => set({ comparisons: records, activeId: null, mode: 'setup', error: null }),
}));

export function useCompare<T>(selector: (s: CompareState) => T): T {
  return useStore(compareStore, selector);
}

/**
 * The saved comparisons as the file feature sees them (the shell hands this to the file controller): the
 * list, its changes, and the conversion to and from the project file's shape.
 */
export const comparisonsPort = {
  get: (): readonly ComparisonRecord[] => compareStore.getState().comparisons,
  load: (records: ComparisonRecord[]): void => compareStore.getState().replaceAll(records),
  subscribe: (listener: () => void): (() => void) => compareStore.subscribe(listener),
  fromProject: fromProjectComparison,
  toProject: toProjectComparison,
};

/** The comparisons in the project file's shape (for Save). Variants still training are saved as stopped. */
export function toProjectComparisons(): Comparison[] {
  return compareStore.getState().comparisons.map(toProjectComparison);
}

/** Replaces the comparisons with a project's (for Open). Entries this version cannot show are skipped. */
export function loadProjectComparisons(list: readonly Comparison[] | undefined): void {
  const records = (list ?? []).map(fromProjectComparison).filter((r): r is ComparisonRecord => r !== null);
  compareStore.getState().replaceAll(records);
}
