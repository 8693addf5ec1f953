/**
 * Losses, each fused with the output activation it is allowed with, so the gradient with respect to the
 * output layer's pre-activation z is the simple, stable (prediction − target) form:
 *
 *   mse                 with linear:  L = mean over rows of (Σ_targets (a − y)² / targets)
 *                                      — Keras MeanSquaredError (mean over the last axis, then over the batch)
 *                                     dL/dz = 2 (a − y) / (rows · targets)
 *   binaryCrossEntropy  with sigmoid: computed from the logit z, never from the rounded probability:
 *                                      L = mean of max(z, 0) − z·y + log(1 + e^−|z|)   (Keras from_logits=True)
 *                                     dL/dz = (σ(z) − y) / rows
 *   crossEntropy        with softmax: L = mean of logsumexp(z) − z_y, with the max shifted out (finite for ±1000)
 *                                     dL/dz = (softmax(z) − onehot(y)) / rows
 *
 * Classification with mse (allowed, with a compile warning, so a learner can see why cross-entropy is the usual
 * choice): the target t is the class (0/1) for one output unit, else onehot(y); L = mean of (a − t)² and
 * g = dL/da = 2 (a − t) / (rows · width), taken back through the output activation:
 *   linear   dL/dz = g
 *   sigmoid  dL/dz = g · a (1 − a)                       (this factor is why a saturated wrong answer learns slowly)
 *   softmax  dL/dz_j = a_j (g_j − Σ_k g_k a_k)
 *
 * `y` is as in Dataset: class indices for classification, [rows, targets] for regression.
 * `lossAndGradient` writes dL/dz into dz and returns the mean loss; `loss` only measures.
 */
import type { LossName, OutputActivation, Task } from '../types';
import { blockEnd, REDUCTION_BLOCK } from './dense';

export interface FusedLoss {
  loss(z: Float32Array, a: Float32Array, y: Float32Array, rows: number, width: number): number;
  /**
   * Writes dL/dz of the batch's `rows` rows into dz and returns the mean loss. The loss is summed in blocks
   * of REDUCTION_BLOCK rows (each from zero, the block sums added in order), as blockSumAndGradient and
   * meanOf would give it, so a batch split across threads reports the same bits.
   */
  lossAndGradient(
    z: Float32Array,
    a: Float32Array,
    y: Float32Array,
    rows: number,
    width: number,
    dz: Float32Array,
  ): number;
  /**
   * Rows [r0, r1) of a batch of `batchRows` rows: writes their dL/dz (scaled for the whole batch) into dz
   * and returns the sum of their losses from zero. meanOf turns the sum over the batch into its mean.
   */
  blockSumAndGradient(
    z: Float32Array,
    a: Float32Array,
    y: Float32Array,
    r0: number,
    r1: number,
    width: number,
    dz: Float32Array,
    batchRows: number,
  ): number;
  /** The mean loss of a batch of `rows` rows whose losses add up to `sum`. */
  meanOf(sum: number, rows: number, width: number): number;
  /** Correct predictions: argmax for softmax, p > 0.5 for sigmoid; 0 for regression. */
  correct(a: Float32Array, y: Float32Array, rows: number, width: number): number;
}

/** The sum over a batch in blocks of REDUCTION_BLOCK rows, then the mean. */
function blockedLossAndGradient(
  loss: Omit<FusedLoss, 'lossAndGradient'>,
  z: Float32Array,
  a: Float32Array,
  y: Float32Array,
  rows: number,
  width: number,
  dz: Float32Array,
): number {
  let sum = 0;
  for (let r0 = 0; r0 < rows; r0 += REDUCTION_BLOCK) {
    const s = loss.blockSumAndGradient(z, a, y, r0, blockEnd(r0, rows), width, dz, rows);
    sum = r0 === 0 ? s : sum + s;
  }
  return loss.meanOf(sum, rows, width);
}

/** A loss from its block sum and its mean; lossAndGradient is the blocked sum of the two. */
function fused(loss: Omit<FusedLoss, 'lossAndGradient'>): FusedLoss {
  return {
    ...loss,
    lossAndGradient: (z, a, y, rows, width, dz) => blockedLossAndGradient(loss, z, a, y, rows, width, dz),
  };
}

/** A loss as learners meet it: its name and what it computes, in words (the inspector, nodes and formulas). */
export interface LossKind {
  title: string;
  formula: string;
}

export const LOSS_KINDS: Record<LossName, LossKind> = {
  mse: { title: 'mean squared error', formula: 'the average of (ŷ − y)²' },
  binaryCrossEntropy: { title: 'binary cross-entropy', formula: '−[y·log ŷ + (1 − y)·log(1 − ŷ)]' },
  crossEntropy: { title: 'cross-entropy', formula: '−log of the probability given to the true class' },
};

/** The loss registered under `name`, or undefined for a name this version does not know (from a file). */
export function lossKindOf(name: unknown): LossKind | undefined {
  return typeof name === 'string' && Object.hasOwn(LOSS_KINDS, name) ? LOSS_KINDS[name as LossName] : undefined;
}

const mse: FusedLoss = fused({
  loss(_z, a, y, rows, width) {
    let s = 0;
    for (let i = 0, n = rows * width; i < n; i++) {
      const d = a[i] - y[i];
      s += d * d;
    }
    return s / (rows * width);
  },
  blockSumAndGradient(_z, a, y, r0, r1, width, dz, batchRows) {
    const scale = 2 / (batchRows * width);
    let s = 0;
    for (let i = r0 * width, n = r1 * width; i < n; i++) {
      const d = a[i] - y[i];
      s += d * d;
      dz[i] = scale * d;
    }
    return s;
  },
  meanOf: (sum, rows, width) => sum / (rows * width),
  correct: () => 0,
});

