/**
 * Feature standardization: each input column is shifted and scaled to mean 0 and standard deviation 1.
 *
 * Where it is applied: after the split, fitted on the training rows only and applied to both training and
 * validation (prepareData does exactly this), so no validation statistics leak into training. Targets are
 * never standardized. The returned mean/std travel with a trained model: anything fed to it later (the
 * decision-boundary grid, a prediction from the CLI) goes through standardizeRows with the same numbers.
 */
import type { Dataset, DataSplit } from '../types';
import { DataError } from './errors';

export interface Standardization {
  /** Per feature, the training mean. */
  mean: number[];
  /** Per feature, the training standard deviation (population); 1 for a constant column, so it is only centred. */
  std: number[];
}

export function fitStandardization(dataset: Dataset): Standardization {
  const { n, features: f, x } = dataset;
  if (n < 1)
    throw new DataError(
      'dataset-no-training-rows',
      { name: dataset.name },
      `Cannot standardize '${dataset.name}': it has no training rows.`,
    );
  const mean = new Array<number>(f).fill(0);
  const std = new Array<number>(f).fill(0);
  for (let r = 0; r < n; r++) for (let k = 0; k < f; k++) mean[k] += x[r * f + k];
  for (let k = 0; k < f; k++) mean[k] /= n;
  for (let r = 0; r < n; r++) {
    for (let k = 0; k < f; k++) {
      const d = x[r * f + k] - mean[k];
      std[k] += d * d;
    }
  }
  for (let k = 0; k < f; k++) {
    const s = Math.sqrt(std[k] / n);
    // A (near-)constant column carries no information; dividing by ~0 would blow it up into noise.
    std[k] = s > 1e-8 ? s : 1;
  }
  return { mean, std };
}

/** Row-major [rows, features] inputs standardized with `s`, as a new array. */
export function standardizeRows(x: Float32Array, s: Standardization): Float32Array {
  const f = s.mean.length;
  if (f === 0 || x.length % f !== 0) {
    throw new Error(`standardizeRows: ${x.length} values are not whole rows of ${f} features.`);
  }
  const out = new Float32Array(x.length);
  for (let at = 0; at < x.length; at += f) {
    for (let k = 0; k < f; k++) out[at + k] = (x[at + k] - s.mean[k]) / s.std[k];
  }
  return out;
}

export function applyStandardization(dataset: Dataset, s: Standardization): Dataset {
  if (s.mean.length !== dataset.features) {
    throw new Error(`The standardization has ${s.mean.length} features but '${dataset.name}' has ${dataset.features}.`);
  }
  const x = dataset.n === 0 ? new Float32Array(0) : standardizeRows(dataset.x, s);
  return { ...dataset, x };
}

/** Fits on `split.train`, applies to both halves. */
export function standardizeSplit(split: DataSplit): { split: DataSplit; standardization: Standardization } {
  const standardization = fitStandardization(split.train);
  return {
    split: {
      train: applyStandardization(split.train, standardization),
      validation: applyStandardization(split.validation, standardization),
    },
    standardization,
  };
}
