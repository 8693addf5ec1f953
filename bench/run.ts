/**
 * `npm run bench`: trains each workload on this engine and on TensorFlow.js (CPU and WASM backends) in the
 * same process, from the same initial weights, data and batch order, and reports training throughput
 * (forward + backward + optimizer step) as the median of several runs. Writes bench/results.json.
 *
 * Runs are interleaved (engine A, B, C, then A, B, C again, ...) so that a change in machine load during
 * the benchmark hits every engine alike, and each ratio is the median over rounds of the ratio within a
 * round (runs close together in time). Throughput is reported per second of wall-clock time (the headline)
 * and per second of this process's CPU time (steadier on a shared machine; TensorFlow.js runs single-threaded
 * here, so both measure the same work).
 *
 * Options: --only W1,W2  run some workloads; --runs N  runs per engine (default 3);
 *          --dense-inputs  replace zero pixels by 1e-30 (the same numbers to float precision), which turns off
 *          the engine's sparse-input path and shows what the tiled dense kernels alone achieve.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { WeightsByNode } from '../src/engine/types';
import { buildEngineModel, runEngine, type RunResult } from './engine-runner';
import { registerTfGradients } from './tf-gradients';
import { runTf } from './tf-runner';
import { CHECK_BATCHES, makeWorkloads, type EngineName, type Workload } from './workloads';

const SEED = 42;
const ENGINES: EngineName[] = ['layerwise', 'tfjs-wasm', 'tfjs-cpu'];

interface EngineSummary {
  batches: number;
  /** Every run's samples/s (wall clock and CPU time), in round order. */
  all: RunResult[];
  samplesPerSecond: number;
  cpuSamplesPerSecond: number;
  runs: number[];
  firstLoss: number;
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function runOnce(engine: EngineName, w: Workload, batches: number, initial: WeightsByNode): Promise<RunResult> {
  if (engine === 'layerwise') return runEngine(w, initial, batches, SEED);
  if (!(await tf.setBackend(engine === 'tfjs-cpu' ? 'cpu' : 'wasm')))
    throw new Error(`TensorFlow.js could not start its ${engine} backend.`);
  await tf.ready();
  return runTf(w, initial, batches, SEED);
}

async function benchWorkload(w: Workload, runs: number): Promise<Record<EngineName, EngineSummary>> {
  const initial = buildEngineModel(w, SEED).getWeights();
  const all = {} as Record<EngineName, RunResult[]>;
  const firstLoss = {} as Record<EngineName, number>;
  for (const engine of ENGINES) {
    // Warm-up (JIT, wasm compilation, caches), long enough to also give the loss check its batches.
    const warm = await runOnce(engine, w, Math.max(CHECK_BATCHES, Math.ceil(w.batches[engine] / 10)), initial);
    firstLoss[engine] = warm.firstLoss;
    all[engine] = [];
  }
  for (let r = 0; r < runs; r++) {
    for (const engine of ENGINES) all[engine].push(await runOnce(engine, w, w.batches[engine], initial));
  }
  const summary = {} as Record<EngineName, EngineSummary>;
  for (const engine of ENGINES) {
    const results = all[engine];
    summary[engine] = {
      batches: w.batches[engine],
      samplesPerSecond: median(results.map((x) => x.samplesPerSecond)),
      cpuSamplesPerSecond: median(results.map((x) => x.cpuSamplesPerSecond)),
      runs: results.map((x) => Math.round(x.samplesPerSecond)),
      all: results,
      firstLoss: firstLoss[engine],
    };
    console.error(`  ${w.id} ${engine}: ${summary[engine].runs.join(', ')} samples/s`);
  }
  return summary;
}

async function main(): Promise<void> {
  // The WASM backend finds its .wasm binaries next to its own dist files in node_modules.
  const require = createRequire(import.meta.url);
  setWasmPaths(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm')) + '/');
  tf.env().set('PROD', true);
  registerTfGradients();
  const only = option('--only')?.split(',');
  const runs = Math.max(1, Number(option('--runs') ?? 3));
  const workloads = makeWorkloads().filter((w) => !only || only.includes(w.id));
  const denseInputs = process.argv.includes('--dense-inputs');
  if (denseInputs) for (const w of workloads) w.x = w.x.map((v) => (v === 0 ? 1e-30 : v));
  const started = performance.now();

  const results = [];
  for (const w of workloads) {
    const engines = await benchWorkload(w, runs);
    const ours = engines.layerwise.all;
    const ratio = (other: EngineName, key: 'samplesPerSecond' | 'cpuSamplesPerSecond'): number =>
      median(ours.map((run, r) => run[key] / engines[other].all[r][key]));
    results.push({
      id: w.id,
      title: w.title,
      batch: w.batch,
      engines,
      ratioVsWasm: ratio('tfjs-wasm', 'samplesPerSecond'),
      ratioVsCpu: ratio('tfjs-cpu', 'samplesPerSecond'),
      cpuTimeRatioVsWasm: ratio('tfjs-wasm', 'cpuSamplesPerSecond'),
    });
  }

  const rows = results.map((r) => [
    r.id,
    ...ENGINES.map((k) => Math.round(r.engines[k].samplesPerSecond).toLocaleString('en-US')),
    `${r.ratioVsWasm.toFixed(2)}×`,
    `${r.ratioVsCpu.toFixed(2)}×`,
    `${r.cpuTimeRatioVsWasm.toFixed(2)}×`,
    ENGINES.map((k) => r.engines[k].firstLoss.toFixed(4)).join(' / '),
  ]);
  const header = [
    'workload',
    'layerwise /s',
    'tfjs-wasm /s',
    'tfjs-cpu /s',
    'vs wasm',
    'vs cpu',
    'vs wasm (cpu time)',
    `loss, first ${CHECK_BATCHES} batches (lw / wasm / cpu)`,
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  for (const r of results) console.log(`${r.id}: ${r.title}`);
  console.log(
    `samples/s: median of ${runs} runs, wall clock; total ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );

  const out = join(dirname(fileURLToPath(import.meta.url)), 'results.json');
  const meta = {
    date: new Date().toISOString(),
    node: process.version,
    runs,
    denseInputs,
    seed: SEED,
    wasmSimd: await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'),
    wasmThreads: await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'),
  };
  writeFileSync(out, JSON.stringify({ ...meta, results }, null, 2) + '\n');
  console.log(`wrote ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
