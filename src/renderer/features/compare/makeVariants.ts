/**
 * Variants are pure data: the document's graph and training settings with exactly one parameter changed.
 * Every variant carries its dataset spec: the document's own, except in a comparison of the dataset's noise
 * or samples, where each variant's spec differs in that one field (same kind, same data seed).
 */
import {
  HIDDEN_ACTIVATIONS,
  LOSSES,
  NODE_KINDS,
  OPTIMIZERS,
  type Graph,
  type GraphNode,
  type HiddenActivation,
  type LossName,
  type OutputActivation,
  type DatasetSpec,
  type TrainingSettings,
} from '../../../engine';
import i18next from 'i18next';
import { patchDatasetSpec } from '../../../engine/data';
import { CompareError, hiddenLayerCount, withHiddenLayers } from './depth';
import {
  MAX_VARIANTS,
  MIN_VARIANTS,
  datasetRange,
  valueLabel,
  type CompareParameter,
  type CompareValue,
} from './parameters';

export { CompareError } from './depth';

export interface Variant {
  label: string;
  value: CompareValue;
  graph: Graph;
  training: TrainingSettings;
  dataset: DatasetSpec;
}

export interface VariantSource {
  graph: Graph;
  training: TrainingSettings;
  dataset: DatasetSpec;
}

/** Largest number of hidden layers a depth comparison may ask for. */
export const MAX_HIDDEN_LAYERS = 10;

/** "a dense layer", "an output layer": a layer's kind as the sentences of findNode use it. */
const LAYER_KIND_KEYS: Record<string, string> = {
  input: 'compare.errors.layerKind.input',
  dense: 'compare.errors.layerKind.dense',
  activation: 'compare.errors.layerKind.activation',
  dropout: 'compare.errors.layerKind.dropout',
  add: 'compare.errors.layerKind.add',
  concat: 'compare.errors.layerKind.concat',
  output: 'compare.errors.layerKind.output',
};

/** What a comparison changes on one layer, and which layers have it (the sentence names the right kinds). */
const LAYER_PARAMETERS = {
  activation: { types: ['dense', 'activation'], refusal: 'compare.errors.wrongLayer.activation' },
  units: { types: ['dense'], refusal: 'compare.errors.wrongLayer.units' },
  l2: { types: ['dense'], refusal: 'compare.errors.wrongLayer.l2' },
  rate: { types: ['dropout'], refusal: 'compare.errors.wrongLayer.rate' },
} as const;

function findNode(graph: Graph, nodeId: string, what: keyof typeof LAYER_PARAMETERS): GraphNode {
  const t = i18next.t;
  const node = graph.nodes.find((n) => n.id === nodeId);
  if (!node) throw new CompareError(t('compare.errors.layerGone', { id: nodeId }));
  const { types, refusal } = LAYER_PARAMETERS[what];
  if (!(types as readonly string[]).includes(node.type)) {
    const kindKey = LAYER_KIND_KEYS[node.type];
    const kind = kindKey ? t(kindKey) : t('compare.errors.layerKind.other', { type: node.type });
    throw new CompareError(t(refusal, { node: node.label ?? node.id, kind }));
  }
  return node;
}

function setParams(graph: Graph, ids: ReadonlySet<string>, patch: Record<string, unknown>): Graph {
  return {
    nodes: graph.nodes.map((n) => (ids.has(n.id) ? { ...n, params: { ...n.params, ...patch } } : n)),
    edges: graph.edges,
  };
}

function checkValue(parameter: CompareParameter, value: CompareValue, dataset: DatasetSpec): void {
  const t = i18next.t;
  const bad = (key: string, params: Record<string, string | number> = {}) =>
    new CompareError(t(key, { value: String(value), ...params }));
  switch (parameter.kind) {
    case 'activation':
      if (!HIDDEN_ACTIVATIONS.includes(value as HiddenActivation))
        throw bad('compare.errors.notActivation', { names: HIDDEN_ACTIVATIONS.join(', ') });
      return;
    case 'optimizer':
      if (!OPTIMIZERS.includes(value as (typeof OPTIMIZERS)[number]))
        throw bad('compare.errors.notOptimizer', { names: OPTIMIZERS.join(', ') });
      return;
    case 'learningRate':
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
        throw bad('compare.errors.notLearningRate');
      return;
    case 'units': {
      const { min, max } = NODE_KINDS.dense.params.units;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
        throw bad('compare.errors.notUnits', { min, max });
      return;
    }
    case 'hiddenLayers':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_HIDDEN_LAYERS) {
        throw bad('compare.errors.notHiddenLayers', { max: MAX_HIDDEN_LAYERS });
      }
      return;
    case 'loss':
      if (!LOSSES.includes(value as LossName)) throw bad('compare.errors.notLoss', { names: LOSSES.join(', ') });
      return;
    case 'l2':
      if (typeof value !== 'number' || !(value >= 0 && value <= 1)) throw bad('compare.errors.notL2');
      return;
    case 'dropoutRate':
      if (typeof value !== 'number' || !(value >= 0 && value <= 0.95)) throw bad('compare.errors.notDropoutRate');
      return;
    case 'batchSize':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 65_536)
        throw bad('compare.errors.notBatchSize');
      return;
    case 'datasetNoise':
    case 'datasetSamples': {
      const range = datasetRange(dataset.kind, parameter.kind);
      const noise = parameter.kind === 'datasetNoise';
      const name = t(`datasets.${dataset.kind}.label`);
      if (!range)
        throw new CompareError(t(noise ? 'compare.errors.takesNoNoise' : 'compare.errors.takesNoSamples', { name }));
      if (
        typeof value !== 'number' ||
        !(value >= range.min && value <= range.max) ||
        (range.integer && !Number.isInteger(value))
      ) {
        throw bad(noise ? 'compare.errors.notNoise' : 'compare.errors.notSamples', {
          name,
          min: range.min,
          max: range.max,
        });
      }
    }
  }
}

