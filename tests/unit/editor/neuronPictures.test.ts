/** What a neuron tile shows: the colours of its values and the formula of its unit with the numbers. */
import { describe, expect, it } from 'vitest';
import type { NodeNeurons } from '../../../src/engine';
import { unitFormula } from '../../../src/renderer/ui/charts/neuronFormula';
import { neuronColour, neuronScale, squarePixels } from '../../../src/renderer/ui/charts/neuronImage';
import { neuronsStore } from '../../../src/renderer/run/neuronsStore';

const dense = (kernel: number[], bias: number[], readsInput = true): NodeNeurons => ({
  nodeId: 'h',
  activation: 'relu',
  units: bias.length,
  first: 0,
  shown: bias.length,
  cells: 1,
  values: new Float32Array(bias.length),
  min: 0,
  max: 1,
  weights: {
    inputs: kernel.length / bias.length,
    kernel: Float32Array.from(kernel),
    bias: Float32Array.from(bias),
    hasBias: true,
    readsInput,
  },
});

describe('unitFormula', () => {
  it("writes a unit's weighted sum with its numbers and typographic minus signs", () => {
    // Unit 2 of 2: weights (1.32, −0.41), bias 0.07.
    expect(unitFormula(dense([0.5, 0.5, 1.32, -0.41], [0, 0.07]), 1)).toBe('a = relu(1.32·x₁ − 0.41·x₂ + 0.07)');
    expect(unitFormula(dense([-2, 3], [-0.004]), 0)).toBe('a = relu(−2.00·x₁ + 3.00·x₂ − 0.00)');
  });

  it('names hidden inputs h and cuts a long sum', () => {
    const f = unitFormula(dense([1, 2, 3, 4, 5, 6], [1], false), 0, 2);
    expect(f).toBe('a = relu(1.00·h₁ + 2.00·h₂ + … + 1.00)');
  });
});

describe('neuron colours', () => {
  it('diverge around white at 0 for tanh and run from white for ReLU, clipped at the max', () => {
    const tanh = neuronScale('tanh', -0.3, 0.2);
    expect(tanh).toEqual({ kind: 'diverging', max: 1 });
    expect(neuronColour(0, tanh)).toEqual([255, 255, 255]);
    const neg = neuronColour(-1, tanh);
    const pos = neuronColour(1, tanh);
    expect(neg[0]).toBeGreaterThan(neg[2]); // class 0's orange below 0
    expect(pos[2]).toBeGreaterThan(pos[0]); // class 1's blue above
    const relu = neuronScale('relu', 0, 2.5);
    expect(relu).toEqual({ kind: 'sequential', max: 2.5 });
    expect(neuronColour(-1, relu)).toEqual([255, 255, 255]);
    expect(neuronColour(9, relu)).toEqual(neuronColour(2.5, relu));
    expect(neuronScale('linear', -4, 3)).toEqual({ kind: 'diverging', max: 4 });
  });

  it('puts grid row 0 (the bottom of the plane) at the bottom of the image', () => {
    const px = squarePixels(Float32Array.from([1, 1, 0, 0]), 0, 2, { kind: 'sequential', max: 1 });
    // Image row 1 (bottom) is coloured, image row 0 (top) white.
    expect(Array.from(px.subarray(0, 4))).toEqual([255, 255, 255, 255]);
    expect(px[8 + 2]).toBeLessThan(255);
  });
});

describe('the neurons view store', () => {
  it('shows all pictured nodes, or hides them when all are shown; a toggle keeps the others', () => {
    const s = neuronsStore.getState;
    s().toggleAll(['a', 'b']);
    expect(s().expanded).toEqual(['a', 'b']);
    s().toggle('a');
    expect(s().expanded).toEqual(['b']);
    s().toggleAll(['a', 'b']);
    expect(s().expanded).toEqual(['b', 'a']);
    s().toggleAll(['a', 'b']);
    expect(s().expanded).toEqual([]);
  });
});