/** log(1 + e^−|z|) + max(z, 0) − z·y: the BCE of a logit, exact for any finite z. */
function bceOfLogit(z: number, y: number): number {
  return (z > 0 ? z : 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
}

const binaryCrossEntropy: FusedLoss = fused({
  loss(z, _a, y, rows) {
    let s = 0;
    for (let i = 0; i < rows; i++) s += bceOfLogit(z[i], y[i]);
    return s / rows;
  },
  blockSumAndGradient(z, a, y, r0, r1, _width, dz, batchRows) {
    let s = 0;
    const inv = 1 / batchRows;
    for (let i = r0; i < r1; i++) {
      s += bceOfLogit(z[i], y[i]);
      dz[i] = (a[i] - y[i]) * inv;
    }
    return s;
  },
  meanOf: (sum, rows) => sum * (1 / rows),
  correct(a, y, rows) {
    let c = 0;
    for (let i = 0; i < rows; i++) if (a[i] > 0.5 === y[i] > 0.5) c++;
    return c;
  },
});

function logSumExpMinusTarget(z: Float32Array, o: number, width: number, target: number): number {
  let max = -Infinity;
  for (let j = 0; j < width; j++) if (z[o + j] > max) max = z[o + j];
  let sum = 0;
  for (let j = 0; j < width; j++) sum += Math.exp(z[o + j] - max);
  return max + Math.log(sum) - z[o + target];
}

const crossEntropy: FusedLoss = fused({
  loss(z, _a, y, rows, width) {
    let s = 0;
    for (let r = 0; r < rows; r++) s += logSumExpMinusTarget(z, r * width, width, y[r]);
    return s / rows;
  },
  blockSumAndGradient(z, a, y, r0, r1, width, dz, batchRows) {
    let s = 0;
    const inv = 1 / batchRows;
    for (let r = r0, o = r0 * width; r < r1; r++, o += width) {
      const t = y[r];
      s += logSumExpMinusTarget(z, o, width, t);
      for (let j = 0; j < width; j++) dz[o + j] = (a[o + j] - (j === t ? 1 : 0)) * inv;
    }
    return s;
  },
  meanOf: (sum, rows) => sum * (1 / rows),
  correct(a, y, rows, width) {
    let c = 0;
    for (let r = 0, o = 0; r < rows; r++, o += width) {
      let best = 0;
      for (let j = 1; j < width; j++) if (a[o + j] > a[o + best]) best = j;
      if (best === y[r]) c++;
    }
    return c;
  },
});

/** Target of output unit j for a row of class `label`: the class itself for one unit, else one-hot. */
function classTarget(label: number, j: number, width: number): number {
  if (width === 1) return label > 0.5 ? 1 : 0;
  return j === label ? 1 : 0;
}

/** Argmax for several units, p > 0.5 for one. */
function correctByArgmax(a: Float32Array, y: Float32Array, rows: number, width: number): number {
  if (width === 1) return binaryCrossEntropy.correct(a, y, rows, width);
  return crossEntropy.correct(a, y, rows, width);
}

/** Σ over rows [r0, r1) of the squared error against class targets, from zero. */
function classMseSum(a: Float32Array, y: Float32Array, r0: number, r1: number, width: number): number {
  let s = 0;
  for (let r = r0, o = r0 * width; r < r1; r++, o += width) {
    for (let j = 0; j < width; j++) {
      const d = a[o + j] - classTarget(y[r], j, width);
      s += d * d;
    }
  }
  return s;
}

/** Squared error against class targets, through a linear, sigmoid or softmax output. */
function mseOnClasses(activation: OutputActivation): FusedLoss {
  return fused({
    loss: (_z, a, y, rows, width) => classMseSum(a, y, 0, rows, width) / (rows * width),
    blockSumAndGradient(_z, a, y, r0, r1, width, dz, batchRows) {
      const scale = 2 / (batchRows * width);
      for (let r = r0, o = r0 * width; r < r1; r++, o += width) {
        for (let j = 0; j < width; j++) dz[o + j] = scale * (a[o + j] - classTarget(y[r], j, width));
        if (activation === 'sigmoid') {
          for (let j = 0; j < width; j++) dz[o + j] *= a[o + j] * (1 - a[o + j]);
        } else if (activation === 'softmax') {
          let dot = 0;
          for (let j = 0; j < width; j++) dot += dz[o + j] * a[o + j];
          for (let j = 0; j < width; j++) dz[o + j] = a[o + j] * (dz[o + j] - dot);
        }
      }
      return classMseSum(a, y, r0, r1, width);
    },
    meanOf: (sum, rows, width) => sum / (rows * width),
    correct: correctByArgmax,
  });
}

const MSE_ON_CLASSES: Record<OutputActivation, FusedLoss> = {
  linear: mseOnClasses('linear'),
  sigmoid: mseOnClasses('sigmoid'),
  softmax: mseOnClasses('softmax'),
};

/**
 * The fused loss for an output activation + loss pair that compile accepts. `task` tells mse whether `y`
 * holds real targets (regression) or class indices (classification).
 */
export function fusedLoss(activation: OutputActivation, loss: LossName, task: Task = 'regression'): FusedLoss {
  if (loss === 'mse' && task === 'classification') return MSE_ON_CLASSES[activation];
  if (activation === 'linear' && loss === 'mse') return mse;
  if (activation === 'sigmoid' && loss === 'binaryCrossEntropy') return binaryCrossEntropy;
  if (activation === 'softmax' && loss === 'crossEntropy') return crossEntropy;
  throw new Error(
    `An output with ${activation} and ${loss} cannot be trained: use linear with mse, sigmoid with binaryCrossEntropy, or softmax with crossEntropy.`,
  );
}