/**
 * The output activation that goes with each loss: binary cross-entropy is computed through a sigmoid and
 * cross-entropy through a softmax; mean squared error keeps the output's own activation (linear for
 * regression; sigmoid or softmax on classes, so only the loss differs from the cross-entropy variants).
 */
function outputActivationFor(loss: LossName, current: unknown): OutputActivation {
  if (loss === 'binaryCrossEntropy') return 'sigmoid';
  if (loss === 'crossEntropy') return 'softmax';
  return current === 'sigmoid' || current === 'softmax' || current === 'linear' ? current : 'linear';
}

function variantOf(source: VariantSource, parameter: CompareParameter, value: CompareValue): Variant {
  const { graph, training, dataset } = source;
  const label = valueLabel(parameter.kind, value);
  switch (parameter.kind) {
    case 'activation': {
      // One layer, or every hidden layer: the dense layers and any separate activation layers.
      const ids = parameter.nodeId
        ? [findNode(graph, parameter.nodeId, 'activation').id]
        : graph.nodes.filter((n) => n.type === 'dense' || n.type === 'activation').map((n) => n.id);
      if (ids.length === 0) throw new CompareError(i18next.t('compare.errors.noHiddenLayers'));
      return { label, value, graph: setParams(graph, new Set(ids), { activation: value }), training, dataset };
    }
    case 'units': {
      const node = findNode(graph, parameter.nodeId, 'units');
      return { label, value, graph: setParams(graph, new Set([node.id]), { units: value }), training, dataset };
    }
    case 'optimizer':
      return {
        label,
        value,
        graph,
        training: { ...training, optimizer: value as TrainingSettings['optimizer'] },
        dataset,
      };
    case 'learningRate':
      return { label, value, graph, training: { ...training, learningRate: value as number }, dataset };
    case 'hiddenLayers':
      return { label, value, graph: withHiddenLayers(graph, value as number), training, dataset };
    case 'loss': {
      const output = graph.nodes.find((n) => n.type === 'output');
      if (!output) throw new CompareError(i18next.t('compare.errors.noOutputForLoss'));
      const loss = value as LossName;
      const patch = { loss, activation: outputActivationFor(loss, output.params.activation) };
      return { label, value, graph: setParams(graph, new Set([output.id]), patch), training, dataset };
    }
    case 'l2': {
      const ids = parameter.nodeId
        ? [findNode(graph, parameter.nodeId, 'l2').id]
        : graph.nodes.filter((n) => n.type === 'dense').map((n) => n.id);
      if (ids.length === 0) throw new CompareError(i18next.t('compare.errors.noDenseForL2'));
      return { label, value, graph: setParams(graph, new Set(ids), { l2: value }), training, dataset };
    }
    case 'dropoutRate': {
      const node = findNode(graph, parameter.nodeId, 'rate');
      return { label, value, graph: setParams(graph, new Set([node.id]), { rate: value }), training, dataset };
    }
    case 'batchSize':
      return { label, value, graph, training: { ...training, batchSize: value as number }, dataset };
    case 'datasetNoise':
      return { label, value, graph, training, dataset: patchDatasetSpec(dataset, { noise: value as number }) };
    case 'datasetSamples':
      return { label, value, graph, training, dataset: patchDatasetSpec(dataset, { samples: value as number }) };
  }
}

/**
 * One variant per value, in the order given. Throws a CompareError (a sentence for the learner) when the
 * values are too few, too many, repeated or invalid, or the parameter's layer is missing.
 */
export function makeVariants(
  source: VariantSource,
  parameter: CompareParameter,
  values: readonly CompareValue[],
): Variant[] {
  if (values.length < MIN_VARIANTS || values.length > MAX_VARIANTS) {
    throw new CompareError(
      i18next.t('compare.errors.valueCount', { min: MIN_VARIANTS, max: MAX_VARIANTS, count: values.length }),
    );
  }
  const seen = new Set<string>();
  for (const value of values) {
    checkValue(parameter, value, source.dataset);
    const key = String(value);
    if (seen.has(key))
      throw new CompareError(i18next.t('compare.errors.twice', { value: valueLabel(parameter.kind, value) }));
    seen.add(key);
  }
  if (parameter.kind === 'hiddenLayers' && hiddenLayerCount(source.graph) === 0 && values.some((v) => v !== 0)) {
    throw new CompareError(i18next.t('compare.errors.noDenseForDepth'));
  }
  return values.map((value) => variantOf(source, parameter, value));
}
