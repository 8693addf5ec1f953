/**
 * Neuron pictures: what every unit of some dense, activation or output nodes has learnt, from one batched
 * forward pass over a set of inputs that fits the data (issue 14).
 *
 * - plane (2-D data): each unit's activation at the cells of the decision-boundary grid;
 * - curve (1-D regression): each unit's activation along x, and on a linear output node each unit of the
 *   layer before it weighted by its output weight, w_j·a_j(x), whose sum plus the bias is the fit;
 * - classes (anything else): each unit's mean activation over the rows of each class.
 *
 * Weighted nodes also carry each shown unit's incoming weights and bias (the formula on hover, the weight
 * lines, and on the digits the 784 weights of a first layer as a 28×28 image). Gradients are not pictured: the
 * UI asks for them (getGradients) when a weight is clicked. Runs in inference mode.
 */
import { fillGridInputs, nodeActivation, type Range } from './inspect';
import type { ActivationName, Model, PlanNode } from './types';

/** Pictures per node at most; the UI says "+N more" for the rest. */
export const MAX_UNITS_SHOWN = 32;
/** Weighted pieces an output node's 1-D picture shows at most. */
export const MAX_CONTRIBUTIONS = 64;
/** Units a window (the inspector's scrolled list) pictures at most. */
export const MAX_WINDOW_UNITS = 96;

/** Some consecutive units of one node, pictured beside the canvas's first MAX_UNITS_SHOWN (the inspector's list). */
export interface UnitWindow {
  nodeId: string;
  /** The first unit pictured (0-based) and how many from there; cut to the node's width and MAX_WINDOW_UNITS. */
  first: number;
  count: number;
}

export type NeuronQuery =
  | { kind: 'plane'; xRange: Range; yRange: Range; resolution: number }
  | { kind: 'curve'; x: Float32Array }
  /** `labels` holds each row's class (0 … classes − 1); one class of all rows for regression. */
  | { kind: 'classes'; x: Float32Array; rows: number; labels: Float32Array; classes: number };

export interface UnitWeights {
  /** Width of the node's input: each unit has this many incoming weights. */
  inputs: number;
  /** Unit-major [shown, inputs]: unit u's incoming weights at u·inputs … (u + 1)·inputs − 1. */
  kernel: Float32Array;
  /** [shown]; zeros for a layer without bias (then `hasBias` is false). */
  bias: Float32Array;
  hasBias: boolean;
  /** Whether the node reads the network's input (on the digits, each unit's weights then form a 28×28 image). */
  readsInput: boolean;
}

/** The universal-approximation picture of a linear output on 1-D data (its first output unit). */
export interface Contributions {
  /** The node feeding the output, whose units are weighted. */
  sourceId: string;
  /** Pieces shown: min(source width, MAX_CONTRIBUTIONS). */
  count: number;
  /** [count, points]: w_j·a_j(x) for piece j at each x. */
  values: Float32Array;
  bias: number;
  /** [points]: the model's output, which equals Σ_j w_j·a_j(x) + bias when every piece is shown. */
  sum: Float32Array;
}

export interface NodeNeurons {
  nodeId: string;
  activation: ActivationName;
  /** The node's width, and how many of its units have pictures: `shown` of them from unit `first` on. */
  units: number;
  first: number;
  shown: number;
  /** Numbers per unit picture: grid cells, curve points or classes. */
  cells: number;
  /** Unit-major [shown, cells]: picture k is of unit first + k. */
  values: Float32Array;
  /** Least and greatest value over all pictures of the node (a colour range). */
  min: number;
  max: number;
  weights?: UnitWeights;
  contributions?: Contributions;
}

const rowsOf = (q: NeuronQuery): number =>
  q.kind === 'plane' ? q.resolution * q.resolution : q.kind === 'curve' ? q.x.length : q.rows;

/** The nodes of `nodeIds` that have units with an activation, in plan order (others are left out). */
function pictured(model: Model, nodeIds: readonly string[]): PlanNode[] {
  const wanted = new Set(nodeIds);
  return model.plan.order
    .filter((id) => wanted.has(id))
    .map((id) => model.plan.nodes[id])
    .filter((n) => nodeActivation(model, n) !== null);
}

function unitWeights(model: Model, node: PlanNode, first: number, shown: number): UnitWeights | undefined {
  if (node.type !== 'dense' && node.type !== 'output') return undefined;
  const inputs = node.inputWidth;
  const width = node.width;
  const off = node.paramOffset;
  const hasBias = node.type === 'output' || node.params.useBias;
  const kernel = new Float32Array(shown * inputs);
  const bias = new Float32Array(shown);
  for (let k = 0; k < shown; k++) {
    const u = first + k;
    for (let i = 0; i < inputs; i++) kernel[k * inputs + i] = model.params[off + i * width + u];
    if (hasBias) bias[k] = model.params[off + inputs * width + u];
  }
  const readsInput = node.inputs[0] === model.plan.inputId;
  return { inputs, kernel, bias, hasBias, readsInput };
}

/**
 * Pictures of every unit (up to MAX_UNITS_SHOWN per node) of the pictured nodes among `nodeIds`, all from
 * one pass over the query's inputs in chunks of maxBatch.
 */
export function neuronPictures(model: Model, nodeIds: readonly string[], query: NeuronQuery): NodeNeurons[] {
  return neuronPicturesAndWindow(model, nodeIds, query).pictures;
}

