/**
 * Each layer's computation in plain words, with the sizes filled in, so a learner can connect the picture on
 * the canvas to the maths ("z = W·x + b, a = tanh(z)").
 */
import { lossKindOf } from '../../../engine';
import type { EditorNode } from '../../document/document';
import { activationWords } from './activationMath';

/** "mean squared error: the average of (ŷ − y)²", or the name itself for a loss this version does not know. */
function lossInWords(name: unknown): string {
  const kind = lossKindOf(name);
  return kind ? `${kind.title}: ${kind.formula}` : String(name);
}

/**
 * Lines describing the node. `inputWidth` and `width` are the compiler's sizes (undefined while they cannot
 * be inferred).
 */
export function formulaLines(
  node: Omit<EditorNode, 'position'>,
  inputWidth: number | undefined,
  width: number | undefined,
): string[] {
  const p = node.params;
  const inSize = inputWidth ?? 'n';
  switch (node.type) {
    case 'input':
      return [`x = one sample's ${width ?? 'n'} feature values, exactly as the dataset gives them`];
    case 'dense': {
      const bias = p.useBias === false ? '' : ' + b';
      return [
        `z = W·x${bias},  a = ${activationWords(p.activation)}`,
        `W holds ${inSize} × ${String(p.units)} weights (one per input per unit)${bias ? `, b holds ${String(p.units)} biases` : ''}.`,
      ];
    }
    case 'activation':
      return [`a = ${activationWords(p.activation)}, applied to each of the ${inSize} values on its own (no weights)`];
    case 'dropout': {
      const rate = typeof p.rate === 'number' ? p.rate : NaN;
      const keep = Number.isFinite(rate) ? (1 - rate).toFixed(2) : '1 − rate';
      return [
        `training: each value is set to 0 with probability ${String(p.rate)}, the rest are divided by ${keep}`,
        'prediction: values pass through unchanged',
      ];
    }
    case 'add':
      return ['y = x₁ + x₂ + …  (element by element; every input must have the same width)'];
    case 'concat':
      return ['y = [x₁, x₂, …]  (inputs placed one after another, in connection order)'];
    case 'output':
      return [
        `ŷ = ${activationWords(p.activation).replace('(z)', '(W·x + b)')}  with ${width ?? 'k'} output${width === 1 ? '' : 's'} fixed by the dataset`,
        `loss = ${lossInWords(p.loss)}`,
      ];
  }
}
