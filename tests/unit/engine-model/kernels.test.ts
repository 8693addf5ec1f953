/** The fast kernels against the plain definition of each product, on shapes that exercise every edge case. */
import { describe, expect, it } from 'vitest';
import { denseForward, denseInputGrad, denseWeightGrad } from '../../../src/engine/ops/dense';
import { MAX_DENSITY, SparseInput } from '../../../src/engine/ops/sparse-input';
import { tanhApprox } from '../../../src/engine/ops/activations';
import { Rng } from '../../../src/engine/rng';

const rng = new Rng(99);
const randomArray = (n: number, density = 1): Float32Array =>
  Float32Array.from({ length: n }, () => (rng.next() < density ? rng.uniform(-1, 1) : 0));

function naiveForward(
  x: Float32Array,
  rows: number,
  inner: number,
  p: Float32Array,
  wOff: number,
  bOff: number,
  cols: number,
): Float64Array {
  const y = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      let s = bOff >= 0 ? p[bOff + j] : 0;
      for (let k = 0; k < inner; k++) s += x[i * inner + k] * p[wOff + k * cols + j];
      y[i * cols + j] = s;
    }
  return y;
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, from = 0, count = expected.length): void {
  for (let i = 0; i < count; i++) {
    const e = expected[i];
    const a = actual[from + i];
    if (Math.abs(a - e) > 1e-5 * (1 + Math.abs(e))) expect.fail(`value ${i}: ${a} instead of ${e}`);
  }
}

// Rows, inner and cols around multiples of 4 and 8, including 1.
const SHAPES: Array<[number, number, number]> = [
  [1, 1, 1],
  [3, 2, 5],
  [4, 4, 4],
  [5, 7, 9],
  [8, 3, 1],
  [10, 8, 8],
  [13, 17, 12],
  [64, 70, 19],
];

describe('tiled dense kernels', () => {
  for (const [rows, inner, cols] of SHAPES) {
    it(`match the definitions for [${rows}×${inner}]·[${inner}×${cols}]`, () => {
      const wOff = 3;
      const p = randomArray(wOff + inner * cols + cols + 2);
      const bOff = wOff + inner * cols;
      const x = randomArray(rows * inner);
      const y = new Float32Array(rows * cols);
      denseForward(x, rows, inner, p, wOff, bOff, cols, y);
      expectClose(y, naiveForward(x, rows, inner, p, wOff, bOff, cols));
      denseForward(x, rows, inner, p, wOff, -1, cols, y);
      expectClose(y, naiveForward(x, rows, inner, p, wOff, -1, cols));

      const dy = randomArray(rows * cols);
      const g = new Float32Array(p.length).fill(7); // stale values must be overwritten
      denseWeightGrad(x, dy, rows, inner, cols, g, wOff, bOff);
      const gw = new Float64Array(inner * cols);
      const gb = new Float64Array(cols);
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++) {
          gb[j] += dy[i * cols + j];
          for (let k = 0; k < inner; k++) gw[k * cols + j] += x[i * inner + k] * dy[i * cols + j];
        }
      expectClose(g, gw, wOff);
      expectClose(g, gb, bOff);
      expect(g[0]).toBe(7);

      const dx = new Float32Array(rows * inner).fill(7);
      denseInputGrad(dy, rows, cols, p, wOff, inner, dx);
      const ex = new Float64Array(rows * inner);
      for (let i = 0; i < rows; i++)
        for (let k = 0; k < inner; k++)
          for (let j = 0; j < cols; j++) ex[i * inner + k] += dy[i * cols + j] * p[wOff + k * cols + j];
      expectClose(dx, ex);
    });
  }
});

describe('sparse input kernels', () => {
  for (const [rows, inner, cols] of [
    [64, 100, 19],
    [7, 64, 8],
    [1, 70, 3],
  ] as Array<[number, number, number]>) {
    it(`agree with the dense kernels on a sparse [${rows}×${inner}] input, ${cols} units`, () => {
      const x = randomArray(rows * inner, 0.2);
      const wOff = 2;
      const bOff = wOff + inner * cols;
      const p = randomArray(bOff + cols);
      const sparse = new SparseInput(rows, inner);
      expect(sparse.scan(x, rows)).toBe(true);
      const y = new Float32Array(rows * cols);
      sparse.forward(p, wOff, bOff, cols, y);
      expectClose(y, naiveForward(x, rows, inner, p, wOff, bOff, cols));
      const dy = randomArray(rows * cols);
      const g1 = new Float32Array(p.length);
      const g2 = new Float32Array(p.length).fill(5);
      denseWeightGrad(x, dy, rows, inner, cols, g1, wOff, -1);
      sparse.weightGrad(dy, cols, g2, wOff);
      expectClose(g2, g1.subarray(wOff, bOff), wOff);
    });
  }

  it('declines a batch denser than MAX_DENSITY, so the dense kernels run', () => {
    const sparse = new SparseInput(8, 100);
    expect(sparse.scan(randomArray(800, MAX_DENSITY + 0.2), 8)).toBe(false);
    expect(sparse.valid).toBe(false);
    expect(sparse.scan(randomArray(800, 0.1), 8)).toBe(true);
    expect(sparse.scan(new Float32Array(800), 8)).toBe(true);
  });
});

describe('tanhApprox', () => {
  it('matches Math.tanh to float32 precision everywhere, and is odd and saturating', () => {
    let worst = 0;
    for (let v = -12; v <= 12; v += 0.00037) {
      const t = Math.tanh(v);
      worst = Math.max(worst, Math.abs(tanhApprox(v) - t) / Math.max(Math.abs(t), 1e-30));
    }
    expect(worst).toBeLessThan(3e-7);
    expect(tanhApprox(1e-6)).toBe(1e-6);
    expect(tanhApprox(-0.7)).toBe(-tanhApprox(0.7));
    expect(Math.abs(tanhApprox(50) - 1)).toBeLessThan(3e-7);
    expect(Math.abs(tanhApprox(-1e9) + 1)).toBeLessThan(3e-7);
  });
});
