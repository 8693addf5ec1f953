/**
 * The blocked reduction that makes data-parallel training deterministic (ops/dense.ts, REDUCTION_BLOCK): on
 * both kernel paths, the weight and bias gradients of a whole batch have exactly the bits of the gradients of
 * each block computed alone and added in block order as float32 (what the parallel coordinator does with its
 * helpers' slots); the sparse first layer gives the bits of the dense kernels; and the blocked sums still
 * agree with a plain float64 sum over all rows to float32 rounding.
 */
import { describe, expect, it } from 'vitest';
import { loadKernelModule } from '../../../src/cli/kernel-file';
import type { Kernels } from '../../../src/engine/kernels';
import { typescriptKernels } from '../../../src/engine/kernels';
import { createWasmKernels } from '../../../src/engine/kernels/wasm';
import { REDUCTION_BLOCK } from '../../../src/engine/ops/dense';
import { SparseInput } from '../../../src/engine/ops/sparse-input';
import { Rng } from '../../../src/engine/rng';

const module = loadKernelModule();
const rng = new Rng(77);

function filled(k: Kernels, n: number, density = 1): Float32Array {
  const a = k.floats(n);
  for (let i = 0; i < n; i++) a[i] = rng.next() < density ? rng.uniform(-1, 1) : 0;
  return a;
}

function bits(a: Float32Array): number[] {
  return Array.from(new Uint32Array(Float32Array.from(a).buffer));
}

/** g = p0 + p1 + … over blocks computed alone (the coordinator's fold), weights then bias. */
function foldOfBlocks(k: Kernels, x: Float32Array, dy: Float32Array, rows: number, inner: number, cols: number) {
  const n = inner * cols + cols;
  const total = new Float32Array(n);
  const part = k.floats(n);
  for (let r0 = 0; r0 < rows; r0 += REDUCTION_BLOCK) {
    const r = Math.min(REDUCTION_BLOCK, rows - r0);
    k.denseWeightGrad(x.subarray(r0 * inner), dy.subarray(r0 * cols), r, inner, cols, part, 0, inner * cols);
    for (let i = 0; i < n; i++) total[i] = r0 === 0 ? part[i] : total[i] + part[i];
  }
  return total;
}

const paths: Array<[string, () => Kernels]> = [['TypeScript', () => typescriptKernels]];
if (module) paths.push(['WASM-SIMD', () => createWasmKernels(module, 1 << 22, 64)]);

describe.each(paths)('blocked reduction on the %s kernels', (_name, make) => {
  it.each([
    [REDUCTION_BLOCK + 1, 5, 3],
    [3 * REDUCTION_BLOCK, 9, 17],
    [5 * REDUCTION_BLOCK - 7, 16, 8],
    [2 * REDUCTION_BLOCK, 1, 1],
  ])('%i rows × %i → %i: the batch gradient is the fold of its blocks, bit for bit', (rows, inner, cols) => {
    const k = make();
    const x = filled(k, rows * inner);
    const dy = filled(k, rows * cols);
    const g = k.floats(inner * cols + cols);
    k.denseWeightGrad(x, dy, rows, inner, cols, g, 0, inner * cols);
    expect(bits(g)).toEqual(bits(foldOfBlocks(k, x, dy, rows, inner, cols)));
    // And still the sum over all rows, to float32 rounding of each block and of the fold.
    for (let kk = 0; kk < inner; kk++) {
      for (let j = 0; j < cols; j++) {
        let s = 0;
        let bound = 0;
        for (let i = 0; i < rows; i++) {
          s += x[i * inner + kk] * dy[i * cols + j];
          bound += Math.abs(x[i * inner + kk] * dy[i * cols + j]);
        }
        expect(Math.abs(g[kk * cols + j] - s)).toBeLessThanOrEqual((rows + 2) * 2 ** -24 * bound + 1e-30);
      }
    }
  });

  it('the sparse first layer gives the bits of the dense kernels over several blocks', () => {
    const k = make();
    const rows = 3 * REDUCTION_BLOCK + 5;
    const inner = 70;
    const cols = 21;
    const x = filled(k, rows * inner, 0.2);
    // A whole block without nonzeros in some columns: the sparse kernel skips it, the dense one adds +0.
    for (let i = REDUCTION_BLOCK; i < 2 * REDUCTION_BLOCK; i++) x.fill(0, i * inner, i * inner + 10);
    const dy = filled(k, rows * cols);
    const sparse = new SparseInput(rows, inner, k);
    expect(sparse.scan(x, rows)).toBe(true);
    const gs = k.floats(inner * cols);
    const gd = k.floats(inner * cols);
    k.sparseWeightGrad(sparse, dy, cols, gs, 0);
    k.denseWeightGrad(x, dy, rows, inner, cols, gd, 0, -1);
    expect(bits(gs)).toEqual(bits(gd));
  });
});
