import { describe, expect, it } from 'vitest';
import { DATASET_KINDS } from '../../../src/engine/types';
import { DATASET_INFO, PLANE_RANGE, dataShapeOf, makeDataset, switchDatasetKind } from '../../../src/engine/data';
import { loadMnistBytes } from '../../../src/cli/mnist-file';

describe('DATASET_INFO', () => {
  const resources = {
    mnist: loadMnistBytes(),
    csvText: 'a,b,label\n1,2,x\n3,4,y\n5,6,x\n',
  };

  it.each(DATASET_KINDS)('%s: the registry describes what makeDataset builds with its defaults', (kind) => {
    const info = DATASET_INFO[kind];
    expect(info.description.length).toBeGreaterThan(20);
    const samples = kind === 'mnist' ? 100 : info.defaultSamples;
    const spec = switchDatasetKind({ kind: 'xor', samples: 400, noise: 0.1, validationSplit: 0.2, seed: 1 }, kind);
    if ('samples' in spec) spec.samples = samples;
    const { dataset } = makeDataset(spec, resources);
    const shape = dataShapeOf(dataset);
    if (info.features !== null) expect(shape.features).toBe(info.features);
    if (info.task !== 'either') expect(shape.task).toBe(info.task);
    expect(dataset.featureNames.length).toBe(dataset.features);
    expect(dataset.x.length).toBe(dataset.n * dataset.features);
    if (info.samplesMode === 'generate' || kind === 'iris') expect(dataset.n).toBe(samples);
    expect(info.plane2d).toBe(
      kind === 'circle' || kind === 'xor' || kind === 'gaussian' || kind === 'spiral' || kind === 'moons',
    );
  });

  it('exports the plane the 2-D sets live on', () => {
    expect(PLANE_RANGE).toEqual({ min: -6, max: 6 });
  });
});
