/**
 * `npm run bench`: trains each workload on this engine (its WebAssembly SIMD kernels and its TypeScript
 * kernels) and on TensorFlow.js (WASM backend; CPU too with --cpu) in the same process, from the same initial
 * weights, data and batch order, and reports training throughput (forward + backward + optimizer step) as the
 * median of several runs, with GFLOP/s beside samples/s. Then the raw products: our kernels against
 * TensorFlow.js-WASM's matMul. Writes bench/results.json.
 *
 * Each MNIST workload runs twice: with its real inputs (about 80 % zeros, so the sparse first-layer path
 * runs) and with dense inputs (zero pixels replaced by 1e-30, the same numbers to float precision, which turns
 * the sparse path off and shows what the dense kernels alone achieve). W1's two inputs never take the sparse
 * path, so it runs once.
 *
 * Runs are interleaved (engine A, B, C, then A, B, C again, ...) so that a change in machine load during
 * the benchmark hits every engine alike, and each ratio is the median over rounds of the ratio within a
 * round (runs close together in time). Throughput is per second of wall-clock time (the headline) and per
 * second of this process's CPU time (steadier on a shared machine; everything here runs single-threaded).
 *
 * GFLOP/s counts the nominal dense products per sample: 2·in·out each for Y = X·W + b, dW = Xᵀ·dY and
 * dX = dY·Wᵀ (no dX for the first layer). With the sparse path the engine does fewer, so its figure there is
 * an effective rate.
 *
 * Options: --only W1,W2  some workloads; --inputs sparse|dense  one input kind; --runs N  runs per engine
 *          (default 3); --cpu  also TensorFlow.js's CPU backend; --no-matmul  skip the raw products.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { loadKernelModule } from '../src/cli/kernel-file';
import { compile } from '../src/engine/compile';
import { KERNEL_PATH_LABELS } from '../src/engine/kernels';
import type { WeightsByNode } from '../src/engine/types';
import { buildEngineModel, runEngine, type RunResult } from './engine-runner';
import { benchMatmul } from './matmul';
import { registerTfGradients } from './tf-gradients';
import { runTf } from './tf-runner';
import { CHECK_BATCHES, makeWorkloads, type EngineName, type Workload } from './workloads';

const SEED = 42;
const WASM = loadKernelModule();
const CPU = process.argv.includes('--cpu');
const ENGINES: EngineName[] = ['layerwise', 'layerwise-ts', 'tfjs-wasm', ...(CPU ? (['tfjs-cpu'] as const) : [])];
type Inputs = 'sparse' | 'dense';

/** The targets: ratio of Layerwise (WASM-SIMD) to TensorFlow.js-WASM in the same run. */
const TARGETS: Record<string, number> = {
  'W1 dense': 100,
  'W2 sparse': 8,
  'W2 dense': 6,
  'W3 sparse': 8,
  'W3 dense': 6,
};

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

/** Nominal FLOPs of one training sample: forward, weight gradient and (but for the first layer) input gradient. */
function flopsPerSample(w: Workload): number {
  const plan = compile(w.graph, w.shape).plan!;
  let flops = 0;
  for (const id of plan.order) {
    const node = plan.nodes[id];
    if (node.type !== 'dense' && node.type !== 'output') continue;
    const product = 2 * node.inputWidth * node.width;
    flops += node.inputs[0] === plan.inputId ? 2 * product : 3 * product;
  }
  return flops;
}

async function runOnce(engine: EngineName, w: Workload, batches: number, initial: WeightsByNode): Promise<RunResult> {
  if (engine === 'layerwise') return runEngine(w, initial, batches, SEED, WASM);
  if (engine === 'layerwise-ts') return runEngine(w, initial, batches, SEED, null);
  if (!(await tf.setBackend(engine === 'tfjs-cpu' ? 'cpu' : 'wasm')))
    throw new Error(`TensorFlow.js could not start its ${engine} backend.`);
  await tf.ready();
  return runTf(w, initial, batches, SEED);
}

async function benchWorkload(w: Workload, label: string, runs: number): Promise<Record<EngineName, EngineSummary>> {
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
    console.error(`  ${label} ${engine}: ${summary[engine].runs.join(', ')} samples/s`);
  }
  return summary;
}

/**
 * Whether every engine's mean loss over the first batches agrees with TF.js-WASM's to 4 significant digits
 * (within 2·10⁻⁴ relative: Adam's first step moves every weight by ±lr, so float32 rounding of gradients
 * near zero shows in the fifth digit).
 */
