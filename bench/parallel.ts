/**
 * `npm run bench:parallel`: would data-parallel training over two workers pay on this machine? (issue 13,
 * item 2). It measures the two costs that decide it, without building the parallel trainer:
 *
 * - the engine's gradient time per batch (WASM-SIMD kernels) for the bench workloads at several batch sizes;
 * - a fork–join round over shared memory: the main thread hands a generation number to a helper
 *   worker_thread with Atomics.notify and waits with Atomics.wait until the helper says it is done — the
 *   least a split batch costs on top of its arithmetic — and the fixed-order sum of two gradient chunks.
 *
 * With two workers a batch costs about  gradient/2 + round + reduce;  it pays when that is below gradient.
 * The printed crossover is the smallest batch size where it does.
 */
import { Worker } from 'node:worker_threads';
import { loadKernelModule } from '../src/cli/kernel-file';
import { buildEngineModel } from './engine-runner';
import { BatchOrder, gatherBatch, makeWorkloads, type Workload } from './workloads';

const BATCHES = [16, 64, 256, 1024];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds of one computeGradients call at batch size `batch` (median over a fixed time budget). */
function gradientMs(w: Workload, batch: number, wasm: WebAssembly.Module | null): number {
  const sized = { ...w, batch };
  const model = buildEngineModel(sized, 1, wasm);
  const order = new BatchOrder(w.n, batch, 1);
  const rows = new Uint32Array(batch);
  const bx = new Float32Array(batch * w.shape.features);
  const by = new Float32Array(batch);
  const times: number[] = [];
  const until = performance.now() + 1500;
  for (let b = 0; performance.now() < until || times.length < 5; b++) {
    order.rowsOf(b, rows);
    gatherBatch(sized, rows, bx, by);
    const t0 = performance.now();
    model.computeGradients(bx, by, batch);
    times.push(performance.now() - t0);
  }
  return median(times.slice(Math.floor(times.length / 5)));
}

/** Microseconds of one fork–join round with a helper thread over a SharedArrayBuffer: median and 99th percentile. */
async function roundTripUs(rounds: number): Promise<{ median: number; p99: number }> {
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const helper = new Worker(
    `const { workerData } = require('node:worker_threads');
     const s = new Int32Array(workerData);
     let seen = 0;
     for (;;) {
       Atomics.wait(s, 0, seen);
       seen = Atomics.load(s, 0);
       if (seen < 0) break;
       Atomics.store(s, 1, seen);
       Atomics.notify(s, 1);
     }`,
    { eval: true, workerData: shared.buffer },
  );
  const times: number[] = [];
  for (let g = 1; g <= rounds; g++) {
    const t0 = performance.now();
    Atomics.store(shared, 0, g);
    Atomics.notify(shared, 0);
    while (Atomics.load(shared, 1) !== g) Atomics.wait(shared, 1, g - 1, 50);
    times.push((performance.now() - t0) * 1000);
  }
  Atomics.store(shared, 0, -1);
  Atomics.notify(shared, 0);
  await helper.terminate();
  const sorted = times.slice(Math.floor(rounds / 10)).sort((a, b) => a - b);
  return { median: median(sorted), p99: sorted[Math.floor(sorted.length * 0.99)] };
}

/** Milliseconds to add two gradient chunks of `params` floats in a fixed order. */
function reduceMs(params: number): number {
  const a = new Float32Array(params).fill(1);
  const b = new Float32Array(params).fill(2);
  const times: number[] = [];
  for (let r = 0; r < 50; r++) {
    const t0 = performance.now();
    for (let i = 0; i < params; i++) a[i] += b[i];
    times.push(performance.now() - t0);
  }
  return median(times);
}

async function main() {
  const wasm = loadKernelModule();
  const rounds = await roundTripUs(2000);
  const round = rounds.median;
  console.log(
    `fork–join round over SharedArrayBuffer (Atomics.notify/wait, 1 helper): ${round.toFixed(0)} µs median, ` +
      `${rounds.p99.toFixed(0)} µs at the 99th percentile`,
  );
  for (const w of makeWorkloads()) {
    const params = buildEngineModel(w, 1, wasm).params.length;
    const reduce = reduceMs(params);
    let crossover: number | null = null;
    const cells: string[] = [];
    // A batch cannot be larger than the data set (W1 has 500 samples).
    for (const batch of BATCHES.filter((b) => b <= w.n)) {
      const g = gradientMs(w, batch, wasm);
      const two = g / 2 + round / 1000 + reduce;
      if (crossover === null && two < g) crossover = batch;
      cells.push(`batch ${batch}: ${g.toFixed(3)} ms → ${two.toFixed(3)} ms on 2`);
    }
    console.log(
      `${w.id} (${params} parameters, reduce ${reduce.toFixed(3)} ms): ${cells.join('; ')}; ` +
        `pays from batch ${crossover ?? `> ${BATCHES[BATCHES.length - 1]}`}`,
    );
  }
}

void main();
