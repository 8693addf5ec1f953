/**
 * The registry names the file format accepts. The format keeps its own copies so that it imports only engine
 * *types* (DESIGN.md, layers); tests/unit/project/names.test.ts asserts that each list equals the engine's
 * registry, so the two cannot drift apart.
 */
import type {
  ActivationName,
  CsvDelimiter,
  DatasetKind,
  LossName,
  NodeType,
  OptimizerName,
  OutputActivation,
  Task,
} from '../engine/types';

export const ACTIVATION_NAMES = [
  'linear',
  'sigmoid',
  'tanh',
  'relu',
  'leakyRelu',
  'elu',
  'gelu',
  'softmax',
] as const satisfies readonly ActivationName[];

export const OUTPUT_ACTIVATION_NAMES = ['sigmoid', 'softmax', 'linear'] as const satisfies readonly OutputActivation[];

export const LOSS_NAMES = ['mse', 'binaryCrossEntropy', 'crossEntropy'] as const satisfies readonly LossName[];

export const OPTIMIZER_NAMES = [
  'sgd',
  'momentum',
  'rmsprop',
  'adagrad',
  'adam',
] as const satisfies readonly OptimizerName[];

export const NODE_TYPE_NAMES = [
  'input',
  'dense',
  'activation',
  'dropout',
  'add',
  'concat',
  'output',
] as const satisfies readonly NodeType[];

export const DATASET_KIND_NAMES = [
  'circle',
  'xor',
  'gaussian',
  'spiral',
  'moons',
  'sine',
  'iris',
  'mnist',
  'csv',
] as const satisfies readonly DatasetKind[];

export const TASK_NAMES = ['classification', 'regression'] as const satisfies readonly Task[];

/** The separators a CSV may use: comma, semicolon and tab. */
export const CSV_DELIMITER_NAMES = [',', ';', '\t'] as const satisfies readonly CsvDelimiter[];