/**
 * The same, and in the same pass the units of `window` (of any pictured node, shown on the canvas or not):
 * null when the window's node has no pictures.
 */
export function neuronPicturesAndWindow(
  model: Model,
  nodeIds: readonly string[],
  query: NeuronQuery,
  window?: UnitWindow,
): { pictures: NodeNeurons[]; window: NodeNeurons | null } {
  if (query.kind === 'plane' && model.inputWidth !== 2)
    throw new Error(`Neuron pictures over the plane need 2 inputs, but this model has ${model.inputWidth}.`);
  if (query.kind === 'curve' && model.inputWidth !== 1)
    throw new Error(`Neuron curves over x need 1 input, but this model has ${model.inputWidth}.`);
  const nodes = pictured(model, nodeIds);
  const rows = rowsOf(query);
  const classes = query.kind === 'classes' ? query.classes : 0;
  const cells = query.kind === 'classes' ? classes : rows;
  const job = (node: PlanNode, first: number, shown: number) => ({
    node,
    first,
    shown,
    values: new Float32Array(shown * cells),
  });
  const pictures = nodes.map((node) => job(node, 0, Math.min(node.width, MAX_UNITS_SHOWN)));
  const windowNode = window ? pictured(model, [window.nodeId])[0] : undefined;
  const windowJob =
    window && windowNode
      ? (() => {
          const first = Math.max(0, Math.min(Math.floor(window.first), windowNode.width - 1));
          const count = Math.max(0, Math.min(Math.floor(window.count), MAX_WINDOW_UNITS, windowNode.width - first));
          return job(windowNode, first, count);
        })()
      : null;
  const jobs = windowJob ? [...pictures, windowJob] : pictures;
  const outputNode = model.plan.nodes[model.plan.outputId];
  const withPieces =
    query.kind === 'curve' && model.plan.outputActivation === 'linear' && nodes.includes(outputNode)
      ? model.plan.nodes[outputNode.inputs[0]]
      : null;
  const pieces = withPieces ? Math.min(withPieces.width, MAX_CONTRIBUTIONS) : 0;
  const pieceValues = new Float32Array(pieces * rows);
  const sum = new Float32Array(withPieces ? rows : 0);
  const counts = new Float64Array(classes);

  const w = model.inputWidth;
  const chunk = model.maxBatch;
  const input = new Float32Array(chunk * w);
  for (let start = 0; start < rows; start += chunk) {
    const n = Math.min(chunk, rows - start);
    let x: Float32Array = input;
    if (query.kind === 'plane') fillGridInputs(input, start, n, query.xRange, query.yRange, query.resolution);
    else x = query.x.subarray(start * w, (start + n) * w);
    const out = model.forward(x, n, false);
    if (query.kind === 'classes') for (let r = 0; r < n; r++) counts[query.labels[start + r]] += 1;
    for (const p of jobs) {
      const a = model.activationsOf(p.node.id);
      const width = p.node.width;
      for (let r = 0; r < n; r++) {
        const row = r * width + p.first;
        if (query.kind === 'classes') {
          const c = query.labels[start + r];
          for (let k = 0; k < p.shown; k++) p.values[k * cells + c] += a[row + k];
        } else {
          for (let k = 0; k < p.shown; k++) p.values[k * cells + start + r] = a[row + k];
        }
      }
    }
    if (withPieces) {
      const a = model.activationsOf(withPieces.id);
      const ow = outputNode.width;
      for (let r = 0; r < n; r++) {
        sum[start + r] = out[r * ow];
        for (let j = 0; j < pieces; j++)
          pieceValues[j * rows + start + r] =
            model.params[outputNode.paramOffset + j * ow] * a[r * withPieces.width + j];
      }
    }
  }
  const finish = ({ node, first, shown, values }: ReturnType<typeof job>): NodeNeurons => {
    if (query.kind === 'classes')
      for (let k = 0; k < shown; k++)
        for (let c = 0; c < classes; c++) values[k * cells + c] = counts[c] > 0 ? values[k * cells + c] / counts[c] : 0;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const v of values) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    const picture: NodeNeurons = {
      nodeId: node.id,
      activation: nodeActivation(model, node)!,
      units: node.width,
      first,
      shown,
      cells,
      values,
      min: Number.isFinite(min) ? min : 0,
      max: Number.isFinite(max) ? max : 0,
    };
    const weights = unitWeights(model, node, first, shown);
    if (weights) picture.weights = weights;
    return picture;
  };
  return {
    pictures: pictures.map((p) => {
      const picture = finish(p);
      if (withPieces && p.node === outputNode)
        picture.contributions = {
          sourceId: withPieces.id,
          count: pieces,
          values: pieceValues,
          bias: model.params[outputNode.paramOffset + outputNode.inputWidth * outputNode.width],
          sum,
        };
      return picture;
    }),
    window: windowJob ? finish(windowJob) : null,
  };
}

/** The arrays of some pictures, to transfer rather than copy them to another thread. */
export function neuronBuffers(pictures: readonly NodeNeurons[]): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const p of pictures) {
    buffers.push(p.values.buffer as ArrayBuffer);
    if (p.weights) {
      buffers.push(p.weights.kernel.buffer as ArrayBuffer, p.weights.bias.buffer as ArrayBuffer);
    }
    if (p.contributions)
      buffers.push(p.contributions.values.buffer as ArrayBuffer, p.contributions.sum.buffer as ArrayBuffer);
  }
  // A transfer list may not name a buffer twice.
  return [...new Set(buffers)];
}
