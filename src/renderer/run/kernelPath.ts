/**
 * Which kernels the training workers ran on, as their 'ready' events report it: WebAssembly SIMD, or the
 * TypeScript fallback (no WebAssembly SIMD in this browser, or the module did not load). The About box shows
 * it; null until the first run of the session has started.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { KernelPath } from '../../engine';

export const kernelPathStore = createStore<{ path: KernelPath | null }>()(() => ({ path: null }));

export function recordKernelPath(path: KernelPath): void {
  if (kernelPathStore.getState().path !== path) kernelPathStore.setState({ path });
}

export function useKernelPath(): KernelPath | null {
  return useStore(kernelPathStore, (s) => s.path);
}