function lossesAgree(engines: Record<EngineName, EngineSummary>): boolean {
  const reference = engines['tfjs-wasm'].firstLoss;
  return ENGINES.every((e) => Math.abs(engines[e].firstLoss - reference) <= 2e-4 * Math.abs(reference));
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  // The WASM backend finds its .wasm binaries next to its own dist files in node_modules.
  const require = createRequire(import.meta.url);
  setWasmPaths(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm')) + '/');
  tf.env().set('PROD', true);
  registerTfGradients();
  const only = option('--only')?.split(',');
  const inputs = option('--inputs') as Inputs | undefined;
  const runs = Math.max(1, Number(option('--runs') ?? 3));
  const started = performance.now();
  const path = buildEngineModel(makeWorkloads()[0], SEED, WASM).kernels.path;
  console.error(`Layerwise kernels: ${KERNEL_PATH_LABELS[path]}${WASM ? '' : ' (wasm/build/kernels.wasm is missing)'}`);

  const results = [];
  for (const base of makeWorkloads().filter((w) => !only || only.includes(w.id))) {
    const kinds: Inputs[] = base.shape.features < 64 ? ['dense'] : ['sparse', 'dense'];
    for (const kind of kinds.filter((k) => !inputs || k === inputs)) {
      const w = kind === 'dense' && kinds.length > 1 ? { ...base, x: base.x.map((v) => (v === 0 ? 1e-30 : v)) } : base;
      const label = `${w.id} ${kind}`;
      const engines = await benchWorkload(w, label, runs);
      const ours = engines.layerwise.all;
      const ratio = (mine: EngineName, other: EngineName, key: 'samplesPerSecond' | 'cpuSamplesPerSecond'): number =>
        median(engines[mine].all.map((run, r) => run[key] / engines[other].all[r][key]));
      const flops = flopsPerSample(w);
      results.push({
        id: w.id,
        inputs: kind,
        label,
        title: w.title,
        batch: w.batch,
        path: ours[0].path,
        flopsPerSample: flops,
        gflops: (engines.layerwise.samplesPerSecond * flops) / 1e9,
        engines,
        ratioVsWasm: ratio('layerwise', 'tfjs-wasm', 'samplesPerSecond'),
        cpuTimeRatioVsWasm: ratio('layerwise', 'tfjs-wasm', 'cpuSamplesPerSecond'),
        typescriptRatioVsWasm: ratio('layerwise-ts', 'tfjs-wasm', 'samplesPerSecond'),
        simdOverTypescript: ratio('layerwise', 'layerwise-ts', 'samplesPerSecond'),
        target: TARGETS[label],
        lossesAgree: lossesAgree(engines),
      });
    }
  }

  const fmt = (v: number): string => Math.round(v).toLocaleString('en-US');
  console.log(
    table(
      [
        'workload',
        'path',
        'samples/s',
        'GFLOP/s',
        'TypeScript /s',
        'tfjs-wasm /s',
        ...(CPU ? ['tfjs-cpu /s'] : []),
        'vs wasm',
        '(cpu time)',
        'TS vs wasm',
        'target',
        `loss, first ${CHECK_BATCHES} batches (${ENGINES.join(' / ')})`,
      ],
      results.map((r) => [
        r.label,
        KERNEL_PATH_LABELS[r.path ?? 'typescript'],
        fmt(r.engines.layerwise.samplesPerSecond),
        r.gflops.toFixed(2),
        fmt(r.engines['layerwise-ts'].samplesPerSecond),
        fmt(r.engines['tfjs-wasm'].samplesPerSecond),
        ...(CPU ? [fmt(r.engines['tfjs-cpu'].samplesPerSecond)] : []),
        `${r.ratioVsWasm.toFixed(2)}×`,
        `${r.cpuTimeRatioVsWasm.toFixed(2)}×`,
        `${r.typescriptRatioVsWasm.toFixed(2)}×`,
        r.target ? `≥ ${r.target}× ${r.ratioVsWasm >= r.target ? 'met' : 'missed'}` : '',
        `${ENGINES.map((k) => r.engines[k].firstLoss.toFixed(4)).join(' / ')} ${r.lossesAgree ? 'agree' : 'DIFFER'}`,
      ]),
    ),
  );
  for (const w of makeWorkloads()) console.log(`${w.id}: ${w.title}`);
  console.log(`samples/s: median of ${runs} runs, wall clock; ratios: median of the per-round ratios`);

  const matmul = process.argv.includes('--no-matmul') ? [] : await benchMatmul(WASM, runs);
  if (matmul.length > 0) {
    console.log(
      '\n' +
        table(
          ['raw product', 'shape', `ours (${KERNEL_PATH_LABELS[path]}) GFLOP/s`, 'tfjs-wasm matMul GFLOP/s', 'ratio'],
          matmul.map((m) => [
            m.product,
            m.shape,
            m.ours.toFixed(2),
            m.tfjs.toFixed(2),
            `${(m.ours / m.tfjs).toFixed(2)}×`,
          ]),
        ),
    );
  }
  console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);

  const out = join(dirname(fileURLToPath(import.meta.url)), 'results.json');
  const meta = {
    date: new Date().toISOString(),
    node: process.version,
    runs,
    seed: SEED,
    kernels: path,
    tfjsWasmSimd: await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'),
    tfjsWasmThreads: await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'),
  };
  writeFileSync(out, JSON.stringify({ ...meta, results, matmul }, null, 2) + '\n');
  console.log(`wrote ${out}`);
  if (results.some((r) => !r.lossesAgree)) {
    console.error('The engines disagree on the loss of the first batches: the comparison is not fair.');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
