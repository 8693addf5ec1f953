/// <reference lib="webworker" />
// Binds the engine's training host to a Web Worker. Slices are scheduled through a MessageChannel rather
// than setTimeout, which browsers clamp to 4 ms after a few nested calls.
//
// The worker compiles the engine's WebAssembly SIMD kernels (wasm/kernels.ts, built to wasm/build/ and
// bundled as an asset; the import is an alias of vite.shared.ts) once, before it handles its first command, and gives the module to every run's model.
// Only this worker may compile WebAssembly (its CSP has 'wasm-unsafe-eval'; the page's does not). If the
// fetch or the compilation fails, or the browser lacks WebAssembly SIMD, the TypeScript kernels run; the
// 'ready' event says which path a run took.
//
// Data-parallel training: when the page is cross-origin isolated (COOP/COEP, so SharedArrayBuffer exists)
// and a run's batches are enough work (parallelPays: batch size and parameters), this worker starts helper sub-workers
// (gradientHelperWorker.ts) and shares each batch's gradient with them, with the same numbers as alone.
import kernelsUrl from '@layerwise/kernels.wasm?url';
import {
  createTrainingHost,
  createTrainingSetup,
  isShardable,
  kernelModule,
  parallelPays,
  ParallelGradients,
  wasmSimdSupported,
  type GradientPool,
  type HelperThreads,
  type HostCommand,
  type StartCommand,
} from '../../engine';
import { cpuTurns, isCpuTurnsMessage, type CpuTurns, type CpuTurnsMessage } from './cpuTurns';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const channel = new MessageChannel();
const queue: (() => void)[] = [];
// A comparison's workers take turns on the cores (cpuTurns.ts); a worker given no turns runs every slice at once.
let turns: CpuTurns | null = null;
channel.port1.onmessage = () => {
  const slice = queue.shift();
  if (slice && turns) turns.run(slice);
  else slice?.();
};

async function loadKernels(): Promise<WebAssembly.Module | null> {
  if (!wasmSimdSupported()) return null;
  try {
    const response = await fetch(kernelsUrl);
    if (!response.ok) throw new Error(`${kernelsUrl} answered ${response.status}`);
    return kernelModule(await WebAssembly.compile(await response.arrayBuffer()));
  } catch (e) {
    console.warn(`Layerwise trains on the TypeScript kernels: the WebAssembly ones did not load (${String(e)}).`);
    return null;
  }
}

/** Sub-workers that each run gradientHelperWorker.ts; terminated when their run's pool closes. */
function helperWorkers(): HelperThreads {
  const workers: Worker[] = [];
  return {
    start(init) {
      const worker = new Worker(new URL('./gradientHelperWorker.ts', import.meta.url), { type: 'module' });
      worker.postMessage(init);
      workers.push(worker);
    },
    close() {
      for (const w of workers) w.terminate();
      workers.length = 0;
    },
  };
}

/** Helper threads for a run: only where SharedArrayBuffer is allowed and the batches are large enough to pay. */
function helpersFor(start: StartCommand, params: number): number {
  if (!scope.crossOriginIsolated || !parallelPays(start.training.batchSize, params)) return 0;
  return Math.min(4, navigator.hardwareConcurrency || 1) - 1;
}

// One run at a time per worker: a new run (or a new setup) closes the last run's helpers.
let pool: GradientPool | null = null;

const hostReady = loadKernels().then((wasm) =>
  createTrainingHost((event, transfer) => scope.postMessage(event, transfer ?? []), {
    setup: (start) => {
      pool?.close();
      pool = null;
      const setup = createTrainingSetup(start, { wasm });
      const helpers = helpersFor(start, setup.model.params.length);
      if (helpers > 0 && isShardable(setup.model)) {
        // The first batches run here until the sub-workers have started (the same numbers either way).
        pool = new ParallelGradients(setup.model, helperWorkers(), {
          helpers,
          batchSize: start.training.batchSize,
          wasm,
        });
        setup.gradients = pool;
      }
      return setup;
    },
    schedule: (fn) => {
      queue.push(fn);
      channel.port2.postMessage(null);
    },
  }),
);

// Commands that arrive while the kernels compile wait for them, in order.
scope.onmessage = (e: MessageEvent<HostCommand | CpuTurnsMessage>) => {
  const message = e.data;
  if (isCpuTurnsMessage(message)) turns = cpuTurns(message.buffer);
  else void hostReady.then((host) => host.handle(message));
};
