/** Seeded train/validation split (random, not stratified). */
import type { Dataset, DataSplit } from '../types';
import { Rng } from '../rng';
import { DataError } from './errors';
import { permutation, selectRows } from './rows';

/** Largest validation fraction accepted, as in the project file's `validationSplit` (0..0.9). */
export const MAX_VALIDATION_SPLIT = 0.9;

/**
 * Shuffles the rows (seeded) and puts round(n × validationSplit) of them in `validation`, the rest in
 * `train`; training always keeps at least one row. The shuffle uses its own stream derived from `seed`, so
 * passing the dataset's generation seed here does not replay the generator's random numbers.
 */
export function splitDataset(dataset: Dataset, validationSplit: number, seed: number): DataSplit {
  if (!(validationSplit >= 0 && validationSplit <= MAX_VALIDATION_SPLIT)) {
    throw new DataError(
      'dataset-bad-split',
      { value: String(validationSplit), max: MAX_VALIDATION_SPLIT },
      `The validation split must be a fraction from 0 to ${MAX_VALIDATION_SPLIT} (got ${validationSplit}).`,
    );
  }
  if (dataset.n < 1)
    throw new DataError(
      'dataset-no-rows',
      { name: dataset.name },
      `The dataset '${dataset.name}' has no rows to split into training and validation.`,
    );
  const order = permutation(dataset.n, new Rng((seed ^ 0x5bd1e995) >>> 0));
  const nValidation = Math.min(Math.round(dataset.n * validationSplit), dataset.n - 1);
  return {
    train: selectRows(dataset, order.subarray(nValidation), dataset.name),
    validation: selectRows(dataset, order.subarray(0, nValidation), dataset.name),
  };
}
