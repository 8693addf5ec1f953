/**
 * One-dimensional regression: y = sin(x) for x drawn uniformly from [-π, π], plus gaussian noise whose
 * standard deviation is `noise` (a fraction of the curve's amplitude, which is 1; 0 gives the clean curve).
 */
import type { Dataset } from '../types';
import type { Rng } from '../rng';

export const SINE_X_RANGE = { min: -Math.PI, max: Math.PI } as const;

export function makeSine(opts: { samples: number; noise: number }, rng: Rng): Dataset {
  const n = opts.samples;
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const v = rng.uniform(SINE_X_RANGE.min, SINE_X_RANGE.max);
    x[i] = v;
    y[i] = Math.sin(v) + opts.noise * rng.normal();
  }
  return {
    name: 'Sine',
    task: 'regression',
    features: 1,
    classes: 0,
    targets: 1,
    featureNames: ['x'],
    classNames: [],
    n,
    x,
    y,
  };
}
