/**
 * The kernel interface: the dense products, the sparse first layer and the optimizer updates, behind one
 * object per model. Two implementations: `typescript.ts` (the reference, runs anywhere) and `wasm.ts` (our
 * WebAssembly SIMD build of the same products, from wasm/kernels.ts). The model and the optimizers call only
 * this interface, so both paths run the same plan.
 *
 * Arrays are Float32Arrays with element offsets, as in ops/dense.ts. The WebAssembly kernels can only read
 * memory of their own module, so every buffer a model hands them must come from `floats`/`ints` of the same
 * kernels object (the TypeScript kernels accept any array, so they also run on those buffers).
 */
import type { denseBiasGrad, denseInputGrad, denseWeightGrad } from '../ops/dense';
import type { SparseInput, sparseWeightGrad } from '../ops/sparse-input';

/** Which kernels ran: reported by the worker's 'ready' event, the CLI's summary and the About box. */
export type KernelPath = 'wasm-simd' | 'typescript';

export const KERNEL_PATH_LABELS: Record<KernelPath, string> = {
  'wasm-simd': 'WASM-SIMD',
  typescript: 'TypeScript',
};

/**
 * What the engine is given to build WebAssembly kernels from: the compiled module (or its bytes) of
 * wasm/kernels.ts. The engine has no file or network access; the worker, the CLI and the tests load it.
 */
export type KernelModule = WebAssembly.Module | BufferSource;

export interface Kernels {
  readonly path: KernelPath;
  /** A zeroed buffer that these kernels can work on, valid for the life of the model. */
  floats(n: number): Float32Array;
  ints(n: number): Int32Array;
  /** Floats `floats` can still hand out (Infinity for the TypeScript kernels). */
  room(): number;
  /** `x` itself when the kernels can read it in place, else its first n values copied into `staging`. */
  stage(x: Float32Array, n: number, staging: Float32Array): Float32Array;

  /** pre = X·W + b (bOff < 0: no bias); with `relu`, also out = max(pre, 0) (out may not be pre then). */
  denseForward(
    x: Float32Array,
    rows: number,
    inner: number,
    p: Float32Array,
    wOff: number,
    bOff: number,
    cols: number,
    pre: Float32Array,
    out: Float32Array,
    relu: boolean,
  ): void;
  /**
   * g[W] = Xᵀ·dY and, when bOff ≥ 0, g[b] = Σ_rows dY (overwriting), reduced in blocks of REDUCTION_BLOCK
   * rows (ops/dense.ts) so that any split of a batch into blocks' partials adds up to the same bits.
   * Typed as its reference kernel in ops/dense.ts, which the TypeScript kernels use as it is; so are the other
   * gradients they take unchanged from ops/ (denseBiasGrad, denseInputGrad, sparseWeightGrad).
   */
  denseWeightGrad: typeof denseWeightGrad;
  denseBiasGrad: typeof denseBiasGrad;
  /** dX = dY·Wᵀ (overwriting dx). */
  denseInputGrad: typeof denseInputGrad;
  /** The dense forward product over the nonzeros `s` listed in its last scan. */
  sparseForward(
    s: SparseInput,
    p: Float32Array,
    wOff: number,
    bOff: number,
    cols: number,
    pre: Float32Array,
    out: Float32Array,
    relu: boolean,
  ): void;
  /** g[W] = Xᵀ·dY over the nonzeros of the last scan (overwriting; the bias is left to denseBiasGrad). */
  sparseWeightGrad: typeof sparseWeightGrad;

  /** Optimizer updates over whole arrays (formulas in optim/*.ts). */
  sgdStep(p: Float32Array, g: Float32Array, lr: number): void;
  momentumStep(p: Float32Array, g: Float32Array, velocity: Float32Array, lr: number, momentum: number): void;
  rmspropStep(p: Float32Array, g: Float32Array, meanSquare: Float32Array, lr: number, rho: number, eps: number): void;
  adagradStep(p: Float32Array, g: Float32Array, accumulator: Float32Array, lr: number, eps: number): void;
  /** Adam with the bias correction already folded into alpha. */
  adamStep(
    p: Float32Array,
    g: Float32Array,
    m: Float32Array,
    v: Float32Array,
    alpha: number,
    beta1: number,
    beta2: number,
    eps: number,
  ): void;
}
