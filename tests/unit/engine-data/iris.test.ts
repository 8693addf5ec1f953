import { describe, expect, it } from 'vitest';
import { IRIS_CLASS_NAMES, irisFull, makeDataset } from '../../../src/engine/data';

// Published per-class column sums (cm) and sample standard deviations of Fisher's data (scikit-learn's copy).
const SUMS = [
  [250.3, 171.4, 73.1, 12.3],
  [296.8, 138.5, 213.0, 66.3],
  [329.4, 148.7, 277.6, 101.3],
];
const STDS = [
  [0.3525, 0.3791, 0.1737, 0.1054],
  [0.5162, 0.3138, 0.4699, 0.1978],
  [0.6359, 0.3225, 0.5519, 0.2747],
];

describe('iris', () => {
  const d = irisFull();

  it('has 150 rows, 4 features and 50 flowers of each species', () => {
    expect(d.n).toBe(150);
    expect(d.features).toBe(4);
    expect(d.classNames).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(IRIS_CLASS_NAMES).toEqual(d.classNames);
    const counts = [0, 0, 0];
    for (const v of d.y) counts[v]++;
    expect(counts).toEqual([50, 50, 50]);
    expect(Array.from(d.x.subarray(0, 4))).toEqual([5.1, 3.5, 1.4, 0.2].map(Math.fround));
    expect(Array.from(d.x.subarray(149 * 4))).toEqual([5.9, 3.0, 5.1, 1.8].map(Math.fround));
  });

  it('matches the published per-class sums and standard deviations', () => {
    for (let c = 0; c < 3; c++) {
      for (let k = 0; k < 4; k++) {
        const values: number[] = [];
        for (let r = 0; r < 150; r++) if (d.y[r] === c) values.push(d.x[r * 4 + k]);
        const sum = values.reduce((a, b) => a + b, 0);
        const mean = sum / values.length;
        const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1));
        expect(sum).toBeCloseTo(SUMS[c][k], 3);
        expect(sd).toBeCloseTo(STDS[c][k], 3);
      }
    }
  });

  it('uses all 150 flowers, in the same order for every seed (the split shuffles them)', () => {
    const spec = { kind: 'iris' as const, validationSplit: 0.2, seed: 3 };
    const a = makeDataset(spec).dataset;
    expect(a.n).toBe(150);
    expect(a.x).toEqual(d.x);
    expect(makeDataset({ ...spec, seed: 4 }).dataset.x).toEqual(a.x);
  });
});
