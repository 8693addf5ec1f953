/**
 * What a comparison can vary: exactly one parameter, given as plain data so it can be saved in the project
 * file (`{ kind, nodeId? }`) and reopened. Values are plain JSON too (an activation name, a number).
 */
import type { ActivationName, OptimizerName } from '../../../engine';

export type CompareParameter =
  /** The activation of one layer (`nodeId`) or, without a node, of every hidden layer. */
  | { kind: 'activation'; nodeId?: string }
  | { kind: 'optimizer' }
  | { kind: 'learningRate' }
  /** The width of one dense layer. */
  | { kind: 'units'; nodeId: string }
  /** How many dense (hidden) layers the network has; see makeVariants.ts for how depth is changed. */
  | { kind: 'hiddenLayers' };

export type ParameterKind = CompareParameter['kind'];
export type CompareValue = string | number;

export const PARAMETER_KINDS: readonly ParameterKind[] = [
  'activation',
  'optimizer',
  'learningRate',
  'units',
  'hiddenLayers',
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
  }
}

/** "Activation of all hidden layers", "Units of Dense 1": what the comparison varies, for titles. */
export function parameterLabel(parameter: CompareParameter, nodeLabel?: string): string {
  const node =
    nodeLabel ?? (parameter.kind === 'activation' || parameter.kind === 'units' ? parameter.nodeId : undefined);
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
      return { kind: stored.kind };
    case 'units':
      return stored.nodeId ? { kind: 'units', nodeId: stored.nodeId } : null;
    default:
      return null;
  }
}
