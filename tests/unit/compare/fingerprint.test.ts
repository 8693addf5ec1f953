import { describe, expect, it } from 'vitest';
import { deriveSeeds, prepareData, Rng, type DatasetSpec } from '../../../src/engine';
import type { StartCommand } from '../../../src/engine/protocol/messages';
import { BatchSampler } from '../../../src/engine/train/batches';
import { createTrainingSetup } from '../../../src/engine/train/setup';
import { Trainer } from '../../../src/engine/train/trainer';
import { mlp } from '../engine-train/networks';
import {
  expectedReadyChecksum,
  firstEpochChecksum,
  firstEpochOrder,
} from '../../../src/renderer/features/compare/fingerprint';

const SPEC: DatasetSpec = { kind: 'spiral', samples: 300, noise: 0.05, classes: 2, validationSplit: 0.3, seed: 3 };

describe('first-epoch data checksum', () => {
  it('rebuilds the exact first batch the trainer draws from the same seed', () => {
    const { train } = prepareData(SPEC).split;
    const sampler = new BatchSampler(train, 16, new Rng(deriveSeeds(42).shuffle));
    sampler.shuffle();
    const rows = sampler.gather(0);
    const order = firstEpochOrder(train.n, 42);
    for (let r = 0; r < rows; r++) {
      expect(sampler.x[r * 2]).toBe(train.x[order[r] * 2]);
      expect(sampler.x[r * 2 + 1]).toBe(train.x[order[r] * 2 + 1]);
      expect(sampler.y[r]).toBe(train.y[order[r]]);
    }
  });

  it('is the same for the same data and seed, and changes with the training seed or the data', () => {
    const a = firstEpochChecksum(prepareData(SPEC).split.train, { seed: 42 });
    expect(firstEpochChecksum(prepareData(SPEC).split.train, { seed: 42 })).toBe(a);
    expect(firstEpochChecksum(prepareData(SPEC).split.train, { seed: 43 })).not.toBe(a);
    expect(firstEpochChecksum(prepareData({ ...SPEC, seed: 4 }).split.train, { seed: 42 })).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}$/);
  });

  it('expects a data summary that depends on the split and the batch count', () => {
    const p = prepareData(SPEC);
    const a = expectedReadyChecksum(p.split, p.standardization, 16);
    expect(expectedReadyChecksum(p.split, p.standardization, 16)).toBe(a);
    expect(expectedReadyChecksum(p.split, p.standardization, 32)).not.toBe(a);
  });
});

describe('the checksum each training worker reports', () => {
  const training = { optimizer: 'adam', learningRate: 0.01, batchSize: 16, epochs: 2, seed: 42 } as const;
  const firstEpoch = (activation: string, seed = 42): string | null => {
    const start: StartCommand = {
      type: 'start',
      graph: mlp([8], activation, 'sigmoid'),
      datasetSpec: SPEC,
      training: { ...training, seed },
    };
    const setup = createTrainingSetup(start);
    const trainer = new Trainer(setup.model, setup.data, start.training);
    expect(trainer.dataChecksum).toBeNull();
    trainer.trainEpoch();
    return trainer.dataChecksum;
  };

  it('hashes the rows the first epoch fed: the same for every activation, and what the main thread expects', () => {
    const sums = ['sigmoid', 'tanh', 'relu', 'leakyRelu'].map((a) => firstEpoch(a));
    expect(new Set(sums).size).toBe(1);
    expect(sums[0]).toBe(firstEpochChecksum(prepareData(SPEC).split.train, { seed: 42 }));
    expect(firstEpoch('tanh', 7)).not.toBe(sums[0]);
  });
});
