/**
 * The document's run history, as the project file stores it (`runs[]` of src/project's Run): the saved
 * record is the model, so a run read from a file is written back as it was, fields this version does not
 * know included. The editor's document store has no runs yet, so they live in a store of their own.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Run } from '../../project';
import type { WordableProblem } from '../../shared/i18n';

export interface RunsState {
  runs: Run[];
  /** Ids of the runs whose loss curves are overlaid. */
  selected: string[];
  /**
   * How the runs trained in this window ended, as data (a code and parameters), by run id, so the history
   * words it in the reader's language; not saved: a run read from a file shows its saved English message.
   */
  outcomes: Readonly<Record<string, WordableProblem>>;
  addRun: (run: Run, outcome?: WordableProblem | null) => void;
  deleteRun: (id: string) => void;
  toggleSelected: (id: string) => void;
  /** Replaces all runs (opening a project). */
  loadRuns: (runs: Run[]) => void;
}

export const runsStore = createStore<RunsState>()((set) => ({
  runs: [],
  selected: [],
  outcomes: {},
  addRun: (run, outcome) =>
    set((s) => ({ runs: [...s.runs, run], ...(outcome ? { outcomes: { ...s.outcomes, [run.id]: outcome } } : {}) })),
  deleteRun: (id) =>
    set((s) => {
      const { [id]: _gone, ...outcomes } = s.outcomes;
      return { runs: s.runs.filter((r) => r.id !== id), selected: s.selected.filter((x) => x !== id), outcomes };
    }),
  toggleSelected: (id) =>
    set((s) => ({ selected: s.selected.includes(id) ? s.selected.filter((x) => x !== id) : [...s.selected, id] })),
  loadRuns: (runs) => set({ runs, selected: [], outcomes: {} }),
}));

export function useRuns<T>(selector: (s: RunsState) => T): T {
  return useStore(runsStore, selector);
}
