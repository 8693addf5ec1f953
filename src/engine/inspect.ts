/**
 * Looking inside a model without training it: predictions for any number of rows, a decision-boundary grid
 * over a 2-D input range, one sample's activations layer by layer, and per-layer weight, gradient and unit
 * statistics (dead ReLUs, saturated sigmoid/tanh units) that explain why a network is or is not learning.
 *
 * Everything here runs forward passes in inference mode (no dropout) and only reads `model.grads`.
 */
import type { ActivationName, Model, PlanNode, WeightsByNode } from './types';

/** Outputs for `rows` rows of `x` ([rows, inputWidth]), any number of rows: runs in chunks of maxBatch. */
export function predictBatch(model: Model, x: Float32Array, rows: number): Float32Array {
  const w = model.inputWidth;
  if (x.length < rows * w) {
    throw new Error(
      `predictBatch was given ${x.length} numbers for ${rows} rows of ${w} inputs; it needs ${rows * w}.`,
    );
  }
  const out = new Float32Array(rows * model.outputWidth);
  for (let start = 0; start < rows; start += model.maxBatch) {
    const n = Math.min(model.maxBatch, rows - start);
    const y = model.forward(x.subarray(start * w, (start + n) * w), n, false);
    out.set(y.subarray(0, n * model.outputWidth), start * model.outputWidth);
  }
  return out;
}

export type Range = readonly [number, number];

/** What each cell of a grid holds, decided by the model's output. */
export type GridValueKind = 'probability' | 'class' | 'value';

/**
 * How predictGrid reads the output: one sigmoid unit → probability of class 1; softmax with 2 classes →
 * probability of class 1; softmax with more classes → argmax class index; linear output → the first output.
 */
export function gridValueKind(model: Model): GridValueKind {
  if (model.plan.outputActivation === 'linear') return 'value';
  return model.outputWidth <= 2 ? 'probability' : 'class';
}

/**
 * Evaluates the model at the centres of a resolution×resolution grid covering xRange × yRange (in the
 * model's input units, i.e. after any standardisation of the dataset). Row-major: cell (i, j) — column i
 * along x, row j along y, both increasing — is at index j·resolution + i. Values per gridValueKind.
 * Pass `out` to reuse a buffer (it must hold resolution² numbers).
 */
export function predictGrid(
  model: Model,
  xRange: Range,
  yRange: Range,
  resolution: number,
  out: Float32Array = new Float32Array(resolution * resolution),
): Float32Array {
  if (model.inputWidth !== 2) {
    throw new Error(
      `A decision-boundary grid needs a model with 2 inputs, but this one has ${model.inputWidth}; ` +
        'use it with a 2-D dataset such as circle or spiral.',
    );
  }
  if (!(Number.isInteger(resolution) && resolution >= 1 && resolution <= 1024)) {
    throw new Error(`The grid resolution must be a whole number from 1 to 1024 (got ${resolution}).`);
  }
  const cells = resolution * resolution;
  if (out.length < cells) throw new Error(`The grid buffer holds ${out.length} numbers but needs ${cells}.`);
  const kind = gridValueKind(model);
  const ow = model.outputWidth;
  const chunk = model.maxBatch;
  const input = new Float32Array(chunk * 2);
  for (let start = 0; start < cells; start += chunk) {
    const n = Math.min(chunk, cells - start);
    fillGridInputs(input, start, n, xRange, yRange, resolution);
    const y = model.forward(input, n, false);
    for (let k = 0; k < n; k++) {
      if (kind === 'class') {
        let best = 0;
        for (let c = 1; c < ow; c++) if (y[k * ow + c] > y[k * ow + best]) best = c;
        out[start + k] = best;
      } else {
        // One sigmoid unit: its probability; two softmax units: the second one's; linear: the first output.
        out[start + k] = kind === 'probability' && ow === 2 ? y[k * ow + 1] : y[k * ow];
      }
    }
  }
  return out;
}

/**
 * Writes the 2-D inputs of grid cells start … start + n − 1 (their centres, laid out as in predictGrid) into
 * `input` as n rows of two numbers.
 */
export function fillGridInputs(
  input: Float32Array,
  start: number,
  n: number,
  xRange: Range,
  yRange: Range,
  resolution: number,
): void {
  const dx = (xRange[1] - xRange[0]) / resolution;
  const dy = (yRange[1] - yRange[0]) / resolution;
  for (let k = 0; k < n; k++) {
    const cell = start + k;
    input[2 * k] = xRange[0] + ((cell % resolution) + 0.5) * dx;
    input[2 * k + 1] = yRange[0] + (Math.floor(cell / resolution) + 0.5) * dy;
  }
}

export interface LayerActivations {
  nodeId: string;
  label: string;
  type: PlanNode['type'];
  values: Float32Array;
}

/** Every node's output for one sample (row of `inputWidth` numbers), in plan order. Copies, so they stay valid. */
export function activationsForSample(model: Model, sample: Float32Array): LayerActivations[] {
  if (sample.length < model.inputWidth) {
    throw new Error(`The sample has ${sample.length} numbers but the model takes ${model.inputWidth} inputs.`);
  }
  model.forward(sample.subarray(0, model.inputWidth), 1, false);
  return model.plan.order.map((id) => {
    const node = model.plan.nodes[id];
    return { nodeId: id, label: node.label, type: node.type, values: model.activationsOf(id).slice(0, node.width) };
  });
}

