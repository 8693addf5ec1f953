/**
 * Data-parallel training (engine/parallel with the CLI's worker_threads): the same project and seed give
 * bit-identical weights and losses with 1, 2 and 4 threads, on both kernel paths, with dropout, on the
 * digits MLP (784-wide inputs, the sparse first layer) and the playground net.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadKernelModule } from '../../../src/cli/kernel-file';
import { nodeGradientPool } from '../../../src/cli/gradient-threads';
import { compile } from '../../../src/engine/compile';
import { dataShapeOf } from '../../../src/engine/data';
import { createModel } from '../../../src/engine/model';
import { ParallelGradients } from '../../../src/engine/parallel';
import { Rng } from '../../../src/engine/rng';
import { Trainer } from '../../../src/engine/train/trainer';
import type { DataSplit, Dataset, Graph, TrainingSettings } from '../../../src/engine/types';
import { chainEdges } from './networks';

const wasm = loadKernelModule();
const pools: ParallelGradients[] = [];
afterAll(() => pools.forEach((p) => p.close()));

/** input → dense layers → output, with a dropout layer after the first dense one. */
function net(hidden: number[], activation: string, dropout: number, output: 'sigmoid' | 'softmax'): Graph {
  const nodes: Graph['nodes'] = [{ id: 'in', type: 'input', params: {} }];
  hidden.forEach((units, i) => {
    nodes.push({ id: `h${i}`, type: 'dense', params: { units, activation } });
    if (i === 0) nodes.push({ id: 'drop', type: 'dropout', params: { rate: dropout } });
  });
  nodes.push({
    id: 'out',
    type: 'output',
    params: { activation: output, loss: output === 'sigmoid' ? 'binaryCrossEntropy' : 'crossEntropy' },
  });
  return { nodes, edges: chainEdges(nodes) };
}

/** Digit-like rows: 784 pixels, about 80% zeros (so the sparse first layer runs), 10 classes. */
function digits(n: number, seed: number): Dataset {
  const rng = new Rng(seed);
  const x = new Float32Array(n * 784);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = i % 10;
    for (let k = 0; k < 784; k++) if (rng.next() < 0.2) x[i * 784 + k] = rng.next();
  }
  return named('digits', 784, 10, n, x, y);
}

function plane(n: number, seed: number): Dataset {
  const rng = new Rng(seed);
  const x = new Float32Array(n * 2);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const a = rng.next() * 2 - 1;
    const b = rng.next() * 2 - 1;
    x[2 * i] = a;
    x[2 * i + 1] = b;
    y[i] = a * a + b * b < 0.5 ? 1 : 0;
  }
  return named('circle', 2, 2, n, x, y);
}

function named(name: string, features: number, classes: number, n: number, x: Float32Array, y: Float32Array): Dataset {
  return {
    name,
    task: 'classification',
    features,
    classes,
    targets: 1,
    featureNames: Array.from({ length: features }, (_, i) => `x${i}`),
    classNames: Array.from({ length: classes }, (_, i) => `c${i}`),
    n,
    x,
    y,
  };
}

/** The playground net on a circle in the plane: two tanh layers of 8 with dropout, 600 rows in batches of 256. */
function playground(): { graph: Graph; data: DataSplit; settings: TrainingSettings } {
  return {
    graph: net([8, 8], 'tanh', 0.1, 'sigmoid'),
    data: { train: plane(600, 4), validation: plane(100, 5) },
    settings: { optimizer: 'sgd', learningRate: 0.1, batchSize: 256, epochs: 5, seed: 9 },
  };
}

/** A fresh model of the graph as `train` builds it (seed 7), before any step. */
function untrained(graph: Graph, data: DataSplit) {
  const plan = compile(graph, dataShapeOf(data.train)).plan!;
  return createModel(plan, { maxBatch: 256, seed: 7 });
}

/** Two epochs and one batch more: the losses of every step. */
function trainSteps(trainer: Trainer): number[] {
  const losses: number[] = [];
  for (let b = 0; b < 2 * trainer.batchesPerEpoch + 1; b++) losses.push(trainer.trainBatch().loss);
  return losses;
}

interface Outcome {
  losses: number[];
  /** Batches the helper threads took part in. */
  shared: number;
  params: Uint32Array;
  path: string;
}

