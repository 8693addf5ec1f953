/**
 * The WebAssembly SIMD kernels (source: wasm/kernels.ts, built by scripts/build-wasm.mjs). One instance and
 * one memory per model: the memory is grown once, when the model is built, to hold every buffer the model
 * and its optimizer will use, and `floats`/`ints` carve it up; nothing is allocated per step. Arrays passed
 * to a kernel must be views of this memory; their byte offsets are the addresses the kernels read.
 */
import { REDUCTION_BLOCK } from '../ops/dense';
import type { SparseInput } from '../ops/sparse-input';
import type { KernelModule, Kernels } from './kernels';

interface Exports {
  memory: WebAssembly.Memory;
  denseForward(
    x: number,
    rows: number,
    inner: number,
    w: number,
    b: number,
    cols: number,
    pre: number,
    out: number,
    relu: number,
    panel: number,
  ): void;
  denseWeightGrad(x: number, dy: number, rows: number, inner: number, cols: number, g: number, block: number): void;
  denseBiasGrad(dy: number, rows: number, cols: number, gb: number, block: number): void;
  denseInputGrad(dy: number, rows: number, cols: number, w: number, inner: number, dx: number): void;
  sparseForward(
    rowStart: number,
    rowCol: number,
    rowVal: number,
    rows: number,
    w: number,
    b: number,
    cols: number,
    pre: number,
    out: number,
    relu: number,
  ): void;
  sparseWeightGrad(
    colStart: number,
    colRow: number,
    colVal: number,
    inner: number,
    dy: number,
    cols: number,
    g: number,
    block: number,
  ): void;
  sgdStep(p: number, g: number, n: number, lr: number): void;
  momentumStep(p: number, g: number, v: number, n: number, lr: number, momentum: number): void;
  rmspropStep(p: number, g: number, s: number, n: number, lr: number, rho: number, eps: number): void;
  adagradStep(p: number, g: number, a: number, n: number, lr: number, eps: number): void;
  adamStep(
    p: number,
    g: number,
    m: number,
    v: number,
    n: number,
    alpha: number,
    beta1: number,
    beta2: number,
    eps: number,
  ): void;
}

const PAGE = 65536;
/** The module keeps its first page to itself (it has no static data today; this leaves room for some). */
const BASE = PAGE;
const ALIGN = 16;
/**
 * The forward product's scratch: one 8-column panel of W, packed contiguously (see denseForward in
 * wasm/kernels.ts), for layers with up to PANEL_MAX_INNER inputs; wider ones read W in place.
 */
const PANEL_MAX_INNER = 8192;
/**
 * Packing pays where W's rows lie far apart: from 512 columns (2 KB between rows of W) the wide layer ran at
 * 13 GFLOP/s in place and 30 packed; the digits MLP's 128 columns ran slower packed (43 → 32), as its W sits
 * in cache anyway.
 */
const PANEL_MIN_COLS = 512;
const PANEL_FLOATS = PANEL_MAX_INNER * 8;

/**
 * A module that declares SIMD instructions (i32x4.splat and friends). Engines without WebAssembly SIMD
 * refuse to validate it, which is how `wasmSimdSupported` finds out without running anything.
 */
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
]);

