import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/engine/compile';
import { applySampleStep, explainUpdate, traceSample } from '../../../src/engine/explain';
import { createModel } from '../../../src/engine/model';
import { createOptimizer } from '../../../src/engine/optim';
import { Rng } from '../../../src/engine/rng';
import type { Graph } from '../../../src/engine/types';
import {
  add,
  binary2d,
  chain,
  concat,
  dense,
  dropout,
  edges,
  input,
  output,
  regression1d,
} from '../engine-model/graphs';

const close = (got: number, want: number) => expect(Math.abs(got - want)).toBeLessThan(1e-6);
const f32 = (v: number) => Math.fround(v);

describe('traceSample: a 2-3-1 network (tanh, sigmoid + binary cross-entropy) against a hand computation', () => {
  const plan = compile(chain([input(), dense('h', 3, 'tanh'), output()]), binary2d).plan!;
  const model = createModel(plan, { maxBatch: 1, seed: 1 });
  // W1[i][j]: input i → hidden unit j; b1; W2[j]: hidden j → output; b2.
  const W1 = [
    [0.5, -0.3, 0.8],
    [0.2, 0.7, -0.6],
  ];
  const b1 = [0.1, -0.2, 0.05];
  const W2 = [0.9, -1.1, 0.4];
  const b2 = 0.3;
  model.setWeights({
    h: {
      kernel: { shape: [2, 3], data: Float32Array.from(W1.flat()) },
      bias: { shape: [3], data: Float32Array.from(b1) },
    },
    out: {
      kernel: { shape: [3, 1], data: Float32Array.from(W2) },
      bias: { shape: [1], data: Float32Array.from([b2]) },
    },
  });
  const x = [0.3, -1.2];
  const y = 1;
  const trace = traceSample(model, x, [y]);

  // Forward by hand: z1_j = x0·W1[0][j] + x1·W1[1][j] + b1_j, a1 = tanh(z1), z2 = Σ a1_j W2_j + b2, ŷ = σ(z2).
  const z1 = [0.3 * 0.5 + -1.2 * 0.2 + 0.1, 0.3 * -0.3 + -1.2 * 0.7 - 0.2, 0.3 * 0.8 + -1.2 * -0.6 + 0.05];
  const a1 = z1.map(Math.tanh);
  const z2 = a1[0] * 0.9 + a1[1] * -1.1 + a1[2] * 0.4 + 0.3;
  const yHat = 1 / (1 + Math.exp(-z2));
  const L = -(y * Math.log(yHat) + (1 - y) * Math.log(1 - yHat));
  // Backward by hand: δ2 = ŷ − y; δ1_j = (W2_j δ2) · (1 − a1_j²); ∂L/∂W1[i][j] = x_i δ1_j; ∂L/∂W2_j = a1_j δ2.
  const d2 = yHat - y;
  const d1 = a1.map((a, j) => W2[j] * d2 * (1 - a * a));

  it('gives every z, every activation and the weighted-sum terms', () => {
    const h = trace.forward.find((n) => n.nodeId === 'h')!;
    h.units!.forEach((u, j) => {
      close(u.z, z1[j]);
      close(u.a, a1[j]);
      close(u.b, b1[j]);
      expect(u.terms.map((t) => [t.w, t.x])).toEqual([
        [f32(W1[0][j]), f32(x[0])],
        [f32(W1[1][j]), f32(x[1])],
      ]);
    });
    const out = trace.forward.find((n) => n.nodeId === 'out')!;
    close(out.units![0].z, z2);
    close(out.units![0].a, yHat);
  });

  it('gives the loss with its numbers', () => {
    close(trace.loss.value, L);
    close(trace.loss.terms[0], L);
    close(trace.loss.prediction[0], yHat);
    expect(trace.loss.target).toEqual([1]);
  });

  it('gives every δ as its chain-rule factors and every gradient', () => {
    const out = trace.backward.find((b) => b.nodeId === 'out')!;
    close(out.units![0].delta, d2);
    a1.forEach((a, j) => close(out.kernelGrad![j][0], a * d2));
    close(out.biasGrad![0], d2);
    const h = trace.backward.find((b) => b.nodeId === 'h')!;
    h.units!.forEach((u, j) => {
      close(u.dA, W2[j] * d2);
      expect(u.contributions).toHaveLength(1);
      close(u.contributions[0].w!, W2[j]);
      close(u.contributions[0].delta!, d2);
      close(u.fPrime!, 1 - a1[j] * a1[j]);
      close(u.delta, d1[j]);
      close(h.kernelGrad![0][j], x[0] * d1[j]);
      close(h.kernelGrad![1][j], x[1] * d1[j]);
      close(h.biasGrad![j], d1[j]);
    });
  });

  it('gives the SGD and Adam updates of a weight by hand', () => {
    const g = x[1] * d1[2]; // ∂L/∂W1[1][2]
    const sgd = explainUpdate(model, trace, { name: 'sgd', learningRate: 0.1 }, 'h', 2, 1);
    close(sgd.grad, g);
    close(sgd.wNew, -0.6 - 0.1 * g);
    // Adam, first step: m = 0.1 g, v = 0.001 g², α = η √(1 − 0.999) / (1 − 0.9), w ← w − α m / (√v + 1e-7).
    const adam = explainUpdate(model, trace, { name: 'adam', learningRate: 0.01 }, 'h', 2, 1);
    const m = 0.1 * g;
    const v = 0.001 * g * g;
    const alpha = (0.01 * Math.sqrt(1 - 0.999)) / (1 - 0.9);
    close(adam.adam!.m, m);
    close(adam.adam!.v, v);
    close(adam.adam!.mHat, g);
    close(adam.adam!.vHat, g * g);
    close(adam.adam!.alpha, alpha);
    close(adam.wNew, -0.6 - (alpha * m) / (Math.sqrt(v) + 1e-7));
    // Adam's second step from a remembered state: t = 2.
    const state = { steps: 1, m: new Float32Array(model.params.length), v: new Float32Array(model.params.length) };
    const flat = 1 * 3 + 2;
    state.m[flat] = 0.05;
    state.v[flat] = 0.002;
    const second = explainUpdate(model, trace, { name: 'adam', learningRate: 0.01, state }, 'h', 2, 1);
    const m2 = f32(0.05) * 0.9 + 0.1 * g;
    const v2 = f32(0.002) * 0.999 + 0.001 * g * g;
    const alpha2 = (0.01 * Math.sqrt(1 - 0.999 ** 2)) / (1 - 0.9 ** 2);
    close(second.adam!.m, m2);
    close(second.adam!.v, v2);
    close(second.wNew, -0.6 - (alpha2 * m2) / (Math.sqrt(v2) + 1e-7));
    // Momentum: v ← 0.9·v − η g.
    const mom = explainUpdate(model, trace, { name: 'momentum', learningRate: 0.1 }, 'out', 0);
    close(mom.after!, -0.1 * d2);
    close(mom.wNew, 0.3 - 0.1 * d2);
  });

  it('agrees with the engine’s own gradients', () => {
    const grads = new Float32Array(model.params.length);
    const m = createModel(plan, { maxBatch: 1, seed: 1 });
    m.setWeights(model.getWeights());
    m.computeGradients(Float32Array.from(x), Float32Array.from([y]), 1);
    grads.set(m.grads);
    const h = trace.backward.find((b) => b.nodeId === 'h')!;
    h.kernelGrad!.flat().forEach((g, k) => close(g, grads[k]));
  });

  it('applies one real step on the sample, which lowers its loss', () => {
    for (const name of ['sgd', 'adam'] as const) {
      const m = createModel(plan, { maxBatch: 1, seed: 1 });
      m.setWeights(model.getWeights());
      const opt = createOptimizer(name, m.params.length, {}, m.kernels);
      const { lossBefore, lossAfter } = applySampleStep(m, opt, 0.1, x, [y]);
      close(lossBefore, L);
      expect(lossAfter).toBeLessThan(lossBefore);
    }
  });
});

