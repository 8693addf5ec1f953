/** Fakes for the file layer's tests: a recording platform, small runs and comparison stores, fixture text. */
import { readFileSync } from 'node:fs';
import { createStore } from 'zustand/vanilla';
import type { EpochMetrics } from '../../../src/engine';
import type { ComparisonRecord } from '../../../src/renderer/features/compare/compareTypes';
import { fromProjectComparison, toProjectComparison } from '../../../src/renderer/features/compare/projectShape';
import {
  createFileController,
  type FileControllerDeps,
  type FileUi,
} from '../../../src/renderer/features/file/controller';
import type { Platform, ProjectFile, SavedProject, UnsavedChoice } from '../../../src/renderer/platform/types';
import type { RunsState } from '../../../src/renderer/document/runsStore';
import { buildRunRecord, type Run } from '../../../src/project';
import { createEditorStore } from '../../../src/renderer/document/editorStore';
import { templateDocument } from '../../../src/renderer/document/templates';

export function fixtureText(name: string): string {
  return readFileSync(new URL(`../../fixtures/projects/${name}`, import.meta.url), 'utf8');
}

export function createRunsStore() {
  return createStore<RunsState>()((set) => ({
    runs: [],
    selected: [],
    outcomes: {},
    addRun: (run) => set((s) => ({ runs: [...s.runs, run] })),
    deleteRun: (id) => set((s) => ({ runs: s.runs.filter((r) => r.id !== id) })),
    toggleSelected: () => undefined,
    loadRuns: (runs) => set({ runs, selected: [] }),
  }));
}

export function createComparisons() {
  const store = createStore<{ list: ComparisonRecord[] }>()(() => ({ list: [] }));
  return {
    store,
    port: {
      get: () => store.getState().list,
      load: (records: ComparisonRecord[]) => store.setState({ list: records }),
      subscribe: (listener: () => void) => store.subscribe(listener),
      fromProject: fromProjectComparison,
      toProject: toProjectComparison,
    },
  };
}

export interface FakePlatform extends Platform {
  saved: { text: string; name: string; handle?: string; as: boolean }[];
  titles: string[];
  dirtyFlags: boolean[];
  backupsWritten: { name: string; text: string }[];
  nextOpen: ProjectFile | null;
  saveResult: SavedProject | null | Error;
}

export function fakePlatform(): FakePlatform {
  const p: FakePlatform = {
    kind: 'browser',
    saved: [],
    titles: [],
    dirtyFlags: [],
    backupsWritten: [],
    nextOpen: null,
    saveResult: null,
    openProject: async () => p.nextOpen,
    saveDownload: async () => {},
    async saveProject(text, name, handle) {
      p.saved.push({ text, name, ...(handle !== undefined ? { handle } : {}), as: false });
      if (p.saveResult instanceof Error) throw p.saveResult;
      return p.saveResult ?? { fileName: name };
    },
    async saveProjectAs(text, name) {
      p.saved.push({ text, name, as: true });
      if (p.saveResult instanceof Error) throw p.saveResult;
      return p.saveResult ?? { fileName: name };
    },
    recentFiles: async () => ({ files: [], note: null }),
    openRecent: async () => {
      throw new Error('That recent file is no longer stored.');
    },
    clearRecentFiles: async () => undefined,
    setTitle: (t) => void p.titles.push(t),
    setDirty: (d) => void p.dirtyFlags.push(d),
    appVersion: async () => 'test',
    confirmUnsaved: async () => 'cancel',
    openExternal: async () => undefined,
    backups: {
      write: (name, text) => void p.backupsWritten.push({ name, text }),
      list: async () => [],
      restore: async () => {
        throw new Error('no backup');
      },
      discard: async () => undefined,
    },
    setMenuCommands: () => undefined,
    setNativeTexts: () => undefined,
    onMenuCommand: () => () => undefined,
    onOpenFile: () => () => undefined,
    onSaveBeforeClose: () => () => undefined,
    closeWindow: async () => undefined,
  };
  return p;
}

export interface RecordingUi extends FileUi {
  errors: { title: string; messages: string[] }[];
  notes: string[];
  asked: string[];
  answer: UnsavedChoice;
}

export function recordingUi(): RecordingUi {
  const ui: RecordingUi = {
    errors: [],
    notes: [],
    asked: [],
    answer: 'cancel',
    askUnsaved: async (name) => {
      ui.asked.push(name);
      return ui.answer;
    },
    showError: (title, messages) => void ui.errors.push({ title, messages }),
    notify: (m) => void ui.notes.push(m),
  };
  return ui;
}

export function setup(overrides: Partial<FileControllerDeps> = {}) {
  const platform = fakePlatform();
  const ui = recordingUi();
  const editor = createEditorStore(templateDocument('one-hidden'));
  const runs = createRunsStore();
  const comparisons = createComparisons();
  const controller = createFileController({
    platform,
    editor,
    runs,
    comparisons: comparisons.port,
    ui,
    newDocument: () => templateDocument('perceptron'),
    template: (id) => (id === 'deep-mlp' ? templateDocument(id) : null),
    ...overrides,
  });
  return { platform, ui, editor, runs, comparisons, controller };
}

export function metrics(epoch: number, trainLoss: number, valLoss: number): EpochMetrics {
  return {
    epoch,
    trainLoss,
    valLoss,
    trainAccuracy: 0.5,
    valAccuracy: 0.25,
    learningRate: 0.01,
    elapsedMs: epoch * 10,
  };
}

/** A run as the training panel records it (the one record builder), with weights for the one-hidden template's layers. */
export function trainedRun(id: string, history: EpochMetrics[] = [metrics(1, 0.7, 0.75), metrics(2, 0.5, 0.625)]): Run {
  return buildRunRecord({
    id,
    startedAt: new Date('2026-01-01T00:00:00.000Z'),
    endedAt: new Date('2026-01-01T00:00:05.000Z'),
    end: 'completed',
    message: 'Finished 2 epochs.',
    graph: templateDocument('one-hidden').graph,
    training: { optimizer: 'adam', learningRate: 0.01, batchSize: 16, epochs: 2, seed: 42 },
    dataset: { kind: 'circle', samples: 400, noise: 0.1, validationSplit: 0.3, seed: 1 },
    history,
    weights: {
      'dense-1': {
        kernel: { shape: [2, 8], data: new Float32Array(16).map((_, i) => i / 7) },
        bias: { shape: [8], data: new Float32Array(8).fill(0.125) },
      },
      'output-1': { kernel: { shape: [8, 1], data: new Float32Array(8).fill(-0.5) } },
    },
  });
}
