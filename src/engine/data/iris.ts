/** The iris dataset as a Dataset: 4 features in centimetres, 3 balanced classes, 150 rows. */
import type { Dataset } from '../types';
import type { Rng } from '../rng';
import { IRIS_CLASS_NAMES, IRIS_FEATURE_NAMES, IRIS_ROWS_PER_CLASS, IRIS_TENTHS } from './iris-data';
import { seededSubset } from './rows';

export const IRIS_SAMPLES = IRIS_TENTHS.length / 4;

/** All 150 flowers in the original order (setosa, versicolor, virginica). */
export function irisFull(): Dataset {
  const x = new Float32Array(IRIS_TENTHS.length);
  for (let i = 0; i < x.length; i++) x[i] = IRIS_TENTHS[i] / 10;
  const y = new Float32Array(IRIS_SAMPLES);
  for (let r = 0; r < IRIS_SAMPLES; r++) y[r] = Math.floor(r / IRIS_ROWS_PER_CLASS);
  return {
    name: 'Iris',
    task: 'classification',
    features: 4,
    classes: 3,
    targets: 0,
    featureNames: [...IRIS_FEATURE_NAMES],
    classNames: [...IRIS_CLASS_NAMES],
    n: IRIS_SAMPLES,
    x,
    y,
  };
}

/** Iris with `samples` flowers picked at random (seeded) when samples < 150, else all of them. */
export function makeIris(opts: { samples: number }, rng: Rng): Dataset {
  return seededSubset(irisFull(), opts.samples, rng);
}
