/**
 * The WebAssembly SIMD kernels (wasm/kernels.ts) against the TypeScript reference kernels, on shapes from
 * 1×1 through odd sizes to the largest layer (4096 × 4096 units) and the largest batch (65,536 rows) the app
 * allows. The WebAssembly kernels sum in float32, the reference in float64, so they agree within the float32
 * rounding bound of each sum: n·2⁻²⁴ times the sum of the absolute values of its n terms.
 */
import { describe, expect, it } from 'vitest';
import { loadKernelModule } from '../../../src/cli/kernel-file';
import type { Kernels } from '../../../src/engine/kernels';
import { typescriptKernels, wasmSimdSupported } from '../../../src/engine/kernels';
import { createWasmKernels } from '../../../src/engine/kernels/wasm';
import { SparseInput, sparseInputSize } from '../../../src/engine/ops/sparse-input';
import { MAX_DENSE_UNITS } from '../../../src/project/schema-graph';
import { Rng } from '../../../src/engine/rng';

const module = loadKernelModule();
const rng = new Rng(2024);
const U = 2 ** -24;

function fill(a: Float32Array, density = 1): Float32Array {
  for (let i = 0; i < a.length; i++) a[i] = rng.next() < density ? rng.uniform(-1, 1) : 0;
  return a;
}
const abs = (a: Float32Array): Float32Array => a.map(Math.abs);

/** Kernels with room for `floats` values, and a helper that copies plain arrays into their memory. */
function wasmKernels(floats: number): { k: Kernels; put(a: Float32Array): Float32Array } {
  expect(module, 'wasm/build/kernels.wasm is missing: run npm run build:wasm').not.toBeNull();
  const k = createWasmKernels(module!, floats, 64);
  return {
    k,
    put(a) {
      const view = k.floats(a.length);
      view.set(a);
      return view;
    },
  };
}

/** Fails on the first value outside n·2⁻²⁴·bound (+ a little for the float32 store of the result). */
function expectWithin(actual: Float32Array, expected: Float32Array, bound: Float32Array, n: number): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const tol = (n + 2) * U * bound[i] + 1e-30;
    if (!(Math.abs(actual[i] - expected[i]) <= tol)) {
      expect.fail(`value ${i}: ${actual[i]} instead of ${expected[i]} (allowed ±${tol.toExponential(2)})`);
    }
  }
}

const SHAPES: Array<[number, number, number]> = [
  [1, 1, 1],
  [1, 3, 8],
  [3, 2, 5],
  [4, 4, 4],
  [5, 7, 9],
  [8, 3, 1],
  [9, 16, 17],
  [13, 17, 12],
  [64, 70, 19],
  [33, 9, 40],
  [3, MAX_DENSE_UNITS, MAX_DENSE_UNITS],
  [65_536, 2, 9],
  // Wide enough for the forward product to pack W's column panels (8+ rows, 512+ columns), with row and
  // column tails.
  [11, 37, 523],
  [130, 100, 1024],
];

