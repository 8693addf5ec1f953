/**
 * End to end through the real compiler, model and datasets: the networks a learner would build for each
 * built-in dataset actually learn it, and a run is reproducible to the bit.
 */
import { describe, expect, it } from 'vitest';
import type { StartCommand } from '../../../src/engine/protocol/messages';
import { scoreDataset } from '../../../src/engine/train/metrics';
import { deriveSeeds } from '../../../src/engine/train/seeds';
import { createTrainingSetup } from '../../../src/engine/train/setup';
import { Trainer } from '../../../src/engine/train/trainer';
import type { DatasetSpec, Graph, TrainingSettings } from '../../../src/engine/types';
import { chainEdges, mlp } from './networks';

function train(graph: Graph, datasetSpec: DatasetSpec, training: TrainingSettings) {
  const start: StartCommand = { type: 'start', graph, datasetSpec, training };
  const setup = createTrainingSetup(start);
  const trainer = new Trainer(setup.model, setup.data, training);
  const outcome = trainer.run();
  return { setup, trainer, outcome, last: trainer.history[trainer.history.length - 1] };
}

const adam = (learningRate: number, epochs: number, batchSize = 16): TrainingSettings => ({
  optimizer: 'adam',
  learningRate,
  batchSize,
  epochs,
  seed: 42,
});
const spec = (kind: DatasetSpec['kind'], samples: number, noise = 0): DatasetSpec => ({
  kind,
  samples,
  noise,
  validationSplit: 0.3,
  seed: 1,
});

describe('learning the built-in datasets', () => {
  it('noise-free XOR: 100% validation accuracy with one hidden ReLU layer', () => {
    const { outcome, last } = train(mlp([8], 'relu', 'sigmoid'), spec('xor', 400), adam(0.03, 30));
    expect(outcome.end).toBe('completed');
    expect(last.valAccuracy).toBe(1);
  });

  it('circle: at least 97% validation accuracy', () => {
    const { last } = train(mlp([8], 'tanh', 'sigmoid'), spec('circle', 400, 0.1), adam(0.03, 40));
    expect(last.valAccuracy).toBeGreaterThanOrEqual(0.97);
  });

  it('spiral: at least 95% validation accuracy with two ReLU layers', () => {
    const { last } = train(mlp([16, 16], 'relu', 'sigmoid'), spec('spiral', 400), adam(0.01, 100));
    expect(last.valAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('sine regression: validation MSE below 0.01', () => {
    const { last } = train(mlp([16, 16], 'tanh', 'linear'), spec('sine', 400), adam(0.01, 100));
    expect(last.trainAccuracy).toBeUndefined();
    expect(last.valLoss).toBeLessThan(0.01);
  });

  it('iris: at least 93% validation accuracy', () => {
    const { last } = train(mlp([8], 'relu', 'softmax'), spec('iris', 150), adam(0.01, 100));
    expect(last.valAccuracy).toBeGreaterThanOrEqual(0.93);
  });

  it('every optimizer learns the circle: loss below 30% of the untrained loss, 95% accuracy', () => {
    for (const [optimizer, learningRate] of [
      ['sgd', 1],
      ['momentum', 0.1],
      ['rmsprop', 0.03],
      ['adagrad', 1],
      ['adam', 0.05],
    ] as const) {
      const training = { ...adam(learningRate, 20), optimizer };
      const setup = createTrainingSetup({
        type: 'start',
        graph: mlp([8], 'tanh', 'sigmoid'),
        datasetSpec: spec('circle', 200, 0.1),
        training,
      });
      const untrained = scoreDataset(setup.model, setup.data.train).loss;
      const trainer = new Trainer(setup.model, setup.data, training);
      trainer.run();
      const last = trainer.history[trainer.history.length - 1];
      expect(last.trainLoss, optimizer).toBeLessThan(untrained * 0.3);
      expect(last.valAccuracy, optimizer).toBeGreaterThanOrEqual(0.95);
    }
  });
});

describe('reproducibility with the real model', () => {
  it('the same graph, data, settings and seed give bit-identical metrics and weights, dropout included', () => {
    const graph = mlp([12, 12], 'relu', 'sigmoid');
    // Put a dropout layer between the two hidden layers.
    graph.nodes.splice(2, 0, { id: 'drop', type: 'dropout', params: { rate: 0.2 } });
    graph.edges = chainEdges(graph.nodes);
    const run = () => {
      const r = train(graph, spec('moons', 300, 0.2), adam(0.01, 8));
      return {
        history: r.trainer.history.map(({ elapsedMs: _ignored, ...rest }) => rest),
        params: Array.from(r.setup.model.params),
      };
    };
    const a = run();
    const b = run();
    expect(b.history).toEqual(a.history);
    expect(b.params).toEqual(a.params);
    expect(a.params.every(Number.isFinite)).toBe(true);
  });

  it('one seed, separate streams: adding dropout leaves the initial weights unchanged', () => {
    const plain = mlp([12, 12], 'relu', 'sigmoid');
    const withDropout = mlp([12, 12], 'relu', 'sigmoid');
    withDropout.nodes.splice(2, 0, { id: 'drop', type: 'dropout', params: { rate: 0.5 } });
    withDropout.edges = chainEdges(withDropout.nodes);
    const initial = (graph: Graph, training: TrainingSettings) =>
      Array.from(createTrainingSetup({ type: 'start', graph, datasetSpec: spec('moons', 100), training }).model.params);
    expect(initial(withDropout, adam(0.01, 1))).toEqual(initial(plain, adam(0.01, 1)));
    // The batch size and optimizer do not touch the initial weights either; the seed does.
    expect(initial(plain, { ...adam(0.5, 3, 64), optimizer: 'sgd' })).toEqual(initial(plain, adam(0.01, 1)));
    expect(initial(plain, { ...adam(0.01, 1), seed: 43 })).not.toEqual(initial(plain, adam(0.01, 1)));
    const seeds = deriveSeeds(42);
    expect(new Set([seeds.init, seeds.shuffle, seeds.dropout]).size).toBe(3);
  });

  it('a learning rate of 100 diverges with the message and keeps finite weights', () => {
    const { outcome, setup } = train(mlp([16, 16], 'relu', 'linear'), spec('sine', 200), {
      ...adam(100, 20),
      optimizer: 'sgd',
    });
    expect(outcome.end).toBe('diverged');
    expect(outcome.message).toMatch(
      /^Training diverged (at epoch \d+, batch \d+|at the end of epoch \d+): the loss became (NaN|infinite)\. Try a learning rate 10× lower \(10\)\./,
    );
    expect(Array.from(setup.model.params).every(Number.isFinite)).toBe(true);
  });
});
