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

export interface FusedLoss {
  loss(z: Float32Array, a: Float32Array, y: Float32Array, rows: number, width: number): number;
  lossAndGradient(
    z: Float32Array,
    a: Float32Array,
    y: Float32Array,
    rows: number,
    width: number,
    dz: Float32Array,
  ): number;
  /** Correct predictions: argmax for softmax, p > 0.5 for sigmoid; 0 for regression. */
  correct(a: Float32Array, y: Float32Array, rows: number, width: number): number;
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

const mse: FusedLoss = {
  loss(_z, a, y, rows, width) {
    let s = 0;
    for (let i = 0, n = rows * width; i < n; i++) {
      const d = a[i] - y[i];
      s += d * d;
    }
    return s / (rows * width);
  },
  lossAndGradient(_z, a, y, rows, width, dz) {
    const n = rows * width;
    const scale = 2 / n;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const d = a[i] - y[i];
      s += d * d;
      dz[i] = scale * d;
    }
    return s / n;
  },
  correct: () => 0,
};

/** log(1 + e^−|z|) + max(z, 0) − z·y: the BCE of a logit, exact for any finite z. */
function bceOfLogit(z: number, y: number): number {
  return (z > 0 ? z : 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
}

const binaryCrossEntropy: FusedLoss = {
  loss(z, _a, y, rows) {
    let s = 0;
    for (let i = 0; i < rows; i++) s += bceOfLogit(z[i], y[i]);
    return s / rows;
  },
  lossAndGradient(z, a, y, rows, _width, dz) {
    let s = 0;
    const inv = 1 / rows;
    for (let i = 0; i < rows; i++) {
      s += bceOfLogit(z[i], y[i]);
      dz[i] = (a[i] - y[i]) * inv;
    }
    return s * inv;
  },
  correct(a, y, rows) {
    let c = 0;
    for (let i = 0; i < rows; i++) if (a[i] > 0.5 === y[i] > 0.5) c++;
    return c;
  },
};

function logSumExpMinusTarget(z: Float32Array, o: number, width: number, target: number): number {
  let max = -Infinity;
  for (let j = 0; j < width; j++) if (z[o + j] > max) max = z[o + j];
  let sum = 0;
  for (let j = 0; j < width; j++) sum += Math.exp(z[o + j] - max);
  return max + Math.log(sum) - z[o + target];
}

const crossEntropy: FusedLoss = {
  loss(z, _a, y, rows, width) {
    let s = 0;
    for (let r = 0; r < rows; r++) s += logSumExpMinusTarget(z, r * width, width, y[r]);
    return s / rows;
  },
  lossAndGradient(z, a, y, rows, width, dz) {
    let s = 0;
    const inv = 1 / rows;
    for (let r = 0, o = 0; r < rows; r++, o += width) {
      const t = y[r];
      s += logSumExpMinusTarget(z, o, width, t);
      for (let j = 0; j < width; j++) dz[o + j] = (a[o + j] - (j === t ? 1 : 0)) * inv;
    }
    return s * inv;
  },
  correct(a, y, rows, width) {
    let c = 0;
    for (let r = 0, o = 0; r < rows; r++, o += width) {
      let best = 0;
      for (let j = 1; j < width; j++) if (a[o + j] > a[o + best]) best = j;
      if (best === y[r]) c++;
    }
    return c;
  },
};

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

function classMseLoss(a: Float32Array, y: Float32Array, rows: number, width: number): number {
  let s = 0;
  for (let r = 0, o = 0; r < rows; r++, o += width) {
    for (let j = 0; j < width; j++) {
      const d = a[o + j] - classTarget(y[r], j, width);
      s += d * d;
    }
  }
  return s / (rows * width);
}

/** Squared error against class targets, through a linear, sigmoid or softmax output. */
function mseOnClasses(activation: OutputActivation): FusedLoss {
  return {
    loss: (_z, a, y, rows, width) => classMseLoss(a, y, rows, width),
    lossAndGradient(_z, a, y, rows, width, dz) {
      const scale = 2 / (rows * width);
      for (let r = 0, o = 0; r < rows; r++, o += width) {
        for (let j = 0; j < width; j++) dz[o + j] = scale * (a[o + j] - classTarget(y[r], j, width));
        if (activation === 'sigmoid') {
          for (let j = 0; j < width; j++) dz[o + j] *= a[o + j] * (1 - a[o + j]);
        } else if (activation === 'softmax') {
          let dot = 0;
          for (let j = 0; j < width; j++) dot += dz[o + j] * a[o + j];
          for (let j = 0; j < width; j++) dz[o + j] = a[o + j] * (dz[o + j] - dot);
        }
      }
      return classMseLoss(a, y, rows, width);
    },
    correct: correctByArgmax,
  };
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
