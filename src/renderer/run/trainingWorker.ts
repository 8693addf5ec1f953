/// <reference lib="webworker" />
// Binds the engine's training host to a Web Worker. Slices are scheduled through a MessageChannel rather
// than setTimeout, which browsers clamp to 4 ms after a few nested calls.
//
// The worker compiles the engine's WebAssembly SIMD kernels (wasm/kernels.ts, built to wasm/build/ and
// bundled as an asset; the import is an alias of vite.shared.ts) once, before it handles its first command, and gives the module to every run's model.
// Only this worker may compile WebAssembly (its CSP has 'wasm-unsafe-eval'; the page's does not). If the
// fetch or the compilation fails, or the browser lacks WebAssembly SIMD, the TypeScript kernels run; the
// 'ready' event says which path a run took.
import kernelsUrl from '@layerwise/kernels.wasm?url';
import {
  createTrainingHost,
  createTrainingSetup,
  kernelModule,
  wasmSimdSupported,
  type HostCommand,
} from '../../engine';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();

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

const hostReady = loadKernels().then((wasm) =>
  createTrainingHost((event, transfer) => scope.postMessage(event, transfer ?? []), {
    setup: (start) => createTrainingSetup(start, { wasm }),
    schedule: (fn) => {
      queue.push(fn);
      channel.port2.postMessage(null);
    },
  }),
);

// Commands that arrive while the kernels compile wait for them, in order.
scope.onmessage = (e: MessageEvent<HostCommand>) => void hostReady.then((host) => host.handle(e.data));