function train(
  graph: Graph,
  data: DataSplit,
  settings: TrainingSettings,
  threads: number,
  kernels: 'wasm' | 'ts',
): Outcome {
  const plan = compile(graph, dataShapeOf(data.train)).plan!;
  const module = kernels === 'wasm' ? wasm : null;
  const model = createModel(plan, { maxBatch: Math.max(settings.batchSize, 256), seed: 7, wasm: module });
  const pool = nodeGradientPool(model, threads, settings.batchSize, module);
  if (pool) pools.push(pool);
  const losses = trainSteps(new Trainer(model, data, settings, { gradients: pool, health: false }));
  pool?.close();
  return {
    losses,
    shared: pool?.sharedBatches ?? 0,
    params: new Uint32Array(Float32Array.from(model.params).buffer),
    path: model.kernels.path,
  };
}

function expectSameBits(a: Outcome, b: Outcome): void {
  expect(b.path).toBe(a.path);
  // Every full batch was split across the threads (a short last batch of one block runs alone).
  expect(b.shared).toBeGreaterThanOrEqual(4);
  expect(b.losses).toEqual(a.losses);
  let differing = 0;
  for (let i = 0; i < a.params.length; i++) if (a.params[i] !== b.params[i]) differing++;
  expect(differing).toBe(0);
}

/** Trains on 1 thread, then expects 2 and 4 threads to give the same bits; the 1-thread outcome. */
function sameBitsOn1To4Threads(
  graph: Graph,
  data: DataSplit,
  settings: TrainingSettings,
  kernels: 'wasm' | 'ts',
): Outcome {
  const one = train(graph, data, settings, 1, kernels);
  for (const threads of [2, 4]) expectSameBits(one, train(graph, data, settings, threads, kernels));
  return one;
}

const paths = wasm ? (['wasm', 'ts'] as const) : (['ts'] as const);

describe.each(paths)('data-parallel training on the %s kernels', (kernels) => {
  it('the digits MLP with dropout: 1, 2 and 4 threads give the same bits', { timeout: 120_000 }, () => {
    const graph = net([128, 64], 'relu', 0.2, 'softmax');
    // 330 training rows in batches of 150: 3 blocks of 64 rows, the last short, and a short last batch of 30.
    const data: DataSplit = { train: digits(330, 1), validation: digits(40, 2) };
    const settings: TrainingSettings = { optimizer: 'adam', learningRate: 0.003, batchSize: 150, epochs: 5, seed: 3 };
    const one = sameBitsOn1To4Threads(graph, data, settings, kernels);
    expect(one.path).toBe(kernels === 'wasm' ? 'wasm-simd' : 'typescript');
    expect(one.losses.every(Number.isFinite)).toBe(true);
  });

  it('the playground net with dropout and L2: 1, 2 and 4 threads give the same bits', { timeout: 60_000 }, () => {
    const { graph, data, settings } = playground();
    const one = sameBitsOn1To4Threads(graph, data, { ...settings, l2: 0.001 }, kernels);
    // The steps did train: the weights moved from their initial values.
    const initial = untrained(graph, data).params;
    expect(Array.from(new Float32Array(one.params.buffer)).some((w, i) => w !== initial[i])).toBe(true);
  });
});

describe('helpers that have not started', () => {
  it('leave every batch to the calling thread, with the same numbers', () => {
    const { graph, data, settings } = playground();
    const one = train(graph, data, settings, 1, 'ts');
    const model = untrained(graph, data);
    let started = 0;
    // Threads that never run their helper (as a browser's sub-workers before they have started).
    const pool = new ParallelGradients(
      model,
      { start: () => void started++, close() {} },
      {
        helpers: 3,
        batchSize: 256,
      },
    );
    expect(started).toBe(3);
    // What the worker's ready event (and the About box) report: this thread and its three helpers.
    expect(pool.threadCount).toBe(4);
    expect(pool.waitForHelpers(50)).toBe(false);
    const losses = trainSteps(new Trainer(model, data, settings, { gradients: pool, health: false }));
    pool.close();
    expect(pool.sharedBatches).toBe(0);
    expect(losses).toEqual(one.losses);
    expect(Array.from(new Uint32Array(Float32Array.from(model.params).buffer))).toEqual(Array.from(one.params));
  });
});
