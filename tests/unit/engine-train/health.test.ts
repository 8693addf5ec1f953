/**
 * The layer health recorded each epoch and the diagnoses read from it: the numbers against hand
 * computations, and the two signs a learner meets first (dead ReLUs from a far too high learning rate,
 * vanishing gradients through a deep sigmoid network) on real training runs.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/engine/compile';
import { diagnoseLayers, diagnoseRun, HealthRecorder } from '../../../src/engine/health';
import { gradientsByNode } from '../../../src/engine/inspect';
import { createModel } from '../../../src/engine/model';
import { createTrainingSetup } from '../../../src/engine/train/setup';
import { Trainer } from '../../../src/engine/train/trainer';
import type { Dataset, DatasetSpec, LayerHealth, TrainingSettings } from '../../../src/engine/types';
import { mlp } from './networks';

const circle: DatasetSpec = { kind: 'circle', samples: 400, noise: 0.1, validationSplit: 0.3, seed: 1 };

function trainRun(hidden: number[], activation: string, training: TrainingSettings) {
  const setup = createTrainingSetup({
    type: 'start',
    graph: mlp(hidden, activation, 'sigmoid'),
    datasetSpec: circle,
    training,
  });
  const trainer = new Trainer(setup.model, setup.data, training);
  const outcome = trainer.run();
  return { trainer, outcome, last: trainer.history[trainer.history.length - 1] };
}

const byId = (health: LayerHealth[] | undefined, id: string): LayerHealth => {
  const entry = health?.find((h) => h.nodeId === id);
  if (!entry) throw new Error(`no health for ${id}`);
  return entry;
};

function tinyModel() {
  const result = compile(mlp([2], 'relu', 'sigmoid'), { features: 2, task: 'classification', classes: 2 });
  if (!result.plan) throw new Error('does not compile');
  return createModel(result.plan, { maxBatch: 8, seed: 1 });
}

const rows = (x: number[]): Dataset => ({
  name: 'hand',
  task: 'classification',
  features: 2,
  classes: 2,
  targets: 1,
  featureNames: ['x1', 'x2'],
  classNames: ['0', '1'],
  n: x.length / 2,
  x: Float32Array.from(x),
  y: new Float32Array(x.length / 2),
});

describe('layer health', () => {
  it('gradient norm is the RMS over the epoch of each batch’s gradient norm; weight stats are of the kernel', () => {
    const model = tinyModel();
    // h1: kernel [2, 2] then bias [2]; out: kernel [2, 1] then bias [1].
    model.params.set([1, -2, 3, 0.5, /* bias */ 10, 10, /* out */ 2, -1, /* bias */ 7]);
    const recorder = new HealthRecorder(model);
    model.grads.set([3, 0, 0, 0, 4, 0, 1, 0, 0]); // ‖g_h1‖ = 5, ‖g_out‖ = 1
    recorder.addBatch();
    model.grads.set([0, 0, 0, 0, 0, 0, 0, 0, 3]); // ‖g_h1‖ = 0, ‖g_out‖ = 3
    recorder.addBatch();
    const health = recorder.finishEpoch(rows([0, 0, 0, 0]));
    const h1 = byId(health, 'h1');
    expect(h1.gradientNorm).toBeCloseTo(Math.sqrt((25 + 0) / 2), 6);
    expect(byId(health, 'out').gradientNorm).toBeCloseTo(Math.sqrt((1 + 9) / 2), 6);
    expect(h1.weightMin).toBe(-2);
    expect(h1.weightMax).toBe(3);
    expect(h1.weightMean).toBeCloseTo((1 - 2 + 3 + 0.5) / 4, 6);
    expect(h1.weightRms).toBeCloseTo(Math.sqrt((1 + 4 + 9 + 0.25) / 4), 6);
    expect(byId(health, 'out').weightMax).toBe(2); // the bias 7 is not a weight
    // With inputs 0 every hidden unit outputs relu(10) > 0: none is dead. The output has no unit shares.
    expect(h1.deadShare).toBe(0);
    expect(byId(health, 'out').deadShare).toBeUndefined();
    // The next epoch starts from nothing.
    const next = recorder.finishEpoch(rows([0, 0]));
    expect(byId(next, 'h1').gradientNorm).toBe(0);
  });

  it('counts a ReLU unit as dead when it outputs 0 for every probe row', () => {
    const model = tinyModel();
    model.params.set([1, 0, 0, 0, /* bias */ 0, -5, 1, 1, 0]);
    const health = new HealthRecorder(model).finishEpoch(rows([0.5, 0.5, -1, 2, 3, 1]));
    // Unit 1 (weights 1, 0; bias 0) is on for x₁ > 0; unit 2 (weights 0, 0; bias −5) is never on.
    expect(byId(health, 'h1').deadShare).toBe(0.5);
  });

  it('is recorded every epoch of a run, and not when switched off', () => {
    const training: TrainingSettings = { optimizer: 'adam', learningRate: 0.01, batchSize: 16, epochs: 3, seed: 4 };
    const { trainer } = trainRun([4], 'tanh', training);
    expect(trainer.history.map((m) => m.health?.map((h) => h.nodeId))).toEqual([
      ['h1', 'out'],
      ['h1', 'out'],
      ['h1', 'out'],
    ]);
    expect(byId(trainer.history[0].health, 'h1').saturatedShare).toBeGreaterThanOrEqual(0);
    const setup = createTrainingSetup({
      type: 'start',
      graph: mlp([4], 'tanh', 'sigmoid'),
      datasetSpec: circle,
      training,
    });
    const quiet = new Trainer(setup.model, setup.data, training, { health: false });
    quiet.run();
    expect(quiet.history[0].health).toBeUndefined();
    // Health does not change what is trained: the losses are the same to the bit.
    expect(quiet.history.map((m) => m.trainLoss)).toEqual(trainer.history.map((m) => m.trainLoss));
  });
});

