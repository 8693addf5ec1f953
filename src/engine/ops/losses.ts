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
 * `y` is as in Dataset: class indices for classification, [rows, targets] for regression.
 * `lossAndGradient` writes dL/dz into dz and returns the mean loss; `loss` only measures.
 */
import type { LossName, OutputActivation } from '../types';

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

/** The fused loss for an output activation + loss pair that compile accepts. */
export function fusedLoss(activation: OutputActivation, loss: LossName): FusedLoss {
  if (activation === 'linear' && loss === 'mse') return mse;
  if (activation === 'sigmoid' && loss === 'binaryCrossEntropy') return binaryCrossEntropy;
  if (activation === 'softmax' && loss === 'crossEntropy') return crossEntropy;
  throw new Error(
    `An output with ${activation} and ${loss} cannot be trained: use linear with mse, sigmoid with binaryCrossEntropy, or softmax with crossEntropy.`,
  );
}
