/**
 * Variants are pure data: the document's graph and training settings with exactly one parameter changed.
 * The dataset is not part of a variant on purpose: every variant trains on the same data spec.
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
  type TrainingSettings,
} from '../../../engine';
import { CompareError, hiddenLayerCount, withHiddenLayers } from './depth';
import { MAX_VARIANTS, MIN_VARIANTS, valueLabel, type CompareParameter, type CompareValue } from './parameters';

export { CompareError } from './depth';

export interface Variant {
  label: string;
  value: CompareValue;
  graph: Graph;
  training: TrainingSettings;
}

export interface VariantSource {
  graph: Graph;
  training: TrainingSettings;
}

/** Largest number of hidden layers a depth comparison may ask for. */
export const MAX_HIDDEN_LAYERS = 10;

function findNode(graph: Graph, nodeId: string, types: readonly string[], what: string): GraphNode {
  const node = graph.nodes.find((n) => n.id === nodeId);
  if (!node)
    throw new CompareError(`The layer "${nodeId}" is no longer in the network: choose another layer to compare.`);
  if (!types.includes(node.type)) {
    throw new CompareError(
      `'${node.label ?? node.id}' is ${node.type === 'input' ? 'an' : 'a'} ${node.type} layer, which has no ${what}: choose a ${types.join(' or ')} layer.`,
    );
  }
  return node;
}

function setParams(graph: Graph, ids: ReadonlySet<string>, patch: Record<string, unknown>): Graph {
  return {
    nodes: graph.nodes.map((n) => (ids.has(n.id) ? { ...n, params: { ...n.params, ...patch } } : n)),
    edges: graph.edges,
  };
}

function checkValue(parameter: CompareParameter, value: CompareValue): void {
  const bad = (what: string) => new CompareError(`"${String(value)}" is not ${what}.`);
  switch (parameter.kind) {
    case 'activation':
      if (!HIDDEN_ACTIVATIONS.includes(value as HiddenActivation))
        throw bad(`a hidden-layer activation (use one of ${HIDDEN_ACTIVATIONS.join(', ')})`);
      return;
    case 'optimizer':
      if (!OPTIMIZERS.includes(value as (typeof OPTIMIZERS)[number]))
        throw bad(`an optimizer (use one of ${OPTIMIZERS.join(', ')})`);
      return;
    case 'learningRate':
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
        throw bad('a learning rate: use a number greater than 0, such as 0.01');
      return;
    case 'units': {
      const { min, max } = NODE_KINDS.dense.params.units;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
        throw bad(`a number of units: use a whole number from ${min} to ${max}`);
      return;
    }
    case 'hiddenLayers':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_HIDDEN_LAYERS) {
        throw bad(`a number of hidden layers: use a whole number from 0 to ${MAX_HIDDEN_LAYERS}`);
      }
      return;
    case 'loss':
      if (!LOSSES.includes(value as LossName)) throw bad(`a loss (use one of ${LOSSES.join(', ')})`);
      return;
    case 'l2':
      if (typeof value !== 'number' || !(value >= 0 && value <= 1))
        throw bad('an L2 coefficient: use a number from 0 to 1');
      return;
    case 'dropoutRate':
      if (typeof value !== 'number' || !(value >= 0 && value <= 0.95))
        throw bad('a dropout rate: use a number from 0 to 0.95');
      return;
    case 'batchSize':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 65_536)
        throw bad('a batch size: use a whole number from 1 to 65536');
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
  const { graph, training } = source;
  const label = valueLabel(parameter.kind, value);
  switch (parameter.kind) {
    case 'activation': {
      // One layer, or every hidden layer: the dense layers and any separate activation layers.
      const ids = parameter.nodeId
        ? [findNode(graph, parameter.nodeId, ['dense', 'activation'], 'activation to choose').id]
        : graph.nodes.filter((n) => n.type === 'dense' || n.type === 'activation').map((n) => n.id);
      if (ids.length === 0)
        throw new CompareError(
          'The network has no hidden layers whose activation could change: add a dense layer first.',
        );
      return { label, value, graph: setParams(graph, new Set(ids), { activation: value }), training };
    }
    case 'units': {
      const node = findNode(graph, parameter.nodeId, ['dense'], 'units');
      return { label, value, graph: setParams(graph, new Set([node.id]), { units: value }), training };
    }
    case 'optimizer':
      return { label, value, graph, training: { ...training, optimizer: value as TrainingSettings['optimizer'] } };
    case 'learningRate':
      return { label, value, graph, training: { ...training, learningRate: value as number } };
    case 'hiddenLayers':
      return { label, value, graph: withHiddenLayers(graph, value as number), training };
    case 'loss': {
      const output = graph.nodes.find((n) => n.type === 'output');
      if (!output) throw new CompareError('The network has no Output node whose loss could change: add one first.');
      const loss = value as LossName;
      const patch = { loss, activation: outputActivationFor(loss, output.params.activation) };
      return { label, value, graph: setParams(graph, new Set([output.id]), patch), training };
    }
    case 'l2': {
      const ids = parameter.nodeId
        ? [findNode(graph, parameter.nodeId, ['dense'], 'L2 coefficient').id]
        : graph.nodes.filter((n) => n.type === 'dense').map((n) => n.id);
      if (ids.length === 0) throw new CompareError('The network has no dense layer to regularize: add one first.');
      return { label, value, graph: setParams(graph, new Set(ids), { l2: value }), training };
    }
    case 'dropoutRate': {
      const node = findNode(graph, parameter.nodeId, ['dropout'], 'rate');
      return { label, value, graph: setParams(graph, new Set([node.id]), { rate: value }), training };
    }
    case 'batchSize':
      return { label, value, graph, training: { ...training, batchSize: value as number } };
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
    throw new CompareError(`Choose ${MIN_VARIANTS} to ${MAX_VARIANTS} values to compare (${values.length} chosen).`);
  }
  const seen = new Set<string>();
  for (const value of values) {
    checkValue(parameter, value);
    const key = String(value);
    if (seen.has(key))
      throw new CompareError(
        `The value ${valueLabel(parameter.kind, value)} is chosen twice: each variant must differ.`,
      );
    seen.add(key);
  }
  if (parameter.kind === 'hiddenLayers' && hiddenLayerCount(source.graph) === 0 && values.some((v) => v !== 0)) {
    throw new CompareError('The network has no dense layer to repeat: add one hidden layer before comparing depths.');
  }
  return values.map((value) => variantOf(source, parameter, value));
}
