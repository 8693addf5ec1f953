import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/engine/compile';
import { createModel } from '../../../src/engine/model';
import { softmaxRows } from '../../../src/engine/ops/activations';
import { fusedLoss } from '../../../src/engine/ops/losses';
import type { DataShape, Graph, Model } from '../../../src/engine/types';
import { batchFor, buildModel, gradCheck } from './gradcheck';
import { binary2d, chain, dense, dropout, input, output, regression1d, threeClasses } from './graphs';

const mlp = (): Graph =>
  chain([input(), dense('h1', 16, 'tanh'), dense('h2', 8, 'relu'), output('softmax', 'crossEntropy')]);

describe('createModel: initial weights', () => {
  it('is deterministic per seed, Glorot for tanh, He for relu, zero biases', () => {
    const plan = compile(mlp(), threeClasses).plan!;
    const a = createModel(plan, { maxBatch: 4, seed: 1 });
    const b = createModel(plan, { maxBatch: 4, seed: 1 });
    const c = createModel(plan, { maxBatch: 4, seed: 2 });
    expect(a.params).toEqual(b.params);
    expect(a.params).not.toEqual(c.params);
    const w = a.getWeights();
    const glorot = Math.sqrt(6 / (4 + 16));
    const he = Math.sqrt(6 / 16);
    const maxAbs = (t: Float32Array) => t.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    expect(maxAbs(w.h1.kernel.data)).toBeLessThanOrEqual(glorot);
    expect(maxAbs(w.h1.kernel.data)).toBeGreaterThan(glorot * 0.8);
    expect(maxAbs(w.h2.kernel.data)).toBeLessThanOrEqual(he);
    expect(maxAbs(w.h2.kernel.data)).toBeGreaterThan(Math.sqrt(6 / 24));
    expect(Array.from(w.h1.bias!.data).every((v) => v === 0)).toBe(true);
    expect(w.h1.kernel.shape).toEqual([4, 16]);
    expect(w.out.kernel.shape).toEqual([8, 3]);
  });
});

describe('Model: forward and evaluate', () => {
  it('returns a reused view of probabilities', () => {
    const model = buildModel(mlp(), threeClasses, 8);
    const { x } = batchFor(threeClasses, 5);
    const out = model.forward(x, 5, false);
    expect(out.length).toBe(15);
    for (let r = 0; r < 5; r++) expect(out[3 * r] + out[3 * r + 1] + out[3 * r + 2]).toBeCloseTo(1, 6);
    expect(model.forward(x, 5, false)).toBe(out);
    expect(model.activationsOf('h1').length).toBe(5 * 16);
    expect(model.activationsOf('in').length).toBe(5 * 4);
    expect(() => model.activationsOf('ghost')).toThrow(/not part of the compiled network/);
  });

  it('counts correct predictions: p > 0.5 for sigmoid, argmax for softmax', () => {
    const sig = buildModel(chain([input(), output()]), binary2d, 4);
    sig.setWeights({
      out: { kernel: { shape: [2, 1], data: Float32Array.of(1, 0) }, bias: { shape: [1], data: Float32Array.of(0) } },
    });
    const x = Float32Array.of(1, 0, -1, 0, 2, 5, -3, 1);
    // Predicted classes 1, 0, 1, 0; labels 1, 0, 0, 0.
    expect(sig.evaluate(x, Float32Array.of(1, 0, 0, 0), 4).correct).toBe(3);
    const soft = buildModel(chain([input(), output('softmax', 'crossEntropy')]), { ...threeClasses, features: 2 }, 4);
    soft.setWeights({
      out: {
        kernel: { shape: [2, 3], data: Float32Array.of(1, 0, -1, 0, 1, 0) },
        bias: { shape: [3], data: new Float32Array(3) },
      },
    });
    // Row scores (x0, x1, -x0): argmax 0, 2, 1, 2.
    expect(soft.evaluate(x, Float32Array.of(0, 2, 0, 2), 4).correct).toBe(3);
  });

  it('evaluate gives the same loss as computeGradients without dropout', () => {
    const model = buildModel(mlp(), threeClasses, 8);
    const { x, y } = batchFor(threeClasses, 8);
    const { loss } = model.evaluate(x, y, 8);
    expect(model.computeGradients(x, y, 8)).toBeCloseTo(loss, 10);
  });

  it('rejects batches it has no room for and inputs that are too short', () => {
    const model = buildModel(mlp(), threeClasses, 4);
    const { x, y } = batchFor(threeClasses, 6);
    expect(() => model.forward(x, 5, false)).toThrow(/use 1 to 4 rows/);
    expect(() => model.forward(x.subarray(0, 7), 2, false)).toThrow(/needs 8/);
    expect(() => model.computeGradients(x, y.subarray(0, 1), 2)).toThrow(/needs 2/);
  });
});

describe('Model: weights', () => {
  it('round-trips getWeights/setWeights and refuses mismatched shapes without changing anything', () => {
    const a = buildModel(mlp(), threeClasses, 4, 0, 1);
    const b = buildModel(mlp(), threeClasses, 4, 0, 2);
    b.setWeights(a.getWeights());
    expect(b.params).toEqual(a.params);
    const before = Float32Array.from(b.params);
    const bad = a.getWeights();
    bad.h2.kernel = { shape: [8, 16], data: new Float32Array(128) };
    expect(() => b.setWeights(bad)).toThrow(/needs \[16, 8\]/);
    const missing = a.getWeights();
    delete (missing as Record<string, unknown>).out;
    expect(() => b.setWeights(missing)).toThrow(/nothing for layer 'out'/);
    expect(b.params).toEqual(before);
  });

  it('has no bias entry for a dense layer without bias', () => {
    const m = buildModel(chain([input(), dense('h', 3, 'tanh', { useBias: false }), output()]), binary2d);
    expect(m.getWeights().h.bias).toBeUndefined();
    expect(m.params.length).toBe(6 + 4);
  });
});

