/**
 * `npm run bench:parallel`: the parallel trainer (src/engine/parallel, with the CLI's worker_threads) against
 * one thread, on the bench workloads at batch sizes 16 to 1024: samples per second of whole training steps
 * (gradient and optimizer update, WASM-SIMD kernels), 1 thread vs 2, and the crossover, the smallest batch
 * from which two threads are faster. It also checks the point of the design: after the timed steps, the two
 * models' weights must be bit-identical (the bench fails otherwise).
 *
 * The two sides run interleaved (ROUNDS rounds of about ROUND_MS each), so load that changes during the run
 * hits both; the figure is the median over the rounds. `--threads N` compares 1 with N.
 */
import { nodeHelperThreads } from '../src/cli/gradient-threads';
import { loadKernelModule } from '../src/cli/kernel-file';
import { createOptimizer, type Optimizer } from '../src/engine/optim';
import { ParallelGradients } from '../src/engine/parallel';
import { Rng } from '../src/engine/rng';
import type { ShardableModel } from '../src/engine/types';
import { buildEngineModel } from './engine-runner';
import { BatchOrder, gatherBatch, makeWorkloads, type Workload } from './workloads';

const BATCHES = [16, 32, 64, 128, 256, 512, 1024];
const ROUNDS = 5;
const ROUND_MS = 500;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const threadsArg = process.argv.indexOf('--threads');
const THREADS = threadsArg >= 0 ? Number(process.argv[threadsArg + 1]) : 2;

interface Side {
  model: ShardableModel;
  optimizer: Optimizer;
  pool: ParallelGradients | null;
  step: number;
}

function side(w: Workload, batch: number, threads: number, wasm: WebAssembly.Module | null): Side {
  const model = buildEngineModel({ ...w, batch }, 1, wasm) as ShardableModel;
  const optimizer = createOptimizer(w.optimizer, model.params.length, {}, model.kernels);
  const pool =
    threads > 1
      ? new ParallelGradients(model, nodeHelperThreads(), { helpers: threads - 1, batchSize: batch, wasm })
      : null;
  pool?.waitForHelpers(20_000);
  return { model, optimizer, pool, step: 0 };
}

/**
 * Trains steps on `s` for about `ms` milliseconds (at least two), or exactly `exactly` steps; returns samples
 * per second.
 */
function trainFor(s: Side, w: Workload, batch: number, ms: number, buffers: Buffers, exactly = 0): number {
  const { order, rows, bx, by } = buffers;
  const random = new Rng(s.step + 1);
  const t0 = performance.now();
  let steps = 0;
  while (exactly > 0 ? steps < exactly : steps < 2 || performance.now() - t0 < ms) {
    order.rowsOf(s.step++, rows);
    gatherBatch({ ...w, batch }, rows, bx, by);
    if (s.pool) s.pool.computeGradients(bx, by, batch, random);
    else s.model.computeGradients(bx, by, batch, random);
    s.optimizer.step(s.model.params, s.model.grads, w.learningRate);
    steps++;
  }
  return (steps * batch) / ((performance.now() - t0) / 1000);
}

interface Buffers {
  order: BatchOrder;
  rows: Uint32Array;
  bx: Float32Array;
  by: Float32Array;
}

function buffers(w: Workload, batch: number): Buffers {
  return {
    order: new BatchOrder(w.n, batch, 1),
    rows: new Uint32Array(batch),
    bx: new Float32Array(batch * w.shape.features),
    by: new Float32Array(batch),
  };
}

function sameBits(a: Float32Array, b: Float32Array): boolean {
  const x = new Uint32Array(a.buffer, a.byteOffset, a.length);
  const y = new Uint32Array(b.buffer, b.byteOffset, b.length);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

async function main() {
  const wasm = loadKernelModule();
  let identical = true;
  for (const w of makeWorkloads()) {
    const cells: string[] = [];
    let crossover: number | null = null;
    for (const batch of BATCHES.filter((b) => b <= w.n)) {
      const one = side(w, batch, 1, wasm);
      const many = side(w, batch, THREADS, wasm);
      const [b1, b2] = [buffers(w, batch), buffers(w, batch)];
      // Warm-up (the helpers start and compile; the JIT settles), then interleaved rounds.
      trainFor(one, w, batch, 150, b1);
      trainFor(many, w, batch, 150, b2);
      const r1: number[] = [];
      const r2: number[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        r1.push(trainFor(one, w, batch, ROUND_MS, b1));
        r2.push(trainFor(many, w, batch, ROUND_MS, b2));
      }
      // Bring both to the same step count, then compare every weight's bits.
      if (one.step < many.step) trainFor(one, w, batch, 0, b1, many.step - one.step);
      if (many.step < one.step) trainFor(many, w, batch, 0, b2, one.step - many.step);
      const same = one.step === many.step && sameBits(one.model.params, many.model.params);
      identical &&= same;
      many.pool?.close();
      const [s1, s2] = [median(r1), median(r2)];
      if (crossover === null && s2 > s1) crossover = batch;
      if (s2 <= s1) crossover = null;
      cells.push(
        `  batch ${String(batch).padStart(4)}: ${fmt(s1)} → ${fmt(s2)} samples/s on ${THREADS} (${(s2 / s1).toFixed(2)}×)` +
          `${same ? '' : '  WEIGHTS DIFFER'}`,
      );
    }
    console.log(`${w.id} ${w.title.replace(/, batch \d+$/, '')}`);
    for (const c of cells) console.log(c);
    console.log(`  ${THREADS} threads pay from batch ${crossover ?? `> ${BATCHES.filter((b) => b <= w.n).at(-1)}`}`);
  }
  if (!identical) {
    console.error('The weights after parallel steps differ from one thread: the reduction is not deterministic.');
    process.exitCode = 1;
  } else console.log(`Weights after every run: bit-identical on 1 and ${THREADS} threads.`);
}

function fmt(v: number): string {
  return Math.round(v).toLocaleString('en-US').padStart(9);
}

void main();
