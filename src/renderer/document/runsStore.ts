/**
 * The document's run history. The editor's document store has no runs yet, so they live here for now, in a
 * store of their own with the same shape a project file stores (`runs[]`); the lead merges it into the
 * document store so runs are saved with the project.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { TrainingRun } from './runTypes';

export interface RunsState {
  runs: TrainingRun[];
  /** Ids of the runs whose loss curves are overlaid. */
  selected: string[];
  addRun: (run: TrainingRun) => void;
  deleteRun: (id: string) => void;
  toggleSelected: (id: string) => void;
  /** Replaces all runs (opening a project). */
  loadRuns: (runs: TrainingRun[]) => void;
}

export const runsStore = createStore<RunsState>()((set) => ({
  runs: [],
  selected: [],
  addRun: (run) => set((s) => ({ runs: [...s.runs, run] })),
  deleteRun: (id) =>
    set((s) => ({ runs: s.runs.filter((r) => r.id !== id), selected: s.selected.filter((x) => x !== id) })),
  toggleSelected: (id) =>
    set((s) => ({ selected: s.selected.includes(id) ? s.selected.filter((x) => x !== id) : [...s.selected, id] })),
  loadRuns: (runs) => set({ runs, selected: [] }),
}));

export function useRuns<T>(selector: (s: RunsState) => T): T {
  return useStore(runsStore, selector);
}