describe('traceSample: a graph with add and concat against a hand computation', () => {
  // in → a (2 linear) ─┬─ add ─┐
  // in → b (2 linear) ─┘       ├─ concat → out (linear, mse)
  // in ────────────────────────┘
  const graph: Graph = {
    nodes: [input(), dense('a', 1, 'linear'), dense('b', 1, 'relu'), add('s'), concat('c'), output('linear', 'mse')],
    edges: edges('in>a', 'in>b', 'a>s', 'b>s', 's>c', 'in>c', 'c>out'),
  };
  const plan = compile(graph, regression1d).plan!;
  const model = createModel(plan, { maxBatch: 1, seed: 3 });
  model.setWeights({
    a: {
      kernel: { shape: [1, 1], data: Float32Array.from([0.5]) },
      bias: { shape: [1], data: Float32Array.from([0.1]) },
    },
    b: {
      kernel: { shape: [1, 1], data: Float32Array.from([-2]) },
      bias: { shape: [1], data: Float32Array.from([0.4]) },
    },
    out: {
      kernel: { shape: [2, 1], data: Float32Array.from([1.5, -0.5]) },
      bias: { shape: [1], data: Float32Array.from([0.2]) },
    },
  });
  const x = -0.7;
  const t = 0.25;
  const trace = traceSample(model, [x], [t]);
  const za = 0.5 * x + 0.1;
  const zb = -2 * x + 0.4;
  const ab = Math.max(zb, 0);
  const s = za + ab;
  const zo = 1.5 * s - 0.5 * x + 0.2;
  const L = (zo - t) ** 2;
  const dOut = 2 * (zo - t);
  const dS = 1.5 * dOut;

  it('gives the merges’ parts, the output and the loss', () => {
    const sNode = trace.forward.find((n) => n.nodeId === 's')!;
    expect(sNode.parts!.map((p) => p.from)).toEqual(['a', 'b']);
    close(sNode.parts![0].values[0], za);
    close(sNode.parts![1].values[0], ab);
    close(sNode.output[0], s);
    const c = trace.forward.find((n) => n.nodeId === 'c')!;
    close(c.output[0], s);
    close(c.output[1], x);
    close(trace.forward.find((n) => n.nodeId === 'out')!.units![0].z, zo);
    close(trace.loss.value, L);
  });

  it('gives δ through concat and add, and the gradients', () => {
    const back = (id: string) => trace.backward.find((b) => b.nodeId === id)!;
    close(back('out').units![0].delta, dOut);
    close(back('out').kernelGrad![0][0], s * dOut);
    close(back('out').kernelGrad![1][0], x * dOut);
    close(back('c').dOutput[0], dS);
    close(back('s').dOutput[0], dS);
    close(back('a').units![0].delta, dS);
    close(back('a').kernelGrad![0][0], x * dS);
    close(back('b').units![0].fPrime!, 1);
    close(back('b').units![0].delta, dS);
    close(back('b').kernelGrad![0][0], x * dS);
    close(back('b').biasGrad![0], dS);
  });

  it('lowers the sample’s loss with one applied step', () => {
    const opt = createOptimizer('sgd', model.params.length, {}, model.kernels);
    const { lossBefore, lossAfter } = applySampleStep(model, opt, 0.05, [x], [t]);
    close(lossBefore, L);
    expect(lossAfter).toBeLessThan(lossBefore);
  });
});