export interface Summary {
  mean: number;
  std: number;
  min: number;
  max: number;
  /** Root of the sum of squares. */
  norm: number;
}

export function summarize(values: ArrayLike<number>, from = 0, to = values.length): Summary {
  const n = to - from;
  if (n <= 0) return { mean: 0, std: 0, min: 0, max: 0, norm: 0 };
  let sum = 0;
  let sq = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = from; i < to; i++) {
    const v = values[i];
    sum += v;
    sq += v * v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = sum / n;
  return { mean, std: Math.sqrt(Math.max(0, sq / n - mean * mean)), min, max, norm: Math.sqrt(sq) };
}

export interface ParameterStats {
  nodeId: string;
  label: string;
  params: Summary;
  /** From the last computeGradients call. */
  grads: Summary;
}

/** Weight and gradient statistics of every node that has parameters, in plan order. */
export function parameterStats(model: Model): ParameterStats[] {
  const result: ParameterStats[] = [];
  for (const id of model.plan.order) {
    const node = model.plan.nodes[id];
    if (node.paramCount === 0) continue;
    const end = node.paramOffset + node.paramCount;
    result.push({
      nodeId: id,
      label: node.label,
      params: summarize(model.params, node.paramOffset, end),
      grads: summarize(model.grads, node.paramOffset, end),
    });
  }
  return result;
}

/** Where a weighted layer's kernel [inputWidth, width] and bias [width] sit in the flat parameter array. */
export function parameterLayout(node: PlanNode): { kernelFrom: number; kernelTo: number; biasTo: number } {
  const kernelFrom = node.paramOffset;
  const kernelTo = kernelFrom + Math.min(node.paramCount, node.inputWidth * node.width);
  return { kernelFrom, kernelTo, biasTo: node.paramOffset + node.paramCount };
}

/**
 * The gradients of the last computeGradients call (the last training step), shaped like getWeights: kernel
 * [inputs, units] and bias [units] per weighted node. Copies, so they stay valid while training goes on.
 */
export function gradientsByNode(model: Model): WeightsByNode {
  const result: WeightsByNode = {};
  for (const id of model.plan.order) {
    const node = model.plan.nodes[id];
    if (node.paramCount === 0) continue;
    const { kernelFrom, kernelTo, biasTo } = parameterLayout(node);
    result[id] = {
      kernel: { shape: [node.inputWidth, node.width], data: model.grads.slice(kernelFrom, kernelTo) },
      ...(biasTo > kernelTo ? { bias: { shape: [node.width], data: model.grads.slice(kernelTo, biasTo) } } : {}),
    };
  }
  return result;
}

/** The activation function a node applies last, if any. */
export function nodeActivation(model: Model, node: PlanNode): ActivationName | null {
  if (node.type === 'output') return model.plan.outputActivation;
  if (node.type === 'dense' || node.type === 'activation') return node.params.activation;
  return null;
}

export interface UnitStats {
  nodeId: string;
  label: string;
  activation: ActivationName;
  units: number;
  /** ReLU only: share of units that output 0 for every row of the batch (they get no gradient). */
  deadShare?: number;
  /**
   * Sigmoid/tanh only: share of (row, unit) outputs where the derivative is below 5% of its maximum
   * (sigmoid outside about [0.013, 0.987], tanh beyond about ±0.975): learning through them has all but stopped.
   */
  saturatedShare?: number;
}

/**
 * Dead-ReLU and saturation shares per activated layer over a batch of rows (runs a forward pass over the
 * first min(rows, maxBatch) rows; a few hundred rows are plenty for these shares).
 */
export function unitStats(model: Model, x: Float32Array, rows: number): UnitStats[] {
  const n = Math.min(rows, model.maxBatch);
  if (n < 1) throw new Error('unitStats needs at least one row.');
  model.forward(x.subarray(0, n * model.inputWidth), n, false);
  const result: UnitStats[] = [];
  for (const id of model.plan.order) {
    const node = model.plan.nodes[id];
    const activation = nodeActivation(model, node);
    if (activation === null) continue;
    const a = model.activationsOf(id);
    const w = node.width;
    const stats: UnitStats = { nodeId: id, label: node.label, activation, units: w };
    if (activation === 'relu') {
      let dead = 0;
      for (let u = 0; u < w; u++) {
        let alive = false;
        for (let r = 0; r < n && !alive; r++) alive = a[r * w + u] > 0;
        if (!alive) dead++;
      }
      stats.deadShare = dead / w;
    } else if (activation === 'sigmoid' || activation === 'tanh') {
      let saturated = 0;
      for (let i = 0; i < n * w; i++) {
        const v = a[i];
        const relativeSlope = activation === 'sigmoid' ? 4 * v * (1 - v) : 1 - v * v;
        if (relativeSlope < 0.05) saturated++;
      }
      stats.saturatedShare = saturated / (n * w);
    }
    result.push(stats);
  }
  return result;
}
