/**
 * Each optimizer takes two steps on one parameter w = 1; the expected values are worked out by hand below
 * (Keras semantics, epsilon 1e-7). Step 1 uses g = 0.5, step 2 uses g = −1 so that state from step 1
 * (velocity, mean square, moments) visibly changes step 2.
 */
import { describe, expect, it } from 'vitest';
import { createOptimizer } from '../../../src/engine/optim';
import type { OptimizerName } from '../../../src/engine/types';

function twoSteps(name: OptimizerName, lr: number): [number, number] {
  const opt = createOptimizer(name, 1);
  const w = new Float32Array([1]);
  opt.step(w, new Float32Array([0.5]), lr);
  const first = w[0];
  opt.step(w, new Float32Array([-1]), lr);
  return [first, w[0]];
}

describe('optimizers, two steps by hand', () => {
  it('sgd: w ← w − lr·g', () => {
    // lr 0.1: 1 − 0.1·0.5 = 0.95;  0.95 − 0.1·(−1) = 1.05
    const [a, b] = twoSteps('sgd', 0.1);
    expect(a).toBeCloseTo(0.95, 6);
    expect(b).toBeCloseTo(1.05, 6);
  });

  it('momentum 0.9: v ← 0.9v − lr·g; w ← w + v', () => {
    // lr 0.1: v = −0.05, w = 0.95
    //         v = 0.9·(−0.05) − 0.1·(−1) = −0.045 + 0.1 = 0.055, w = 0.95 + 0.055 = 1.005
    const [a, b] = twoSteps('momentum', 0.1);
    expect(a).toBeCloseTo(0.95, 6);
    expect(b).toBeCloseTo(1.005, 6);
  });

  it('rmsprop ρ 0.9: s ← 0.9s + 0.1g²; w ← w − lr·g/√(s+ε)', () => {
    // lr 0.01: s = 0.1·0.25 = 0.025, √0.025 = 0.158114, w = 1 − 0.005/0.158114 = 1 − 0.0316227 = 0.9683773
    //          s = 0.9·0.025 + 0.1·1 = 0.1225, √0.1225 = 0.35, w = 0.9683773 + 0.01/0.35 = 0.9683773 + 0.0285714
    //            = 0.9969487
    const [a, b] = twoSteps('rmsprop', 0.01);
    expect(a).toBeCloseTo(0.9683773, 6);
    expect(b).toBeCloseTo(0.9969487, 6);
  });

  it('adagrad, accumulator from 0.1: a ← a + g²; w ← w − lr·g/√(a+ε)', () => {
    // lr 0.1: a = 0.1 + 0.25 = 0.35, √0.35 = 0.591608, w = 1 − 0.05/0.591608 = 1 − 0.0845154 = 0.9154846
    //         a = 0.35 + 1 = 1.35, √1.35 = 1.161895, w = 0.9154846 + 0.1/1.161895 = 0.9154846 + 0.0860663
    //           = 1.0015509
    const [a, b] = twoSteps('adagrad', 0.1);
    expect(a).toBeCloseTo(0.9154846, 6);
    expect(b).toBeCloseTo(1.0015509, 6);
  });

  it('adam β1 0.9, β2 0.999 with bias correction folded into the step size', () => {
    // lr 0.1, step 1: m = 0.1·0.5 = 0.05, v = 0.001·0.25 = 0.00025, √v = 0.0158114
    //   α = 0.1·√(1 − 0.999)/(1 − 0.9) = 0.1·0.0316228/0.1 = 0.0316228
    //   w = 1 − 0.0316228·0.05/(0.0158114 + 1e−7) = 1 − 0.0999994 = 0.9000006 (≈ lr, as Adam's first step is)
    // step 2, g = −1: m = 0.05 + (−1 − 0.05)·0.1 = −0.055, v = 0.00025 + (1 − 0.00025)·0.001 = 0.00124975
    //   √v = 0.0353518, α = 0.1·√(1 − 0.999²)/(1 − 0.9²) = 0.1·0.0447102/0.19 = 0.0235317
    //   w = 0.9000006 + 0.0235317·0.055/0.0353519 = 0.9000006 + 0.0366102 = 0.9366109
    const [a, b] = twoSteps('adam', 0.1);
    expect(a).toBeCloseTo(0.9000006, 6);
    expect(b).toBeCloseTo(0.9366109, 6);
  });
});

