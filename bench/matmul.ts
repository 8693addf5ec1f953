/**
 * The raw products, so the distance to the machine's limit is visible: our WebAssembly SIMD kernels against
 * TensorFlow.js-WASM's matMul on the first layers of W2 and W3, plain (X·W) and transposed (Xᵀ·dY, dY·Wᵀ).
 */
import * as tf from '@tensorflow/tfjs-core';
import { createKernels } from '../src/engine/kernels';
import { Rng } from '../src/engine/rng';

export interface MatmulResult {
  shape: string;
  product: string;
  /** GFLOP/s, median of the runs. */
  ours: number;
  tfjs: number;
}

const median = (v: number[]): number => [...v].sort((a, b) => a - b)[v.length >> 1];

/** Calls fn repeatedly for about `ms` milliseconds; returns calls per second. */
function rate(fn: () => void, ms: number): number {
  for (let i = 0; i < 3; i++) fn();
  const start = performance.now();
  let calls = 0;
  while (performance.now() - start < ms) {
    fn();
    calls++;
  }
  return calls / ((performance.now() - start) / 1000);
}

export async function benchMatmul(wasm: WebAssembly.Module | null, runs: number): Promise<MatmulResult[]> {
  if (!(await tf.setBackend('wasm'))) throw new Error('TensorFlow.js could not start its wasm backend.');
  const results: MatmulResult[] = [];
  const rng = new Rng(5);
  for (const [rows, inner, cols] of [
    [64, 784, 128],
    [128, 784, 2048],
  ]) {
    const k = createKernels(wasm, 2 * (rows * inner + inner * cols + rows * cols) + 64, 8);
    const fill = (a: Float32Array): Float32Array => {
      for (let i = 0; i < a.length; i++) a[i] = rng.uniform(-1, 1);
      return a;
    };
    const x = fill(k.floats(rows * inner));
    const w = fill(k.floats(inner * cols));
    const y = fill(k.floats(rows * cols));
    const g = k.floats(inner * cols);
    const dx = k.floats(rows * inner);
    const tx = tf.tensor2d(x, [rows, inner]);
    const tw = tf.tensor2d(w, [inner, cols]);
    const ty = tf.tensor2d(y, [rows, cols]);
    const flops = 2 * rows * inner * cols;
    const cases: Array<[string, () => void, () => void]> = [
      ['X·W', () => k.denseForward(x, rows, inner, w, 0, -1, cols, y, y, false), () => tf.matMul(tx, tw).dispose()],
      [
        'Xᵀ·dY',
        () => k.denseWeightGrad(x, y, rows, inner, cols, g, 0, -1),
        () => tf.matMul(tx, ty, true, false).dispose(),
      ],
      ['dY·Wᵀ', () => k.denseInputGrad(y, rows, cols, w, 0, inner, dx), () => tf.matMul(ty, tw, false, true).dispose()],
    ];
    for (const [product, ours, theirs] of cases) {
      const a: number[] = [];
      const b: number[] = [];
      for (let r = 0; r < runs; r++) {
        a.push((rate(ours, 300) * flops) / 1e9);
        b.push((rate(theirs, 300) * flops) / 1e9);
      }
      results.push({ shape: `${rows}×${inner}·${inner}×${cols}`, product, ours: median(a), tfjs: median(b) });
    }
    tf.dispose([tx, tw, ty]);
  }
  return results;
}
