import { describe, expect, it } from 'vitest';
import { newProject, parseProject, serializeProject } from '../../../src/project';
import {
  compareStore,
  loadProjectComparisons,
  toProjectComparisons,
} from '../../../src/renderer/features/compare/compareStore';
import type { ComparisonRecord, VariantRun } from '../../../src/renderer/features/compare/compareTypes';
import { DATASET, GRAPH, TRAINING } from './fixtures';

function variant(i: number, patch: Partial<VariantRun> = {}): VariantRun {
  return {
    id: `c1-v${i}`,
    label: ['sigmoid', 'ReLU'][i],
    value: ['sigmoid', 'relu'][i],
    graph: GRAPH,
    training: TRAINING,
    dataset: DATASET,
    status: 'done',
    history: [
      {
        epoch: 1,
        trainLoss: 0.6,
        valLoss: 0.65,
        trainAccuracy: 0.6,
        valAccuracy: 0.55,
        learningRate: 0.01,
        elapsedMs: 5,
      },
      { epoch: 2, trainLoss: 0.4, valLoss: Number.NaN, learningRate: 0.01, elapsedMs: 9 },
    ],
    progress: null,
    grid: null,
    outputs: null,
    end: 'completed',
    message: 'Training finished.',
    error: null,
    startedAt: '2025-01-31T09:30:00.000Z',
    endedAt: '2025-01-31T09:30:02.000Z',
    wallMs: 2000,
    initialWeights: { shared: ['h1', 'h2', 'out'], seeded: [] },
    weights: {
      h1: {
        kernel: { shape: [2, 1], data: new Float32Array([0.5, -0.25]) },
        bias: { shape: [1], data: new Float32Array([0.125]) },
      },
    },
    dataChecksum: 'abcd0123',
    readyChecksum: 'ffff0000',
    ...patch,
  };
}

const RECORD: ComparisonRecord = {
  id: 'c1',
  name: 'Activation of all hidden layers: sigmoid, ReLU',
  parameter: { kind: 'activation' },
  values: ['sigmoid', 'relu'],
  dataset: { kind: 'spiral', samples: 300, noise: 0.05, classes: 2, validationSplit: 0.3, seed: 1 },
  task: 'classification',
  createdAt: '2025-01-31T09:29:00.000Z',
  targetLoss: 0.2,
  expectedReadyChecksum: 'ffff0000',
  expectedDataChecksum: null,
  variants: [
    variant(0),
    variant(1, {
      status: 'queued',
      history: [],
      end: null,
      message: null,
      startedAt: null,
      endedAt: null,
      wallMs: null,
      weights: undefined,
    }),
  ],
  running: false,
};

describe('comparisons in the project file', () => {
  it('saves in the project schema and reopens with the same figures and weights', () => {
    compareStore.getState().replaceAll([RECORD]);
    const project = { ...newProject('p'), comparisons: toProjectComparisons() };
    const text = serializeProject(project);
    const parsed = parseProject(text, 'p.nnproj');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const saved = parsed.project.comparisons!;
    expect(saved[0]).toMatchObject({
      id: 'c1',
      parameter: { kind: 'activation' },
      values: ['sigmoid', 'relu'],
      targetLoss: 0.2,
    });
    expect(saved[0].runs[1]).toMatchObject({ end: 'stopped', history: [] });
    expect(saved[0].runs[0].history[1].valLoss).toBeNull();

    compareStore.getState().replaceAll([]);
    loadProjectComparisons(saved);
    const [back] = compareStore.getState().comparisons;
    expect(back.name).toBe(RECORD.name);
    expect(back.targetLoss).toBe(0.2);
    expect(back.variants.map((v) => v.label)).toEqual(['sigmoid', 'ReLU']);
    expect(back.variants[0].history[0]).toEqual(RECORD.variants[0].history[0]);
    expect(Number.isNaN(back.variants[0].history[1].valLoss)).toBe(true);
    expect(back.variants[0].wallMs).toBe(2000);
    expect(back.variants[0].initialWeights.shared).toEqual(['h1', 'h2', 'out']);
    expect(Array.from(back.variants[0].weights!.h1.kernel.data)).toEqual([0.5, -0.25]);
    expect(back.variants[0].graph.nodes.map((n) => n.id)).toEqual(GRAPH.nodes.map((n) => n.id));
  });

  it('keeps a units comparison’s node and skips parameters it does not know', () => {
    loadProjectComparisons([
      { id: 'a', name: 'units', parameter: { kind: 'units', nodeId: 'h1' }, values: [2, 8], runs: [] },
      { id: 'b', name: 'future', parameter: { kind: 'kernelSize' }, values: [3, 5], runs: [] },
    ]);
    const list = compareStore.getState().comparisons;
    expect(list.map((c) => c.parameter)).toEqual([{ kind: 'units', nodeId: 'h1' }]);
  });
});
