/**
 * Which kernels the training workers ran on, as their 'ready' events report it: WebAssembly SIMD, or the
 * TypeScript fallback (no WebAssembly SIMD in this browser, or the module did not load), and on how many
 * threads the last run computed its gradients (more than one only for data-parallel training of large
 * batches). The About box shows both; null until the first run of the session has started.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { KernelPath } from '../../engine';

export const kernelPathStore = createStore<{ path: KernelPath | null; threads: number | null }>()(() => ({
  path: null,
  threads: null,
}));

export function recordKernelPath(path: KernelPath, threads: number): void {
  const s = kernelPathStore.getState();
  if (s.path !== path || s.threads !== threads) kernelPathStore.setState({ path, threads });
}

export function useKernelPath(): KernelPath | null {
  return useStore(kernelPathStore, (s) => s.path);
}

export function useGradientThreads(): number | null {
  return useStore(kernelPathStore, (s) => s.threads);
}
