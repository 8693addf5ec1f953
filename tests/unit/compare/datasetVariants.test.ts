import { describe, expect, it } from 'vitest';
import { prepareData, type DatasetSpec } from '../../../src/engine';
import { firstEpochChecksum, variantDataMatches } from '../../../src/renderer/features/compare/fingerprint';
import { makeVariants } from '../../../src/renderer/features/compare/makeVariants';
import { SOURCE, TRAINING } from './fixtures';

const CIRCLE: DatasetSpec = { kind: 'circle', samples: 400, noise: 0.1, validationSplit: 0.3, seed: 7 };
const circleSource = { ...SOURCE, dataset: CIRCLE };

describe('comparing the dataset', () => {
  it('gives each noise variant its own spec from the same seed, and they train on different rows', () => {
    const variants = makeVariants(circleSource, { kind: 'datasetNoise' }, [0.1, 0.4]);
    expect(variants.map((v) => v.label)).toEqual(['noise 0.1', 'noise 0.4']);
    expect(variants.map((v) => v.dataset)).toEqual([
      { ...CIRCLE, noise: 0.1 },
      { ...CIRCLE, noise: 0.4 },
    ]);
    for (const v of variants) {
      expect(v.graph).toBe(SOURCE.graph);
      expect(v.training).toEqual(TRAINING);
    }
    const [a, b] = variants.map((v) => firstEpochChecksum(prepareData(v.dataset).split.train, v.training));
    expect(a).not.toBe(b);
  });

  it('varies the sample count within the kind’s range, and refuses kinds without the setting', () => {
    const variants = makeVariants(circleSource, { kind: 'datasetSamples' }, [50, 400]);
    expect(variants.map((v) => [v.label, prepareData(v.dataset).dataset.n])).toEqual([
      ['50 samples', 50],
      ['400 samples', 400],
    ]);
    expect(() => makeVariants(circleSource, { kind: 'datasetSamples' }, [50, 2.5])).toThrow(/whole number from 1/);
    expect(() => makeVariants(circleSource, { kind: 'datasetNoise' }, [0.1, 3])).toThrow(/from 0 to 1/);
    const iris = { ...SOURCE, dataset: { kind: 'iris', validationSplit: 0.3, seed: 1 } as DatasetSpec };
    expect(() => makeVariants(iris, { kind: 'datasetSamples' }, [50, 100])).toThrow(
      /Iris flowers dataset takes no samples/,
    );
    expect(() => makeVariants(iris, { kind: 'datasetNoise' }, [0.1, 0.4])).toThrow(/takes no noise/);
    const mnist = {
      ...SOURCE,
      dataset: { kind: 'mnist', samples: 1000, validationSplit: 0.2, seed: 1 } as DatasetSpec,
    };
    expect(() => makeVariants(mnist, { kind: 'datasetSamples' }, [100, 20_000])).toThrow(/from 1 to 10000/);
  });

  it('keeps the document’s data for every other parameter', () => {
    const variants = makeVariants(circleSource, { kind: 'activation' }, ['tanh', 'relu']);
    for (const v of variants) expect(v.dataset).toBe(CIRCLE);
  });
});

describe('the same-data checksum rule', () => {
  const expected = { expectedReadyChecksum: 'r1', expectedDataChecksum: 'd1' };
  it('refuses a variant of an activation comparison whose worker fed other rows', () => {
    const comparison = { parameter: { kind: 'activation' as const }, ...expected };
    expect(variantDataMatches(comparison, { readyChecksum: 'r1', dataChecksum: 'd1' })).toBe(true);
    expect(variantDataMatches(comparison, { readyChecksum: 'r1', dataChecksum: 'd2' })).toBe(false);
    expect(variantDataMatches(comparison, { readyChecksum: 'r2', dataChecksum: 'd1' })).toBe(false);
  });

  it('does not apply to a comparison that varies the data', () => {
    for (const kind of ['datasetNoise', 'datasetSamples'] as const) {
      expect(
        variantDataMatches({ parameter: { kind }, ...expected }, { readyChecksum: 'r2', dataChecksum: 'd2' }),
      ).toBe(true);
    }
  });
});
