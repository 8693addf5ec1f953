/**
 * Row-level helpers shared by every dataset builder: gathering rows by index (subsets, splits, shuffles),
 * seeded permutations and subsets. Datasets are immutable by convention, so these always return new arrays.
 */
import type { Dataset } from '../types';
import { Rng } from '../rng';

/** Width of one row of `y`: one class index for classification, `targets` numbers for regression. */
export function yWidthOf(dataset: Pick<Dataset, 'task' | 'targets'>): number {
  return dataset.task === 'classification' ? 1 : dataset.targets;
}

/** A new dataset holding the given rows of `dataset`, in the given order. */
export function selectRows(dataset: Dataset, indices: ArrayLike<number>, name = dataset.name): Dataset {
  const f = dataset.features;
  const yw = yWidthOf(dataset);
  const n = indices.length;
  const x = new Float32Array(n * f);
  const y = new Float32Array(n * yw);
  for (let r = 0; r < n; r++) {
    const src = indices[r];
    x.set(dataset.x.subarray(src * f, src * f + f), r * f);
    if (yw === 1) y[r] = dataset.y[src];
    else y.set(dataset.y.subarray(src * yw, src * yw + yw), r * yw);
  }
  return { ...dataset, name, n, x, y, featureNames: [...dataset.featureNames], classNames: [...dataset.classNames] };
}

/** 0..n-1 in a seeded random order. */
export function permutation(n: number, rng: Rng): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return rng.shuffle(order);
}

/** The same rows in a seeded random order (generators build class by class, then mix the rows). */
export function shuffleRows(dataset: Dataset, rng: Rng): Dataset {
  return selectRows(dataset, permutation(dataset.n, rng));
}

/**
 * `samples` rows chosen at random (seeded) when 0 < samples < n; otherwise every row, unchanged.
 * Used for the fixed-size sets (iris, mnist, csv), where `samples` caps rather than generates.
 */
export function seededSubset(dataset: Dataset, samples: number, rng: Rng): Dataset {
  if (!(samples > 0) || samples >= dataset.n) return dataset;
  return selectRows(dataset, permutation(dataset.n, rng).subarray(0, Math.floor(samples)));
}

/** How many samples each of `classes` classes gets so the total is `n` and the counts differ by at most one. */
export function balancedCounts(n: number, classes: number): number[] {
  const base = Math.floor(n / classes);
  const extra = n - base * classes;
  return Array.from({ length: classes }, (_, c) => base + (c < extra ? 1 : 0));
}
