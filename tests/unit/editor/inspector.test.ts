import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '../../../src/engine';
import { sampleActivation, svgPath } from '../../../src/renderer/features/editor/activationMath';
import { validateNumber } from '../../../src/renderer/ui/NumberField';
import { formulaLines, formulaTex } from '../../../src/renderer/features/editor/formula';
import { templateDocument } from '../../../src/renderer/document/templates';

describe('inspector validation', () => {
  const units = { min: 1, max: 4096, integer: true };
  it('explains a bad value instead of accepting it', () => {
    expect(validateNumber('8', units)).toBeNull();
    expect(validateNumber('', units)).toBe('Enter a number.');
    expect(validateNumber('0', units)).toBe('Use a number from 1 to 4096.');
    expect(validateNumber('5000', units)).toBe('Use a number from 1 to 4096.');
    expect(validateNumber('2.5', units)).toBe('Use a whole number.');
    expect(validateNumber('abc', units)).toBe('"abc" is not a decimal number.');
    // The one number reader (issue 12, defect 5): hexadecimal and binary are not read as 26 and 3.
    expect(validateNumber('0x1A', units)).toBe('"0x1A" is not a decimal number.');
    expect(validateNumber('0b11', units)).toBe('"0b11" is not a decimal number.');
    expect(validateNumber('1e39', { min: 0, max: Number.MAX_VALUE })).toBe('"1e39" is not a decimal number.');
    expect(validateNumber('0.001', { min: 0, max: 1 })).toBeNull();
  });

  it('words one-sided limits of the training settings the same way', () => {
    expect(validateNumber('0', { min: 1, integer: true })).toBe('Use a number of at least 1.');
    expect(validateNumber('2', { max: 1 })).toBe('Use a number of at most 1.');
    expect(validateNumber('-3', { integer: true })).toBeNull();
  });
});

describe('formulas in words', () => {
  const doc = templateDocument('one-hidden');
  const dense = doc.graph.nodes.find((n) => n.type === 'dense')!;
  it('fills the sizes into the dense formula', () => {
    expect(formulaLines(i18next.t, dense, 2, 8)).toEqual([
      'z = W·x + b,  a = tanh(z)',
      'W holds 2 × 8 weights (one per input per unit), b holds 8 biases.',
    ]);
    expect(formulaLines(i18next.t, { ...dense, params: { ...dense.params, useBias: false } }, 2, 8)[0]).toBe(
      'z = W·x,  a = tanh(z)',
    );
  });
  it('describes the output with its loss', () => {
    const output = doc.graph.nodes.find((n) => n.type === 'output')!;
    expect(formulaLines(i18next.t, output, 8, 1)).toEqual([
      'ŷ = sigmoid(W·x + b)  with 1 output fixed by the dataset',
      'loss = binary cross-entropy: −[y·log ŷ + (1 − y)·log(1 − ŷ)]',
    ]);
  });
});

describe('activation curves for plots', () => {
  it('samples every activation with a slope that matches its curve', () => {
    for (const name of ACTIVATIONS) {
      // Points chosen away from the kinks of relu and leakyRelu at 0.
      const curve = sampleActivation(name, -3, 3, 600)!;
      for (const i of [50, 230, 380, 560]) {
        const numeric = (curve.f[i + 1]! - curve.f[i - 1]!) / (curve.xs[i + 1]! - curve.xs[i - 1]!);
        expect(curve.df[i], `${name} at ${curve.xs[i]}`).toBeCloseTo(numeric, 2);
      }
    }
    expect(sampleActivation('swish', -1, 1, 4)).toBeNull();
  });
  it('draws a path inside its box, clamping what leaves it', () => {
    const curve = sampleActivation('relu', -1, 1, 2)!;
    expect(svgPath(curve.xs, curve.f, { width: 100, height: 50, xMin: -1, xMax: 1, yMin: 0, yMax: 0.5 })).toBe(
      'M0.0,50.0 L50.0,50.0 L100.0,0.0',
    );
  });
});

describe('formulas as mathematics (KaTeX in the inspector)', () => {
  const doc = templateDocument('one-hidden');
  const dense = doc.graph.nodes.find((n) => n.type === 'dense')!;
  const out = doc.graph.nodes.find((n) => n.type === 'output')!;
  it('writes z = Σ wᵢxᵢ + b and a = f(z) with the sizes, and the loss in the symbols a, y, L', () => {
    expect(formulaTex(dense, 2, 8)).toEqual([
      `z_j = \\sum_{i=1}^{2} w_{i,j}\\, x_i + b_j, \\quad a_j = \\tanh(z_j) \\quad (j = 1, \\ldots, 8)`,
    ]);
    expect(
      formulaTex({ ...dense, params: { ...dense.params, useBias: false, activation: 'relu' } }, 2, 8)[0],
    ).toContain('x_i, \\quad a_j = \\mathrm{ReLU}(z_j)');
    expect(formulaTex(out, 8, 1)).toEqual([
      'z_j = \\sum_{i=1}^{8} w_{i,j}\\, x_i + b_j, \\quad a_j = \\sigma(z_j)',
      'L = -\\left[\\,y \\log a + (1 - y)\\log(1 - a)\\,\\right]',
    ]);
  });
});
