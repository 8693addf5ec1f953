import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/engine/types';
import {
  applyStandardization,
  fitStandardization,
  irisFull,
  makeDataset,
  prepareData,
  splitDataset,
  standardizeRows,
} from '../../../src/engine/data';

function rowsOf(d: Dataset): string[] {
  const out: string[] = [];
  for (let r = 0; r < d.n; r++) out.push(`${Array.from(d.x.subarray(r * d.features, (r + 1) * d.features))}|${d.y[r]}`);
  return out;
}

describe('splitDataset', () => {
  const iris = irisFull();

  it('puts round(n × split) rows in validation and the rest in training, with no row lost or repeated', () => {
    const { train, validation } = splitDataset(iris, 0.3, 5);
    expect([train.n, validation.n]).toEqual([105, 45]);
    expect([...rowsOf(train), ...rowsOf(validation)].sort()).toEqual(rowsOf(iris).sort());
  });

  it('is seeded', () => {
    const a = splitDataset(iris, 0.2, 1);
    expect(splitDataset(iris, 0.2, 1).validation.x).toEqual(a.validation.x);
    expect(splitDataset(iris, 0.2, 2).validation.x).not.toEqual(a.validation.x);
  });

  it('handles no validation and refuses a split out of range', () => {
    expect(splitDataset(iris, 0, 1).validation.n).toBe(0);
    expect(() => splitDataset(iris, 0.95, 1)).toThrow(/fraction from 0 to 0.9 \(got 0.95\)/);
    const two = makeDataset({ kind: 'xor', samples: 2, noise: 0, validationSplit: 0.9, seed: 1 }).dataset;
    expect(splitDataset(two, 0.9, 1).train.n).toBe(1);
  });
});

describe('standardization', () => {
  it('gives the training features mean 0 and deviation 1, and applies the same numbers to validation', () => {
    const { split, standardization } = prepareData({
      kind: 'iris',
      validationSplit: 0.2,
      seed: 3,
    });
    expect(standardization).not.toBeNull();
    const { train, validation } = split;
    for (let k = 0; k < 4; k++) {
      let sum = 0;
      let sq = 0;
      for (let r = 0; r < train.n; r++) sum += train.x[r * 4 + k];
      for (let r = 0; r < train.n; r++) sq += (train.x[r * 4 + k] - sum / train.n) ** 2;
      expect(sum / train.n).toBeCloseTo(0, 4);
      expect(Math.sqrt(sq / train.n)).toBeCloseTo(1, 4);
    }
    // Validation went through the training statistics, so it can be undone with them.
    const raw = splitDataset(irisFull(), 0.2, 3).validation;
    const s = standardization!;
    expect(validation.x[1]).toBeCloseTo((raw.x[1] - s.mean[1]) / s.std[1], 5);
  });

  it('leaves a constant column centred instead of dividing by zero', () => {
    const d: Dataset = {
      ...irisFull(),
      features: 1,
      featureNames: ['c'],
      n: 3,
      x: Float32Array.from([2, 2, 2]),
      y: Float32Array.from([0, 1, 2]),
    };
    const s = fitStandardization(d);
    expect(s).toEqual({ mean: [2], std: [1] });
    expect(Array.from(applyStandardization(d, s).x)).toEqual([0, 0, 0]);
    expect(Array.from(standardizeRows(Float32Array.from([3, 1]), s))).toEqual([1, -1]);
  });

  it('is off by default for the 2-D sets and follows spec.standardize when given', () => {
    const spec = { kind: 'circle' as const, samples: 100, noise: 0, validationSplit: 0.2, seed: 3 };
    expect(prepareData(spec).standardization).toBeNull();
    expect(prepareData({ ...spec, standardize: true }).standardization).not.toBeNull();
    expect(prepareData({ kind: 'iris', validationSplit: 0.2, seed: 3, standardize: false }).standardization).toBeNull();
  });
});