export function wasmSimdSupported(): boolean {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

/** Compiles the kernel module's bytes (or passes a compiled module through). Throws if it is not ours. */
export function kernelModule(source: KernelModule): WebAssembly.Module {
  const module = source instanceof WebAssembly.Module ? source : new WebAssembly.Module(source);
  const names = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  for (const name of ['memory', 'denseForward', 'denseInputGrad', 'sparseForward', 'adamStep']) {
    if (!names.has(name)) {
      throw new Error(
        `The WebAssembly module given as the engine's kernels has no '${name}' export: it is not a build of ` +
          'wasm/kernels.ts. Rebuild it with `npm run build:wasm`.',
      );
    }
  }
  return module;
}

/**
 * Kernels with room for `floats` 32-bit values (plus alignment): one new instance of the module, its memory
 * grown once. Throws a RangeError when the memory cannot grow that far.
 */
export function createWasmKernels(source: KernelModule, floats: number, allocations: number): Kernels {
  const instance = new WebAssembly.Instance(kernelModule(source), {});
  const k = instance.exports as unknown as Exports;
  const memory = k.memory;
  const bytes = BASE + 4 * (Math.ceil(floats) + PANEL_FLOATS) + ALIGN * (allocations + 1);
  const have = memory.buffer.byteLength;
  if (bytes > have) memory.grow(Math.ceil((bytes - have) / PAGE));
  const buffer = memory.buffer;
  const end = buffer.byteLength;
  let next = BASE;

  function take(n: number): number {
    const at = next;
    const size = Math.ceil((4 * n) / ALIGN) * ALIGN;
    if (at + size > end) {
      throw new Error(
        `The WebAssembly kernels' memory is full (${end} bytes); a buffer of ${n} values did not fit. ` +
          'This is a bug in how the model sizes its memory: please report it.',
      );
    }
    next = at + size;
    return at;
  }

  const panel = take(PANEL_FLOATS);

  /** The address of element `off` of a, which must be a view of this memory. */
  function at(a: Float32Array | Int32Array, off = 0): number {
    if (a.buffer !== buffer) {
      throw new Error(
        'A WebAssembly kernel was given an array outside its memory: every buffer of a model must come from ' +
          "its kernels' floats() or ints().",
      );
    }
    return a.byteOffset + 4 * off;
  }

  const bias = (p: Float32Array, bOff: number): number => (bOff >= 0 ? at(p, bOff) : 0);

  return {
    path: 'wasm-simd',
    floats: (n) => new Float32Array(buffer, take(n), n),
    ints: (n) => new Int32Array(buffer, take(n), n),
    room: () => Math.max(0, (end - next) / 4 - ALIGN),
    stage(x, n, staging) {
      if (x.buffer === buffer) return x;
      staging.set(n === x.length ? x : x.subarray(0, n));
      return staging;
    },

    denseForward(x, rows, inner, p, wOff, bOff, cols, pre, out, relu) {
      const scratch = inner <= PANEL_MAX_INNER && cols >= PANEL_MIN_COLS ? panel : 0;
      k.denseForward(at(x), rows, inner, at(p, wOff), bias(p, bOff), cols, at(pre), at(out), relu ? 1 : 0, scratch);
    },
    denseWeightGrad(x, dy, rows, inner, cols, g, wOff, bOff) {
      k.denseWeightGrad(at(x), at(dy), rows, inner, cols, at(g, wOff), REDUCTION_BLOCK);
      if (bOff >= 0) k.denseBiasGrad(at(dy), rows, cols, at(g, bOff), REDUCTION_BLOCK);
    },
    denseBiasGrad(dy, rows, cols, g, bOff) {
      k.denseBiasGrad(at(dy), rows, cols, at(g, bOff), REDUCTION_BLOCK);
    },
    denseInputGrad(dy, rows, cols, p, wOff, inner, dx) {
      k.denseInputGrad(at(dy), rows, cols, at(p, wOff), inner, at(dx));
    },
    sparseForward(s: SparseInput, p, wOff, bOff, cols, pre, out, relu) {
      k.sparseForward(
        at(s.rowStart),
        at(s.rowCol),
        at(s.rowVal),
        s.rows,
        at(p, wOff),
        bias(p, bOff),
        cols,
        at(pre),
        at(out),
        relu ? 1 : 0,
      );
    },
    sparseWeightGrad(s: SparseInput, dy, cols, g, wOff) {
      k.sparseWeightGrad(
        at(s.colStart),
        at(s.colRow),
        at(s.colVal),
        s.inner,
        at(dy),
        cols,
        at(g, wOff),
        REDUCTION_BLOCK,
      );
    },

    sgdStep(p, g, lr) {
      k.sgdStep(at(p), at(g), p.length, lr);
    },
    momentumStep(p, g, velocity, lr, momentum) {
      k.momentumStep(at(p), at(g), at(velocity), p.length, lr, momentum);
    },
    rmspropStep(p, g, meanSquare, lr, rho, eps) {
      k.rmspropStep(at(p), at(g), at(meanSquare), p.length, lr, rho, eps);
    },
    adagradStep(p, g, accumulator, lr, eps) {
      k.adagradStep(at(p), at(g), at(accumulator), p.length, lr, eps);
    },
    adamStep(p, g, m, v, alpha, beta1, beta2, eps) {
      k.adamStep(at(p), at(g), at(m), at(v), p.length, alpha, beta1, beta2, eps);
    },
  };
}
