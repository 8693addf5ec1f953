import { describe, expect, it } from 'vitest';
import { Trainer } from '../../../src/engine/train/trainer';
import type { DataSplit, Dataset, TrainingSettings } from '../../../src/engine/types';
import { createFakeModel, halfPlaneData, linearData, makePlan } from './fakeModel';

const regression = (): DataSplit => ({ train: linearData(200, 1), validation: linearData(50, 2) });
const settings = (over: Partial<TrainingSettings> = {}): TrainingSettings => ({
  optimizer: 'adam',
  learningRate: 0.05,
  batchSize: 16,
  epochs: 20,
  seed: 7,
  ...over,
});

function scaled(d: Dataset, k: number): Dataset {
  return { ...d, y: d.y.map((v) => v * k) };
}

describe('Trainer', () => {
  it('learns a linear regression and reports per-epoch metrics', () => {
    const model = createFakeModel(makePlan(2, 1, 'linear'), 16);
    const t = new Trainer(model, regression(), settings());
    const outcome = t.run();
    expect(outcome.end).toBe('completed');
    expect(outcome.message).toBe('Trained for 20 epochs.');
    expect(t.history).toHaveLength(20);
    expect(t.history[0].epoch).toBe(1);
    expect(t.history[19].valLoss).toBeLessThan(1e-3);
    expect(t.history[19].trainLoss).toBeLessThan(t.history[0].trainLoss);
    expect(t.history[0].trainAccuracy).toBeUndefined();
    expect(t.batchesPerEpoch).toBe(13); // ceil(200 / 16)
    expect(t.samplesSeen).toBe(20 * 200);
  });

  it('reports accuracy for classification', () => {
    const model = createFakeModel(makePlan(2, 1, 'sigmoid'), 32);
    const t = new Trainer(
      model,
      { train: halfPlaneData(300, 3), validation: halfPlaneData(100, 4) },
      settings({ batchSize: 32, learningRate: 0.1 }),
    );
    t.run();
    const last = t.history[t.history.length - 1];
    expect(last.valAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(last.trainAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('is deterministic: the same seed gives bit-identical metrics and weights', () => {
    const runOnce = (seed: number) => {
      const model = createFakeModel(makePlan(2, 1, 'linear'), 16);
      const t = new Trainer(model, regression(), settings({ seed, optimizer: 'rmsprop', learningRate: 0.01 }));
      t.run();
      return { losses: t.history.map((m) => [m.trainLoss, m.valLoss]), params: Array.from(model.params) };
    };
    const a = runOnce(7);
    const b = runOnce(7);
    expect(b.losses).toEqual(a.losses);
    expect(b.params).toEqual(a.params);
    // A different seed shuffles differently, so the numbers differ.
    expect(runOnce(8).params).not.toEqual(a.params);
  });

  it('stops on the first non-finite loss with a sentence and keeps finite weights', () => {
    const model = createFakeModel(makePlan(2, 1, 'linear'), 16);
    const data: DataSplit = { train: linearData(200, 1, 10), validation: linearData(50, 2, 10) };
    const t = new Trainer(model, data, settings({ optimizer: 'sgd', learningRate: 100 }));
    const outcome = t.run();
    expect(outcome.end).toBe('diverged');
    expect(outcome.message).toMatch(
      /^Training diverged at epoch 1, batch \d+: the loss became (NaN|infinite)\. Try a learning rate 10× lower \(10\)\./,
    );
    expect(Array.from(model.params).every(Number.isFinite)).toBe(true);
    expect(() => t.trainBatch()).toThrow(/already ended/);
  });

  it('stop() ends the run between batches and keeps the history so far', () => {
    const model = createFakeModel(makePlan(2, 1, 'linear'), 16);
    const t = new Trainer(model, regression(), settings());
    t.trainEpoch();
    t.trainBatch();
    t.trainBatch();
    const before = Array.from(model.params);
    const outcome = t.stop();
    expect(outcome).toMatchObject({ end: 'stopped', epochs: 1 });
    expect(outcome.message).toBe('Training was stopped during epoch 2 (after batch 2 of 13).');
    expect(Array.from(model.params)).toEqual(before);
    expect(t.history).toHaveLength(1);
  });

  it('uses a changed learning rate from the next batch on and records it', () => {
    const model = createFakeModel(makePlan(2, 1, 'linear'), 16);
    const t = new Trainer(model, regression(), settings({ optimizer: 'sgd', learningRate: 0.01 }));
    t.trainEpoch();
    t.setLearningRate(0.2);
    t.trainEpoch();
    expect(t.history.map((m) => m.learningRate)).toEqual([0.01, 0.2]);
    expect(() => t.setLearningRate(-1)).toThrow(/positive number/);
  });

  it('early stopping restores the weights of the best validation epoch', () => {
    // The validation targets are half the training targets, so as the model fits the training set the
    // validation loss first falls, then rises again.
    const split: DataSplit = { train: linearData(200, 1), validation: scaled(linearData(100, 2), 0.5) };
    const base = settings({ optimizer: 'sgd', learningRate: 0.02, epochs: 60 });

    const reference = createFakeModel(makePlan(2, 1, 'linear'), 16);
    const refTrainer = new Trainer(reference, split, base);
    const paramsByEpoch: number[][] = [];
    while (!refTrainer.finished) {
      const r = refTrainer.trainBatch();
      if (r.epochMetrics) paramsByEpoch.push(Array.from(reference.params));
    }

    const model = createFakeModel(makePlan(2, 1, 'linear'), 16);
    const t = new Trainer(model, split, { ...base, earlyStopping: { patience: 3 } });
    const outcome = t.run();
    expect(outcome.end).toBe('completed');
    const best = outcome.restoredEpoch as number;
    expect(best).toBeGreaterThan(1);
    expect(outcome.epochs).toBe(best + 3);
    expect(outcome.message).toMatch(
      new RegExp(`^Stopped early at epoch ${best + 3}: .*Restored the weights from epoch ${best}`),
    );
    const valLosses = t.history.map((m) => m.valLoss);
    expect(Math.min(...valLosses)).toBe(valLosses[best - 1]);
    expect(Array.from(model.params)).toEqual(paramsByEpoch[best - 1]);
  });

  it('refuses settings it cannot run with sentences', () => {
    const model = createFakeModel(makePlan(2, 1, 'linear'), 16);
    expect(() => new Trainer(model, regression(), settings({ batchSize: 64 }))).toThrow(/at most 16 rows/);
    expect(() => new Trainer(model, regression(), settings({ learningRate: 0 }))).toThrow(/positive number/);
    expect(() => new Trainer(model, regression(), settings({ batchSize: 1.5 }))).toThrow(/batch size/);
  });
});
