/** A small spiral network shared by the compare tests. */
import type { DatasetSpec, Graph, TrainingSettings } from '../../../src/engine';

export const GRAPH: Graph = {
  nodes: [
    { id: 'in', type: 'input', label: 'Input', params: {} },
    { id: 'h1', type: 'dense', label: 'Hidden 1', params: { units: 8, activation: 'tanh' } },
    { id: 'h2', type: 'dense', label: 'Hidden 2', params: { units: 6, activation: 'tanh' } },
    { id: 'out', type: 'output', label: 'Output', params: { activation: 'sigmoid', loss: 'binaryCrossEntropy' } },
  ],
  edges: [
    { id: 'e1', source: 'in', target: 'h1' },
    { id: 'e2', source: 'h1', target: 'h2' },
    { id: 'e3', source: 'h2', target: 'out' },
  ],
};

export const TRAINING: TrainingSettings = {
  optimizer: 'adam',
  learningRate: 0.01,
  batchSize: 16,
  epochs: 20,
  seed: 42,
};

export const DATASET: DatasetSpec = {
  kind: 'spiral',
  samples: 300,
  noise: 0.05,
  classes: 2,
  validationSplit: 0.3,
  seed: 1,
};

export const SOURCE = { graph: GRAPH, training: TRAINING, dataset: DATASET };

export const SHAPE = { features: 2, task: 'classification' as const, classes: 2 };
