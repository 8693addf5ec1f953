/**
 * The step-through's formulas, filled in from a real trace of a 2-3-1 network with weights set by hand: the
 * TeX must carry the engine's numbers where the formula puts them, in the article's symbols.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/engine/compile';
import { explainUpdate, traceSample } from '../../../src/engine/explain';
import { createModel } from '../../../src/engine/model';
import {
  gradientTex,
  hiddenDeltaTex,
  lossTex,
  num,
  outputDeltaTex,
  softmaxTex,
  unitForwardTex,
  updateTex,
} from '../../../src/renderer/features/editor/stepThrough/tex';
import { formatValue, weightSymbol } from '../../../src/renderer/features/editor/stepThrough/format';
import { binary2d, chain, dense, input, output, threeClasses } from '../engine-model/graphs';

const plan = compile(chain([input(), dense('h', 3, 'tanh'), output()]), binary2d).plan!;
const model = createModel(plan, { maxBatch: 1, seed: 1 });
model.setWeights({
  h: {
    kernel: { shape: [2, 3], data: Float32Array.from([0.5, -0.3, 0.8, 0.2, 0.7, -0.6]) },
    bias: { shape: [3], data: Float32Array.from([0.1, -0.2, 0.05]) },
  },
  out: {
    kernel: { shape: [3, 1], data: Float32Array.from([0.9, -1.1, 0.4]) },
    bias: { shape: [1], data: Float32Array.from([0.3]) },
  },
});
const trace = traceSample(model, [0.3, -1.2], [1]);
const h = trace.forward.find((n) => n.nodeId === 'h')!;

describe('step-through formulas', () => {
  it('numbers: four significant digits, powers of ten for the tiny ones', () => {
    expect(num(0.123456)).toBe('0.1235');
    expect(num(-2)).toBe('-2');
    expect(num(3.2e-7)).toBe('3.2\\times 10^{-7}');
    expect(formatValue([0.5, -0.25])).toBe('(0.5, −0.25)');
    expect(formatValue([1, 2, 3, 4, 5, 6, 7])).toBe('(1, 2, 3, 4, …, 7)');
    expect(weightSymbol(0, 2)).toBe('w₁,₃');
    expect(weightSymbol(undefined, 11)).toBe('b₁₂');
  });

  it('z = Σ wᵢxᵢ + b with every term, then a = tanh(z)', () => {
    // z₁ = 0.5·0.3 + 0.2·(−1.2) + 0.1 = 0.01; a₁ = tanh(0.01) = 0.0099997
    const [symbolic, numeric] = unitForwardTex(h.units![0], 0, 'tanh');
    expect(symbolic).toBe('z_{1} = w_{1,1}\\,x_{1} + w_{2,1}\\,x_{2} + b_{1}, \\quad a_{1} = \\tanh(z_{1})');
    expect(numeric).toBe('z_{1} = 0.5 \\cdot 0.3 + 0.2 \\cdot (-1.2) + 0.1 = 0.01, \\quad a_{1} = \\tanh(0.01) = 0.01');
  });

  it('binary cross-entropy filled in, and the output δ = a − y', () => {
    const [formula, filled] = lossTex(trace.loss, false);
    expect(formula).toContain('y \\log a + (1 - y)\\log(1 - a)');
    const a = trace.loss.prediction[0];
    expect(filled).toBe(
      `L = -\\left[\\,1 \\log ${num(a)} + 0 \\log ${num(1 - a)}\\,\\right] = ${num(trace.loss.value)}`,
    );
    const out = trace.backward[0];
    expect(outputDeltaTex(out.units![0], 0, a, 1)).toBe(
      `\\delta_{1} = \\dfrac{\\partial L}{\\partial z_{1}} = a_{1} - y_{1} = ${num(a)} - 1 = ${num(a - 1)}`,
    );
  });

  it('a hidden δ as the chain rule (Σ w·δ)·f′(z), and ∂L/∂w = δ·x', () => {
    const back = trace.backward.find((b) => b.nodeId === 'h')!;
    const u = back.units![1];
    const [, filled] = hiddenDeltaTex(u, 1);
    // One consumer: the output, through w = −1.1.
    expect(filled).toBe(
      `\\delta_{2} = ((-1.1) \\cdot (${num(u.contributions[0].delta!)})) \\cdot ${num(u.fPrime!)} = ${num(u.dA)} \\cdot ${num(u.fPrime!)} = ${num(u.delta)}`,
    );
    expect(gradientTex(u.delta, -1.2, back.kernelGrad![1][1], 1, 1)).toBe(
      `\\dfrac{\\partial L}{\\partial w_{2,2}} = \\delta_{2}\\, x_{2} = ${u.delta < 0 ? `(${num(u.delta)})` : num(u.delta)} \\cdot (-1.2) = ${num(back.kernelGrad![1][1])}`,
    );
  });

  it("the update by each optimizer's rule: SGD, momentum's velocity, Adam's m, v, corrections and step", () => {
    const sgd = explainUpdate(model, trace, { name: 'sgd', learningRate: 0.1 }, 'h', 0, 1);
    expect(updateTex(sgd)[1]).toBe(
      `w_{2,1}^{\\text{new}} = 0.2 - 0.1 \\cdot ${num(sgd.grad)} = ${num(sgd.wNew)}`.replace(
        ` ${num(sgd.grad)} `,
        ` ${sgd.grad < 0 ? `(${num(sgd.grad)})` : num(sgd.grad)} `,
      ),
    );
    const velocity = new Float32Array(model.params.length).fill(0.05);
    const momentum = explainUpdate(
      model,
      trace,
      { name: 'momentum', learningRate: 0.1, state: { velocity } },
      'out',
      0,
    );
    expect(updateTex(momentum, 0.9)[1]).toMatch(/^v = 0\.9 \\cdot 0\.05 - 0\.1 \\cdot /);
    const adam = explainUpdate(model, trace, { name: 'adam', learningRate: 0.01 }, 'h', 2, 0);
    const lines = updateTex(adam);
    expect(lines[0]).toContain(`= 0.9 \\cdot 0 + 0.1 \\cdot`);
    expect(lines[2]).toContain('1 - \\beta_1^{1}');
    expect(lines[2]).toContain(`= ${num(adam.adam!.mHat)}`);
    expect(lines[4]).toBe(
      `w_{1,3}^{\\text{new}} = 0.8 + ${adam.step < 0 ? `(${num(adam.step)})` : num(adam.step)} = ${num(adam.wNew)}`,
    );
  });

  it('softmax: each eᶻ over their sum', () => {
    const p3 = compile(chain([input(), output('softmax', 'crossEntropy')]), threeClasses).plan!;
    const m3 = createModel(p3, { maxBatch: 1, seed: 3 });
    const t3 = traceSample(m3, [0.1, 0.2, 0.3, 0.4], [2]);
    const node = t3.forward[1];
    const [, filled] = softmaxTex(node, 2);
    expect(filled).toBe(
      `a_{3} = \\dfrac{${num(node.softmax!.exps[2])}}{${num(node.softmax!.sum)}} = ${num(node.output[2])}`,
    );
    expect(lossTex(t3.loss, false)[1]).toBe(`L = -\\log ${num(node.output[2])} = ${num(t3.loss.value)}`);
  });
});
