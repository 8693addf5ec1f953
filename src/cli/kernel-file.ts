/**
 * Node-side loader of the engine's WebAssembly SIMD kernels (wasm/build/kernels.wasm, built from
 * wasm/kernels.ts by scripts/build-wasm.mjs). The CLI, the tests and the benchmarks give the compiled module
 * to the engine (ModelOptions.wasm); without the file the TypeScript kernels run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const KERNEL_FILE_RELATIVE = 'wasm/build/kernels.wasm';

/** Finds wasm/build/kernels.wasm by walking up from this module (src/cli under tsx, or a bundled copy). */
export function findKernelFile(from: string = dirname(fileURLToPath(import.meta.url))): string | null {
  let dir = from;
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(dir, KERNEL_FILE_RELATIVE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

let cached: WebAssembly.Module | null | undefined;

/**
 * The compiled kernel module, or null when the file has not been built (then the TypeScript kernels run;
 * `npm run build:wasm` builds it). `LAYERWISE_KERNELS=typescript` asks for the TypeScript kernels anyway.
 */
export function loadKernelModule(): WebAssembly.Module | null {
  if (process.env.LAYERWISE_KERNELS === 'typescript') return null;
  if (cached === undefined) {
    const file = findKernelFile();
    cached = file ? new WebAssembly.Module(readFileSync(file)) : null;
  }
  return cached;
}