describe('optimizer state', () => {
  it('works elementwise: each parameter keeps its own state', () => {
    const opt = createOptimizer('adam', 2);
    const w = new Float32Array([1, 1]);
    opt.step(w, new Float32Array([0.5, 0]), 0.1);
    expect(w[0]).toBeCloseTo(0.9000006, 6);
    expect(w[1]).toBe(1);
  });

  it('reset() makes the next step behave like the first', () => {
    for (const name of ['momentum', 'rmsprop', 'adagrad', 'adam'] as const) {
      const opt = createOptimizer(name, 1);
      const w = new Float32Array([1]);
      opt.step(w, new Float32Array([0.5]), 0.1);
      const firstDelta = w[0] - 1;
      opt.step(w, new Float32Array([0.5]), 0.1);
      opt.reset();
      const before = w[0];
      opt.step(w, new Float32Array([0.5]), 0.1);
      expect(w[0] - before, name).toBeCloseTo(firstDelta, 6);
    }
  });

  it('momentum follows the training settings value', () => {
    const opt = createOptimizer('momentum', 1, { momentum: 0.5 });
    const w = new Float32Array([1]);
    opt.step(w, new Float32Array([1]), 0.1); // v = −0.1, w = 0.9
    opt.step(w, new Float32Array([1]), 0.1); // v = 0.5·(−0.1) − 0.1 = −0.15, w = 0.75
    expect(w[0]).toBeCloseTo(0.75, 6);
  });

  it('refuses arrays of the wrong size with a sentence', () => {
    const opt = createOptimizer('sgd', 3);
    expect(() => opt.step(new Float32Array(2), new Float32Array(2), 0.1)).toThrow(/created for 3 parameters/);
  });
});

describe('optimizer state, read from outside (what the step-through shows)', () => {
  const stepped = (name: OptimizerName) => {
    const opt = createOptimizer(name, 2);
    const w = new Float32Array([1, 1]);
    opt.step(w, new Float32Array([0.5, 0]), 0.1);
    opt.step(w, new Float32Array([-1, 0]), 0.1);
    return opt;
  };

  it('adam: t and the moments m, v after two steps, worked out by hand', () => {
    // m = 0.1·0.5 = 0.05, then 0.05 + (−1 − 0.05)·0.1 = −0.055; v = 0.001·0.25 = 0.00025, then
    // 0.00025 + (1 − 0.00025)·0.001 = 0.00124975. The untouched second parameter keeps m = v = 0.
    const s = stepped('adam').state();
    expect(s.steps).toBe(2);
    expect(s.m![0]).toBeCloseTo(-0.055, 7);
    expect(s.v![0]).toBeCloseTo(0.00124975, 7);
    expect([s.m![1], s.v![1]]).toEqual([0, 0]);
  });

  it("momentum's velocity, RMSprop's mean square and AdaGrad's accumulator", () => {
    // momentum: v = −0.05, then 0.9·(−0.05) + 0.1 = 0.055
    expect(stepped('momentum').state().velocity![0]).toBeCloseTo(0.055, 7);
    // rmsprop: s = 0.025, then 0.9·0.025 + 0.1 = 0.1225
    expect(stepped('rmsprop').state().meanSquare![0]).toBeCloseTo(0.1225, 7);
    // adagrad: 0.1 + 0.25 + 1 = 1.35; the second parameter keeps its initial 0.1
    const a = stepped('adagrad').state().accumulator!;
    expect(a[0]).toBeCloseTo(1.35, 6);
    expect(a[1]).toBeCloseTo(0.1, 7);
    expect(stepped('sgd').state()).toEqual({});
  });

  it('is a copy: changing it changes neither the state nor the next step', () => {
    const opt = stepped('adam');
    const s = opt.state();
    (s.m as Float32Array).fill(123);
    expect(opt.state().m![0]).toBeCloseTo(-0.055, 7);
  });
});