describe('Model: L2 and dropout', () => {
  it('adds 2·l2·w to kernel gradients only and leaves the returned loss as the data loss', () => {
    const shape: DataShape = { ...regression1d, features: 3 };
    const g = chain([input(), dense('h', 4, 'tanh'), output('linear', 'mse')]);
    const plain = buildModel(g, shape, 8, 0);
    const reg = buildModel(g, shape, 8, 0.1);
    const { x, y } = batchFor(shape, 6);
    expect(reg.computeGradients(x, y, 6)).toBeCloseTo(plain.computeGradients(x, y, 6), 12);
    const h = reg.plan.nodes.h;
    for (let i = 0; i < reg.params.length; i++) {
      const isBias = (i >= 12 && i < 16) || i === 20;
      const expected = plain.grads[i] + (isBias ? 0 : 0.2 * reg.params[i]);
      expect(reg.grads[i]).toBeCloseTo(expected, 6);
    }
    expect(h.paramCount).toBe(16);
  });

  it('passes values through at inference and needs a random source in training', () => {
    const m = buildModel(chain([input(), dense('h', 6, 'relu'), dropout('d', 0.5), output()]), binary2d);
    const { x, y } = batchFor(binary2d, 4);
    m.forward(x, 4, false);
    expect(m.activationsOf('d')).toEqual(m.activationsOf('h'));
    expect(() => m.computeGradients(x, y, 4)).toThrow(/random source/);
  });
});

describe('numerical stability', () => {
  it('cross-entropy and its softmax stay finite for logits of ±1000', () => {
    const z = Float32Array.of(1000, -1000, 0, -1000, 1000, 999);
    const a = new Float32Array(6);
    softmaxRows(z, a, 2, 3);
    expect(Array.from(a).every(Number.isFinite)).toBe(true);
    const ce = fusedLoss('softmax', 'crossEntropy');
    const dz = new Float32Array(6);
    const loss = ce.lossAndGradient(z, a, Float32Array.of(1, 2), 2, 3, dz);
    expect(loss).toBeCloseTo((2000 + Math.log1p(Math.exp(-1)) + 1) / 2, 6);
    expect(Array.from(dz).every(Number.isFinite)).toBe(true);
    expect(dz[0]).toBeCloseTo(0.5, 6);
  });

  it('binary cross-entropy from logits stays finite and exact for ±1000', () => {
    const bce = fusedLoss('sigmoid', 'binaryCrossEntropy');
    const z = Float32Array.of(1000, -1000, 1000, -1000);
    const a = Float32Array.of(1, 0, 1, 0);
    const dz = new Float32Array(4);
    expect(bce.lossAndGradient(z, a, Float32Array.of(0, 1, 1, 0), 4, 1, dz)).toBeCloseTo(500, 9);
    expect(Array.from(dz)).toEqual([0.25, -0.25, 0, 0]);
  });

  it('a whole model with huge logits gives a finite loss and gradients', () => {
    const m = buildModel(chain([input(), dense('h', 4, 'linear'), output('softmax', 'crossEntropy')]), threeClasses);
    for (let i = 0; i < m.params.length; i++) m.params[i] = ((i % 3) - 1) * 40;
    const { x, y } = batchFor(threeClasses, 4);
    const loss = m.computeGradients(x, y, 4);
    expect(Number.isFinite(loss)).toBe(true);
    expect(loss).toBeGreaterThan(100);
    expect(Array.from(m.grads).every(Number.isFinite)).toBe(true);
  });
});

describe('sparse wide inputs', () => {
  const wide: DataShape = { features: 100, task: 'classification', classes: 3 };
  // tanh rather than relu: with few nonzero inputs some units sit at relu's kink, where differences mislead.
  const net = (): Model =>
    buildModel(chain([input(), dense('h', 9, 'tanh'), output('softmax', 'crossEntropy')]), wide, 6);

  it('gives the gradients of the definition when most inputs are zero', () => {
    const model = net();
    const { x, y } = batchFor(wide, 6);
    for (let i = 0; i < x.length; i++) if (i % 5 !== 0) x[i] = 0;
    gradCheck(model, x, y, 6);
  });

  it('gives the same outputs and gradients for a sparse batch as for the same batch made dense', () => {
    // Replacing the zeros by 1e-30 changes no number that matters but makes the batch too dense for the
    // sparse path, so the second model runs the tiled dense kernels.
    const a = net();
    const b = net();
    const { x, y } = batchFor(wide, 6);
    for (let i = 0; i < x.length; i++) if (i % 4 !== 0) x[i] = 0;
    const dense = Float32Array.from(x, (v) => (v === 0 ? 1e-30 : v));
    expect(a.computeGradients(x, y, 6)).toBeCloseTo(b.computeGradients(dense, y, 6), 6);
    for (let i = 0; i < a.grads.length; i++) expect(a.grads[i]).toBeCloseTo(b.grads[i], 6);
  });
});
