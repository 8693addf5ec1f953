import { describe, expect, it } from 'vitest';
import type { DatasetKind, DatasetSpec } from '../../../src/engine/types';
import { DATASET_INFO, PLANE_EXTENT, dataShapeOf, makeDataset } from '../../../src/engine/data';

const spec = (kind: DatasetKind, extra: Partial<DatasetSpec> = {}): DatasetSpec => ({
  kind,
  samples: 300,
  noise: 0.2,
  validationSplit: 0.2,
  seed: 7,
  ...extra,
});

const PLANE_KINDS = ['circle', 'xor', 'gaussian', 'spiral', 'moons'] as const;

function classCounts(y: Float32Array, classes: number): number[] {
  const counts = new Array<number>(classes).fill(0);
  for (const v of y) counts[v]++;
  return counts;
}

describe('2-D classification sets', () => {
  it.each(PLANE_KINDS)('%s: same seed gives identical arrays, another seed different ones', (kind) => {
    const a = makeDataset(spec(kind)).dataset;
    const b = makeDataset(spec(kind)).dataset;
    const c = makeDataset(spec(kind, { seed: 8 })).dataset;
    expect(b.x).toEqual(a.x);
    expect(b.y).toEqual(a.y);
    expect(c.x).not.toEqual(a.x);
  });

  it.each(PLANE_KINDS)('%s: shape, balanced classes, every point on the [-6, 6] plane even at noise 1', (kind) => {
    const classes = kind === 'gaussian' || kind === 'spiral' ? 3 : 2;
    const d = makeDataset(
      spec(kind, { samples: 301, noise: 1, classes: kind === 'gaussian' || kind === 'spiral' ? 3 : undefined }),
    ).dataset;
    expect(d.n).toBe(301);
    expect(d.x.length).toBe(602);
    expect(d.y.length).toBe(301);
    expect(dataShapeOf(d)).toEqual({ features: 2, task: 'classification', classes });
    expect(d.classNames.length).toBe(classes);
    const counts = classCounts(d.y, classes);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    for (const v of d.x) expect(Math.abs(v)).toBeLessThanOrEqual(PLANE_EXTENT);
    expect(DATASET_INFO[kind].plane2d).toBe(true);
  });

  it('rows are shuffled, not grouped by class', () => {
    const d = makeDataset(spec('circle', { samples: 200 })).dataset;
    const firstHalf = classCounts(d.y.subarray(0, 100), 2);
    expect(firstHalf[0]).toBeGreaterThan(25);
    expect(firstHalf[1]).toBeGreaterThan(25);
  });

  it('circle without noise: class 0 within radius 2.5, class 1 between 3.5 and 5', () => {
    const d = makeDataset(spec('circle', { noise: 0 })).dataset;
    for (let i = 0; i < d.n; i++) {
      const r = Math.hypot(d.x[2 * i], d.x[2 * i + 1]);
      if (d.y[i] === 0) expect(r).toBeLessThanOrEqual(2.5 + 1e-5);
      else expect(r).toBeGreaterThanOrEqual(3.5 - 1e-5);
    }
  });

  it('xor without noise: class 0 exactly where x and y share a sign', () => {
    const d = makeDataset(spec('xor', { noise: 0 })).dataset;
    for (let i = 0; i < d.n; i++) expect(d.y[i]).toBe(d.x[2 * i] * d.x[2 * i + 1] > 0 ? 0 : 1);
  });

  it('moons without noise: points lie on their half circles', () => {
    const d = makeDataset(spec('moons', { noise: 0 })).dataset;
    for (let i = 0; i < d.n; i++) {
      const mx = d.x[2 * i] / 2.5 + 0.5;
      const my = d.x[2 * i + 1] / 2.5 + 0.25;
      const r = d.y[i] === 0 ? Math.hypot(mx, my) : Math.hypot(mx - 1, my - 0.5);
      expect(r).toBeCloseTo(1, 4);
    }
  });

  it('gaussian: each class centres on its own point and noise widens the spread', () => {
    const spread = (noise: number): number => {
      const d = makeDataset(spec('gaussian', { samples: 2000, noise, classes: 4 })).dataset;
      const sum = [0, 0, 0, 0].map(() => ({ x: 0, y: 0, n: 0 }));
      for (let i = 0; i < d.n; i++) {
        const s = sum[d.y[i]];
        s.x += d.x[2 * i];
        s.y += d.x[2 * i + 1];
        s.n++;
      }
      const centres = sum.map((s) => [s.x / s.n, s.y / s.n]);
      for (let c = 0; c < 4; c++) expect(Math.hypot(centres[c][0], centres[c][1])).toBeCloseTo(3, 0);
      let sq = 0;
      for (let i = 0; i < d.n; i++) sq += (d.x[2 * i] - centres[d.y[i]][0]) ** 2;
      return Math.sqrt(sq / d.n);
    };
    expect(spread(0)).toBeCloseTo(0.4, 1);
    expect(spread(0.5)).toBeGreaterThan(spread(0) * 2);
  });

  it('spiral accepts 2 to 5 classes and refuses others with a sentence', () => {
    expect(makeDataset(spec('spiral', { classes: 5 })).dataset.classes).toBe(5);
    expect(() => makeDataset(spec('spiral', { classes: 6 }))).toThrow(
      /classes must be a whole number from 2 to 5 \(got 6\)/,
    );
    expect(() => makeDataset(spec('gaussian', { classes: 1 }))).toThrow(/from 2 to 5/);
  });
});

describe('sine regression', () => {
  it('noise 0 gives y = sin(x) with x in [-π, π]', () => {
    const d = makeDataset(spec('sine', { noise: 0, samples: 200 })).dataset;
    expect(dataShapeOf(d)).toEqual({ features: 1, task: 'regression', classes: 0, targets: 1 });
    for (let i = 0; i < d.n; i++) {
      expect(Math.abs(d.x[i])).toBeLessThanOrEqual(Math.PI + 1e-6);
      expect(d.y[i]).toBeCloseTo(Math.sin(d.x[i]), 5);
    }
  });

  it('noise is the standard deviation of the residual', () => {
    const d = makeDataset(spec('sine', { noise: 0.3, samples: 5000 })).dataset;
    let sq = 0;
    for (let i = 0; i < d.n; i++) sq += (d.y[i] - Math.sin(d.x[i])) ** 2;
    expect(Math.sqrt(sq / d.n)).toBeCloseTo(0.3, 1);
  });
});

describe('impossible specs', () => {
  it('are refused with a sentence naming the setting', () => {
    expect(() => makeDataset(spec('circle', { noise: 1.5 }))).toThrow(
      /noise must be a fraction from 0 to 1 \(got 1.5\)/,
    );
    expect(() => makeDataset(spec('moons', { samples: 0 }))).toThrow(/samples must be a whole number/);
    expect(() => makeDataset(spec('xor', { samples: 2.5 }))).toThrow(/samples must be a whole number/);
    expect(() => makeDataset(spec('nope' as DatasetKind))).toThrow(/Unknown dataset kind 'nope'/);
    expect(() => makeDataset(spec('mnist'))).toThrow(/MNIST digits are not loaded/);
    expect(() => makeDataset(spec('csv'))).toThrow(/no data: choose a CSV file/);
    expect(() => makeDataset(spec('csv', { path: 'data/flowers.csv' }))).toThrow(/'data\/flowers.csv' was not loaded/);
  });
});
