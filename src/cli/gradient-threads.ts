/**
 * Node's helper threads for data-parallel training (engine/parallel): worker_threads that each run
 * gradient-helper.ts. Under tsx (Node 20 ignores `--import tsx` in a Worker's execArgv, nodejs/node#47747)
 * a thread starts from a two-line bootstrap that registers tsx and then imports the TypeScript entry.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { KernelModule } from '../engine/kernels';
import {
  PARALLEL_FROM_BATCH,
  parallelPays,
  ParallelGradients,
  type GradientHelperInit,
  type HelperThreads,
} from '../engine/parallel';
import type { ShardableModel } from '../engine/types';

const entry = new URL('./gradient-helper' + (import.meta.url.endsWith('.ts') ? '.ts' : '.js'), import.meta.url);

function startThread(init: GradientHelperInit): Worker {
  if (entry.pathname.endsWith('.ts')) {
    const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
    return new Worker(bootstrap, { eval: true, workerData: init });
  }
  return new Worker(entry, { workerData: init });
}

/** worker_threads as the engine's HelperThreads; `errors` collects what the threads reported. */
export function nodeHelperThreads(errors: string[] = []): HelperThreads {
  const workers: Worker[] = [];
  return {
    start(init) {
      const worker = startThread(init);
      worker.on('message', (m: { type: string; message: string }) => {
        if (m?.type === 'error') errors.push(m.message);
      });
      worker.on('error', (e) => errors.push(e.message));
      // A helper blocked in Atomics.wait must not keep the process alive once training is over.
      worker.unref();
      workers.push(worker);
    },
    close() {
      for (const w of workers) void w.terminate();
      workers.length = 0;
    },
  };
}

/** Below this batch size `--threads auto` trains on one thread (see the engine's parallelPays). */
export const AUTO_THREADS_FROM_BATCH = PARALLEL_FROM_BATCH;

/**
 * The threads `--threads` asks for: a number, or 'auto': every core (at most 4) when a batch is enough work
 * to share (parallelPays), else 1.
 */
export function threadsFor(option: number | 'auto', batchSize: number, params: number): number {
  if (option === 'auto') return parallelPays(batchSize, params) ? Math.min(4, availableParallelism()) : 1;
  return option;
}

/** How long a run waits for its helper threads to start before it trains without them. */
const HELPER_START_TIMEOUT_MS = 20_000;

/** A parallel gradient pool for `model` with threads − 1 helpers, or null for one thread. */
export function nodeGradientPool(
  model: ShardableModel,
  threads: number,
  batchSize: number,
  wasm: KernelModule | null,
  errors?: string[],
): ParallelGradients | null {
  if (threads <= 1) return null;
  const pool = new ParallelGradients(model, nodeHelperThreads(errors), { helpers: threads - 1, batchSize, wasm });
  // The threads start in a fraction of a second; if one does not, the run trains on this one (same numbers).
  pool.waitForHelpers(HELPER_START_TIMEOUT_MS);
  return pool;
}