describe('traceSample: dropout', () => {
  it('shows the mask of this step and matches the engine’s gradients drawn with the same random numbers', () => {
    const plan = compile(chain([input(), dense('h', 6, 'tanh'), dropout('d', 0.5), output()]), binary2d).plan!;
    const model = createModel(plan, { maxBatch: 1, seed: 5 });
    const x = [0.4, -0.9];
    const trace = traceSample(model, x, [0], { random: new Rng(11) });
    const mask = trace.forward.find((n) => n.nodeId === 'd')!.mask!;
    expect(mask.every((m) => m === 0 || m === 2)).toBe(true);
    expect(mask).toContain(0);
    expect(mask).toContain(2);
    const h = trace.forward.find((n) => n.nodeId === 'h')!;
    trace.forward.find((n) => n.nodeId === 'd')!.output.forEach((v, k) => close(v, h.output[k] * mask[k]));
    model.computeGradients(Float32Array.from(x), Float32Array.from([0]), 1, new Rng(11));
    const grads = trace.backward.find((b) => b.nodeId === 'h')!.kernelGrad!.flat();
    grads.forEach((g, k) => close(g, model.grads[k]));
    // A dropped unit passes no gradient back.
    const dh = trace.backward.find((b) => b.nodeId === 'h')!.units!;
    mask.forEach((m, k) => m === 0 && expect(dh[k].delta).toBe(0));
  });
});
