/** Trains a workload on this engine: compile, createModel, computeGradients and the optimizer step. */
import { compile } from '../src/engine/compile';
import { createModel } from '../src/engine/model';
import { createOptimizer } from '../src/engine/optim';
import type { KernelPath } from '../src/engine/kernels';
import type { Model, WeightsByNode } from '../src/engine/types';
import { BatchOrder, CHECK_BATCHES, gatherBatch, type Workload } from './workloads';

export interface RunResult {
  /** Samples per second of wall-clock time. */
  samplesPerSecond: number;
  /** Samples per second of this process's CPU time (steadier when other programs share the machine). */
  cpuSamplesPerSecond: number;
  /** Mean loss over the first CHECK_BATCHES batches: the engines start from the same weights and batches, so these agree. */
  firstLoss: number;
  /** Which kernels ran (Layerwise only). */
  path?: KernelPath;
}

/** Wall-clock and CPU-time stopwatch. */
export function startClock(): { rates(samples: number): { samplesPerSecond: number; cpuSamplesPerSecond: number } } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return {
    rates(samples) {
      const used = process.cpuUsage(cpu);
      return {
        samplesPerSecond: samples / ((performance.now() - wall) / 1000),
        cpuSamplesPerSecond: samples / ((used.user + used.system) / 1e6),
      };
    },
  };
}

/** `wasm`: the WebAssembly SIMD kernel module, or null for the TypeScript kernels. */
export function buildEngineModel(w: Workload, seed: number, wasm: WebAssembly.Module | null = null): Model {
  const result = compile(w.graph, w.shape);
  if (!result.plan) throw new Error(`${w.id} does not compile: ${result.problems.map((p) => p.message).join(' ')}`);
  return createModel(result.plan, { maxBatch: w.batch, seed, wasm });
}

export function runEngine(
  w: Workload,
  initial: WeightsByNode,
  batches: number,
  seed: number,
  wasm: WebAssembly.Module | null,
): RunResult {
  const model = buildEngineModel(w, seed, wasm);
  model.setWeights(initial);
  const optimizer = createOptimizer(w.optimizer, model.params.length, {}, model.kernels);
  const order = new BatchOrder(w.n, w.batch, seed);
  const rows = new Uint32Array(w.batch);
  const bx = new Float32Array(w.batch * w.shape.features);
  const by = new Float32Array(w.batch);
  let firstLoss = 0;
  const clock = startClock();
  for (let b = 0; b < batches; b++) {
    order.rowsOf(b, rows);
    gatherBatch(w, rows, bx, by);
    const loss = model.computeGradients(bx, by, w.batch);
    optimizer.step(model.params, model.grads, w.learningRate);
    if (b < CHECK_BATCHES) firstLoss += loss;
  }
  return {
    ...clock.rates(batches * w.batch),
    firstLoss: firstLoss / Math.min(CHECK_BATCHES, batches),
    path: model.kernels.path,
  };
}