describe.runIf(wasmSimdSupported())('WebAssembly SIMD kernels against the TypeScript reference', () => {
  for (const [rows, inner, cols] of SHAPES) {
    it(`dense products for [${rows}×${inner}]·[${inner}×${cols}], with and without bias, ReLU fused or not`, () => {
      const wOff = 3;
      const bOff = wOff + inner * cols;
      const p = fill(new Float32Array(bOff + cols + 1));
      const x = fill(new Float32Array(rows * inner));
      const dy = fill(new Float32Array(rows * cols));
      const outs = 2 * rows * cols + p.length + rows * inner;
      const { k, put } = wasmKernels(p.length + x.length + dy.length + outs + 64);
      const [wp, wx, wdy] = [put(p), put(x), put(dy)];
      const pre = k.floats(rows * cols);
      const out = k.floats(rows * cols);
      const g = k.floats(p.length).fill(7);
      const dx = k.floats(rows * inner).fill(7);
      const ts = typescriptKernels;
      // Sums of |terms| (with the bias: a bound for the sums without it too).
      const [ax, ap, ady] = [abs(x), abs(p), abs(dy)];
      const bound = new Float32Array(rows * cols);
      ts.denseForward(ax, rows, inner, ap, wOff, bOff, cols, bound, bound, false);

      for (const [b, relu] of [
        [bOff, true],
        [-1, false],
      ] as Array<[number, boolean]>) {
        const ePre = new Float32Array(rows * cols);
        const eOut = new Float32Array(rows * cols);
        ts.denseForward(x, rows, inner, p, wOff, b, cols, ePre, eOut, relu);
        k.denseForward(wx, rows, inner, wp, wOff, b, cols, pre, out, relu);
        expectWithin(pre, ePre, bound, inner + 1);
        if (relu) expectWithin(out, eOut, bound, inner + 1);
      }

      const eg = new Float32Array(p.length).fill(7);
      ts.denseWeightGrad(x, dy, rows, inner, cols, eg, wOff, bOff);
      const gBound = new Float32Array(p.length);
      ts.denseWeightGrad(ax, ady, rows, inner, cols, gBound, wOff, bOff);
      k.denseWeightGrad(wx, wdy, rows, inner, cols, g, wOff, bOff);
      expectWithin(g, eg, gBound, rows);
      expect(g[0]).toBe(7); // outside the layer's parameters: untouched

      const edx = new Float32Array(rows * inner);
      ts.denseInputGrad(dy, rows, cols, p, wOff, inner, edx);
      const dxBound = new Float32Array(rows * inner);
      ts.denseInputGrad(ady, rows, cols, ap, wOff, inner, dxBound);
      k.denseInputGrad(wdy, rows, cols, wp, wOff, inner, dx);
      expectWithin(dx, edx, dxBound, cols);
    }, 240_000);
  }

  it.each([
    [13, 37, 21],
    [13, 37, 531], // packed panels in the batch, W in place for the row alone
  ])(
    'give bit-identical results run to run, and the same bits for a row alone as inside a batch (%i×%i·%i)',
    (rows, inner, cols) => {
      const { k, put } = wasmKernels(4 * (rows * inner + inner * cols + cols + 3 * rows * cols));
      const x = put(fill(new Float32Array(rows * inner)));
      const p = put(fill(new Float32Array(inner * cols + cols)));
      const a = k.floats(rows * cols);
      const b = k.floats(rows * cols);
      const one = k.floats(cols);
      k.denseForward(x, rows, inner, p, 0, inner * cols, cols, a, a, false);
      k.denseForward(x, rows, inner, p, 0, inner * cols, cols, b, b, false);
      expect(Array.from(b)).toEqual(Array.from(a));
      for (let i = 0; i < rows; i++) {
        k.denseForward(x.subarray(i * inner), 1, inner, p, 0, inner * cols, cols, one, one, false);
        expect(Array.from(one)).toEqual(Array.from(a.subarray(i * cols, (i + 1) * cols)));
      }
    },
  );

  for (const [rows, inner, cols] of [
    [1, 64, 1],
    [7, 64, 8],
    [64, 100, 19],
    [64, 784, 128],
    [33, 70, 35],
  ] as Array<[number, number, number]>) {
    it(`sparse first layer for a [${rows}×${inner}] input at 20 % nonzeros, ${cols} units`, () => {
      const x = fill(new Float32Array(rows * inner), 0.2);
      const wOff = 2;
      const bOff = wOff + inner * cols;
      const p = fill(new Float32Array(bOff + cols));
      const dy = fill(new Float32Array(rows * cols));
      const { k, put } = wasmKernels(sparseInputSize(rows, inner) + p.length * 2 + 3 * rows * cols + 256);
      const ws = new SparseInput(rows, inner, k);
      const ts = new SparseInput(rows, inner);
      expect(ws.scan(x, rows)).toBe(true);
      expect(ts.scan(x, rows)).toBe(true);
      const wp = put(p);
      const pre = k.floats(rows * cols);
      const out = k.floats(rows * cols);
      const ePre = new Float32Array(rows * cols);
      const eOut = new Float32Array(rows * cols);
      typescriptKernels.sparseForward(ts, p, wOff, bOff, cols, ePre, eOut, true);
      k.sparseForward(ws, wp, wOff, bOff, cols, pre, out, true);
      const bound = new Float32Array(rows * cols);
      typescriptKernels.denseForward(abs(x), rows, inner, abs(p), wOff, bOff, cols, bound, bound, false);
      expectWithin(pre, ePre, bound, inner + 1);
      expectWithin(out, eOut, bound, inner + 1);

      const g = k.floats(p.length).fill(5);
      const eg = new Float32Array(p.length).fill(5);
      typescriptKernels.sparseWeightGrad(ts, dy, cols, eg, wOff);
      k.sparseWeightGrad(ws, put(dy), cols, g, wOff);
      const gBound = new Float32Array(p.length);
      typescriptKernels.denseWeightGrad(abs(x), abs(dy), rows, inner, cols, gBound, wOff, -1);
      expectWithin(g.subarray(0, bOff), eg.subarray(0, bOff), gBound, rows);
    });
  }

  const OPTIMIZERS: Array<[string, (k: Kernels, p: Float32Array, g: Float32Array, s: Float32Array[]) => void]> = [
    ['sgd', (k, p, g) => k.sgdStep(p, g, 0.05)],
    ['momentum', (k, p, g, s) => k.momentumStep(p, g, s[0], 0.05, 0.9)],
    ['rmsprop', (k, p, g, s) => k.rmspropStep(p, g, s[0], 0.01, 0.9, 1e-7)],
    ['adagrad', (k, p, g, s) => k.adagradStep(p, g, s[0], 0.01, 1e-7)],
    ['adam', (k, p, g, s) => k.adamStep(p, g, s[0], s[1], (0.001 * Math.sqrt(1 - 0.999)) / 0.1, 0.9, 0.999, 1e-7)],
  ];
  for (const [name, step] of OPTIMIZERS) {
    for (const n of [1, 3, 4, 7, 1001]) {
      it(`${name} update over ${n} parameters`, () => {
        const p = fill(new Float32Array(n));
        const grads = [fill(new Float32Array(n)), fill(new Float32Array(n)), fill(new Float32Array(n))];
        const state = [new Float32Array(n).fill(0.1), new Float32Array(n).fill(0.01)];
        const { k, put } = wasmKernels(8 * n + 64);
        const wp = put(p);
        const ws = state.map(put);
        for (const g of grads) {
          step(typescriptKernels, p, g, state);
          step(k, wp, put(g), ws);
        }
        for (const [actual, expected] of [[wp, p] as const, ...ws.map((s, i) => [s, state[i]] as const)]) {
          for (let i = 0; i < n; i++) {
            // float32 against float64 arithmetic: a few roundings of the update (steps here are 1e-4 to 1e-1).
            if (!(Math.abs(actual[i] - expected[i]) <= 1e-7 + 2e-6 * Math.abs(expected[i]))) {
              expect.fail(`${name}, value ${i}: ${actual[i]} instead of ${expected[i]}`);
            }
          }
        }
      });
    }
  }

  it('refuse an array that is not in their memory, with a sentence that says what to do', () => {
    const { k } = wasmKernels(64);
    const outside = new Float32Array(4);
    expect(() => k.sgdStep(outside, outside, 0.1)).toThrow(/outside its memory.*floats\(\)/);
  });
});
