/**
 * What a comparison can vary: exactly one parameter, given as plain data so it can be saved in the project
 * file (`{ kind, nodeId? }`) and reopened. Values are plain JSON too (an activation name, a number).
 */
import type { ActivationName, LossName, OptimizerName } from '../../../engine';

export type CompareParameter =
  /** The activation of one layer (`nodeId`) or, without a node, of every hidden layer. */
  | { kind: 'activation'; nodeId?: string }
  | { kind: 'optimizer' }
  | { kind: 'learningRate' }
  /** The width of one dense layer. */
  | { kind: 'units'; nodeId: string }
  /** How many dense (hidden) layers the network has; see makeVariants.ts for how depth is changed. */
  | { kind: 'hiddenLayers' }
  /** The output's loss, each with the output activation that goes with it (see makeVariants.ts). */
  | { kind: 'loss' }
  /** The L2 coefficient of one dense layer (`nodeId`) or, without a node, of every dense layer. */
  | { kind: 'l2'; nodeId?: string }
  /** The rate of one dropout layer. */
  | { kind: 'dropoutRate'; nodeId: string }
  | { kind: 'batchSize' };

export type ParameterKind = CompareParameter['kind'];
export type CompareValue = string | number;

export const PARAMETER_KINDS: readonly ParameterKind[] = [
  'activation',
  'optimizer',
  'learningRate',
  'units',
  'hiddenLayers',
  'loss',
  'l2',
  'dropoutRate',
  'batchSize',
];

export const MIN_VARIANTS = 2;
export const MAX_VARIANTS = 6;

/** The one-click comparison of the Compare menu. */
export const ACTIVATION_PRESET: readonly ActivationName[] = ['sigmoid', 'tanh', 'relu', 'leakyRelu'];

const ACTIVATION_LABELS: Record<string, string> = {
  linear: 'linear',
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  relu: 'ReLU',
  leakyRelu: 'Leaky ReLU',
  elu: 'ELU',
  gelu: 'GELU',
  softmax: 'softmax',
};

const OPTIMIZER_LABELS: Record<OptimizerName, string> = {
  sgd: 'SGD',
  momentum: 'Momentum',
  rmsprop: 'RMSprop',
  adagrad: 'AdaGrad',
  adam: 'Adam',
};

const LOSS_LABELS: Record<LossName, string> = {
  mse: 'mean squared error',
  binaryCrossEntropy: 'binary cross-entropy',
  crossEntropy: 'cross-entropy',
};

/** A short label for one value, used in the legend, the table and the saved run's name. */
export function valueLabel(kind: ParameterKind, value: CompareValue): string {
  switch (kind) {
    case 'activation':
      return ACTIVATION_LABELS[String(value)] ?? String(value);
    case 'optimizer':
      return OPTIMIZER_LABELS[value as OptimizerName] ?? String(value);
    case 'learningRate':
      return `lr ${value}`;
    case 'units':
      return `${value} units`;
    case 'hiddenLayers':
      return value === 1 ? '1 hidden layer' : `${value} hidden layers`;
    case 'loss':
      return LOSS_LABELS[value as LossName] ?? String(value);
    case 'l2':
      return `L2 ${value}`;
    case 'dropoutRate':
      return `dropout ${value}`;
    case 'batchSize':
      return `batch ${value}`;
  }
}

/** "Activation of all hidden layers", "Units of Dense 1": what the comparison varies, for titles. */
export function parameterLabel(parameter: CompareParameter, nodeLabel?: string): string {
  const node = nodeLabel ?? ('nodeId' in parameter ? parameter.nodeId : undefined);
  switch (parameter.kind) {
    case 'activation':
      return parameter.nodeId ? `Activation of ${node}` : 'Activation of all hidden layers';
    case 'optimizer':
      return 'Optimizer';
    case 'learningRate':
      return 'Learning rate';
    case 'units':
      return `Units of ${node}`;
    case 'hiddenLayers':
      return 'Number of hidden layers';
    case 'loss':
      return 'Loss (with its output activation)';
    case 'l2':
      return parameter.nodeId ? `L2 of ${node}` : 'L2 of all dense layers';
    case 'dropoutRate':
      return `Rate of ${node}`;
    case 'batchSize':
      return 'Batch size';
  }
}

/** Whether a stored `{ kind, nodeId? }` is a parameter this version understands. */
export function toCompareParameter(stored: { kind: string; nodeId?: string }): CompareParameter | null {
  switch (stored.kind) {
    case 'activation':
      return stored.nodeId ? { kind: 'activation', nodeId: stored.nodeId } : { kind: 'activation' };
    case 'optimizer':
    case 'learningRate':
    case 'hiddenLayers':
    case 'loss':
    case 'batchSize':
      return { kind: stored.kind };
    case 'units':
    case 'dropoutRate':
      return stored.nodeId ? { kind: stored.kind, nodeId: stored.nodeId } : null;
    case 'l2':
      return stored.nodeId ? { kind: 'l2', nodeId: stored.nodeId } : { kind: 'l2' };
    default:
      return null;
  }
}
