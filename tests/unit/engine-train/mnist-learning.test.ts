/**
 * MNIST end to end: 10,000 digits (8,000 to train on, 2,000 held out) and a 784→64 ReLU→10 softmax network
 * must reach 90% held-out accuracy within 3 epochs. The digit bytes come from resources/mnist/digits-10k.bin
 * (built by scripts/build-mnist.mjs), read the same way the CLI reads them.
 */
import { describe, expect, it } from 'vitest';
import { loadMnistBytes } from '../../../src/cli/mnist-file';
import { createTrainingSetup } from '../../../src/engine/train/setup';
import { Trainer } from '../../../src/engine/train/trainer';
import type { StartCommand } from '../../../src/engine/protocol/messages';
import { mlp } from './networks';

describe('MNIST digits', () => {
  it('reaches 90% held-out accuracy within 3 epochs', () => {
    const start: StartCommand = {
      type: 'start',
      graph: mlp([64], 'relu', 'softmax'),
      datasetSpec: { kind: 'mnist', samples: 10_000, validationSplit: 0.2, seed: 1 },
      training: { optimizer: 'adam', learningRate: 0.002, batchSize: 32, epochs: 3, seed: 42 },
      resources: { mnist: loadMnistBytes() },
    };
    const setup = createTrainingSetup(start);
    expect(setup.data.train.n).toBe(8000);
    expect(setup.data.validation.n).toBe(2000);
    const trainer = new Trainer(setup.model, setup.data, start.training);
    // Stop at the first epoch that gets there: the claim is "within 3 epochs", and each epoch costs seconds.
    // The trainer stops after 3 epochs on its own, so what can fail is whether any of them reached 90%.
    let best = 0;
    let reachedAt: number | null = null;
    while (!trainer.finished && reachedAt === null) {
      const report = trainer.trainEpoch();
      best = Math.max(best, report.epochMetrics?.valAccuracy ?? 0);
      if (best >= 0.9) reachedAt = trainer.epoch;
    }
    console.log(
      `MNIST: ${(best * 100).toFixed(1)}% held-out accuracy after ${trainer.epoch} epoch(s), ${trainer.trainingMs.toFixed(0)} ms`,
    );
    expect(reachedAt, `best held-out accuracy in 3 epochs: ${(best * 100).toFixed(1)}%`).not.toBeNull();
    expect(reachedAt).toBeGreaterThanOrEqual(1);
    expect(reachedAt).toBeLessThanOrEqual(3);
  });
});
