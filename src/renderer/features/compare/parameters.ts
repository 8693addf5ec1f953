/**
 * What a comparison can vary: exactly one parameter, given as plain data so it can be saved in the project
 * file (`{ kind, nodeId? }`) and reopened. Values are plain JSON too (an activation name, a number).
 */
import i18next, { type TFunction } from 'i18next';
import type { ActivationName, DatasetKind, OptimizerName } from '../../../engine';
import { DATASET_INFO, MAX_GENERATED_SAMPLES } from '../../../engine/data';

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
  | { kind: 'batchSize' }
  /** The dataset's noise (generated kinds only); each variant builds its own data from the same seed. */
  | { kind: 'datasetNoise' }
  /** The dataset's sample count (kinds with `samples`); each variant builds its own data from the same seed. */
  | { kind: 'datasetSamples' };

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
  'datasetNoise',
  'datasetSamples',
];

/**
 * Whether the variants of a comparison of `parameter` train on different data. Only these comparisons skip
 * the same-data checksum rule: every other comparison must see identical rows in every variant.
 */
export function variesData(parameter: Pick<CompareParameter, 'kind'>): boolean {
  return parameter.kind === 'datasetNoise' || parameter.kind === 'datasetSamples';
}

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

/**
 * A short label for one value, in `t`'s language, used in the legend, the table and the comparison's title.
 * Activation and optimizer names are the same in every language; numbers are shown as the learner typed them.
 */
export function valueLabel(kind: ParameterKind, value: CompareValue, t: TFunction = i18next.t): string {
  const text = String(value);
  switch (kind) {
    case 'activation':
      return ACTIVATION_LABELS[text] ?? text;
    case 'optimizer':
      return OPTIMIZER_LABELS[value as OptimizerName] ?? text;
    case 'learningRate':
      return t('compare.value.learningRate', { value: text });
    case 'units':
      return t('compare.value.units', { count: Number(value), value: text });
    case 'hiddenLayers':
      return t('compare.value.hiddenLayers', { count: Number(value), value: text });
    case 'loss':
      return t(`losses.${text}`, { defaultValue: text });
    case 'l2':
      return t('compare.value.l2', { value: text });
    case 'dropoutRate':
      return t('compare.value.dropoutRate', { value: text });
    case 'batchSize':
      return t('compare.value.batchSize', { value: text });
    case 'datasetNoise':
      return t('compare.value.datasetNoise', { value: text });
    case 'datasetSamples':
      return t('compare.value.datasetSamples', { count: Number(value), value: text });
  }
}

/** "Activation of all hidden layers", "Units of Dense 1": what the comparison varies, for titles. */
export function parameterLabel(parameter: CompareParameter, nodeLabel?: string, t: TFunction = i18next.t): string {
  const node = nodeLabel ?? ('nodeId' in parameter ? parameter.nodeId : undefined);
  switch (parameter.kind) {
    case 'activation':
      return parameter.nodeId ? t('compare.about.activationOf', { node }) : t('compare.about.activationAll');
    case 'optimizer':
      return t('compare.about.optimizer');
    case 'learningRate':
      return t('compare.about.learningRate');
    case 'units':
      return t('compare.about.units', { node });
    case 'hiddenLayers':
      return t('compare.about.hiddenLayers');
    case 'loss':
      return t('compare.about.loss');
    case 'l2':
      return parameter.nodeId ? t('compare.about.l2Of', { node }) : t('compare.about.l2All');
    case 'dropoutRate':
      return t('compare.about.dropoutRate', { node });
    case 'batchSize':
      return t('compare.about.batchSize');
    case 'datasetNoise':
      return t('compare.about.datasetNoise');
    case 'datasetSamples':
      return t('compare.about.datasetSamples');
  }
}

/**
 * A comparison's title in `t`'s language, worded from what it varies and its values ("Activation of all
 * hidden layers: sigmoid, tanh"), so it follows View → Language. The saved `name` is the same title in the
 * language the comparison was made in; the node is named by its label in the variants' network.
 */
export function comparisonTitle(
  comparison: {
    parameter: CompareParameter;
    values: readonly CompareValue[];
    variants: readonly { graph: { nodes: readonly { id: string; label?: string }[] } }[];
  },
  t: TFunction = i18next.t,
): string {
  const { parameter } = comparison;
  const nodeId = 'nodeId' in parameter ? parameter.nodeId : undefined;
  const node = nodeId ? comparison.variants[0]?.graph.nodes.find((n) => n.id === nodeId)?.label : undefined;
  return t('compare.name', {
    parameter: parameterLabel(parameter, node, t),
    values: comparison.values.map((v) => valueLabel(parameter.kind, v, t)).join(t('lists.comma')),
  });
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
    case 'datasetNoise':
    case 'datasetSamples':
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

/** The range a dataset parameter may take for `kind`, from the engine's dataset info; null where it does not apply. */
export function datasetRange(
  kind: DatasetKind,
  parameter: 'datasetNoise' | 'datasetSamples',
): { min: number; max: number; integer: boolean } | null {
  const info = DATASET_INFO[kind];
  if (parameter === 'datasetNoise') return info.usesNoise ? { min: 0, max: 1, integer: false } : null;
  if (info.samplesMode === 'generate') return { min: 1, max: MAX_GENERATED_SAMPLES, integer: true };
  if (info.samplesMode === 'subset') return { min: 1, max: info.defaultSamples, integer: true };
  return null;
}