describe('diagnosis', () => {
  it('flags dead ReLUs when the learning rate is far too high, and not at a sensible one', () => {
    const hot = trainRun([16, 16], 'relu', { optimizer: 'sgd', learningRate: 5, batchSize: 16, epochs: 5, seed: 42 });
    const dead = diagnoseRun(hot.trainer.history).filter((d) => d.code === 'deadRelu');
    expect(dead.length).toBeGreaterThan(0);
    expect(dead[0].percent).toBeGreaterThanOrEqual(50);
    expect(byId(hot.last.health, dead[0].nodeId).deadShare).toBeGreaterThanOrEqual(0.5);
    // The dead layer explains the zero gradient before it; no separate "vanishing" sign is given.
    expect(diagnoseRun(hot.trainer.history).map((d) => d.code)).not.toContain('vanishingGradient');

    const calm = trainRun([16, 16], 'relu', {
      optimizer: 'adam',
      learningRate: 0.01,
      batchSize: 16,
      epochs: 5,
      seed: 42,
    });
    expect(diagnoseRun(calm.trainer.history)).toEqual([]);
  });

  it('flags vanishing gradients in an 8-layer sigmoid network: the first layer gets < 1% of the last one’s', () => {
    const deep = Array.from({ length: 7 }, () => 8);
    const sigmoid = trainRun(deep, 'sigmoid', {
      optimizer: 'sgd',
      learningRate: 0.1,
      batchSize: 16,
      epochs: 2,
      seed: 42,
    });
    const first = byId(sigmoid.last.health, 'h1').gradientNorm!;
    const last = byId(sigmoid.last.health, 'out').gradientNorm!;
    expect(first / last).toBeLessThan(0.01);
    const [sign] = diagnoseRun(sigmoid.trainer.history);
    expect(sign).toMatchObject({ code: 'vanishingGradientSquashing', nodeId: 'h1', lastNodeId: 'out' });
    expect(sign.ratioPercent).toBeCloseTo((first / last) * 100, 6);

    // The same depth with ReLU keeps the gradient: no sign.
    const relu = trainRun(deep, 'relu', { optimizer: 'sgd', learningRate: 0.1, batchSize: 16, epochs: 2, seed: 42 });
    expect(diagnoseRun(relu.trainer.history).map((d) => d.code)).not.toContain('vanishingGradient');
    expect(diagnoseRun(relu.trainer.history).map((d) => d.code)).not.toContain('vanishingGradientSquashing');
  });

  it('flags exploding gradients and saturation from the numbers alone', () => {
    const layers: LayerHealth[] = [
      { nodeId: 'a', gradientNorm: 500, saturatedShare: 0.8 },
      { nodeId: 'b', gradientNorm: 20, saturatedShare: 0.2 },
      { nodeId: 'out', gradientNorm: 2 },
    ];
    expect(diagnoseLayers(layers)).toEqual([
      { code: 'explodingGradient', nodeId: 'a', lastNodeId: 'out', ratioPercent: 25_000 },
      { code: 'saturated', nodeId: 'a', percent: 80 },
    ]);
    expect(
      diagnoseLayers([
        { nodeId: 'a', gradientNorm: 1 },
        { nodeId: 'out', gradientNorm: 1.5 },
      ]),
    ).toEqual([]);
    expect(diagnoseRun([])).toEqual([]);
  });
});

describe('gradientsByNode', () => {
  it('shapes the last step’s gradients like the weights', () => {
    const model = tinyModel();
    model.grads.set([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const g = gradientsByNode(model);
    expect(g.h1.kernel.shape).toEqual([2, 2]);
    expect(Array.from(g.h1.kernel.data)).toEqual([1, 2, 3, 4]);
    expect(Array.from(g.h1.bias!.data)).toEqual([5, 6]);
    expect(g.out.kernel.shape).toEqual([2, 1]);
    expect(Array.from(g.out.kernel.data)).toEqual([7, 8]);
    expect(Array.from(g.out.bias!.data)).toEqual([9]);
    model.grads.fill(0);
    expect(g.h1.kernel.data[0]).toBe(1); // a copy
  });
});
