/** Picks a model's kernels: WebAssembly SIMD when a module is given and the engine supports it, else TypeScript. */
import type { KernelModule, Kernels } from './kernels';
import { typescriptKernels } from './typescript';
import { createWasmKernels, wasmSimdSupported } from './wasm';

export type { KernelModule, KernelPath, Kernels } from './kernels';
export { KERNEL_PATH_LABELS } from './kernels';
export { typescriptKernels } from './typescript';
export { kernelModule, wasmSimdSupported } from './wasm';

/**
 * Kernels with room for `floats` values in at most `allocations` buffers. Without a module, without
 * WebAssembly SIMD, or when the memory cannot grow that far (a RangeError), the TypeScript kernels.
 */
export function createKernels(module: KernelModule | null | undefined, floats: number, allocations: number): Kernels {
  if (!module || !wasmSimdSupported()) return typescriptKernels;
  try {
    return createWasmKernels(module, floats, allocations);
  } catch (e) {
    if (e instanceof RangeError) return typescriptKernels;
    throw e;
  }
}
