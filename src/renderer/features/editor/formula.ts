/**
 * Each layer's computation in plain words, with the sizes filled in, so a learner can connect the picture on
 * the canvas to the maths ("z = W·x + b, a = tanh(z)"). The words come from the catalogue (`formula.*`).
 */
import type { TFunction } from 'i18next';
import { lossKindOf } from '../../../engine';
import type { EditorNode } from '../../document/document';
import { activationWords } from './activationMath';

/** "mean squared error: the average of (ŷ − y)²", or the name itself for a loss this version does not know. */
function lossInWords(t: TFunction, name: unknown): string {
  const kind = lossKindOf(name);
  if (!kind) return String(name);
  return t('formula.lossWords', {
    title: t(`losses.${String(name)}`, { defaultValue: kind.title }),
    formula: t(`formula.loss.${String(name)}`, { defaultValue: kind.formula }),
  });
}

/**
 * Lines describing the node. `inputWidth` and `width` are the compiler's sizes (undefined while they cannot
 * be inferred).
 */
export function formulaLines(
  t: TFunction,
  node: Omit<EditorNode, 'position'>,
  inputWidth: number | undefined,
  width: number | undefined,
): string[] {
  const p = node.params;
  const inSize = inputWidth ?? 'n';
  switch (node.type) {
    case 'input':
      return [t('formula.input', { width: width ?? 'n' })];
    case 'dense': {
      const bias = p.useBias === false ? '' : ' + b';
      return [
        `z = W·x${bias},  a = ${activationWords(p.activation)}`,
        t(bias ? 'formula.denseBias' : 'formula.dense', { inputs: inSize, units: String(p.units) }),
      ];
    }
    case 'activation':
      return [t('formula.activation', { activation: activationWords(p.activation), inputs: inSize })];
    case 'dropout': {
      const rate = typeof p.rate === 'number' ? p.rate : NaN;
      const keep = Number.isFinite(rate) ? (1 - rate).toFixed(2) : t('formula.keepRate');
      return [t('formula.dropoutTraining', { rate: String(p.rate), keep }), t('formula.dropoutPrediction')];
    }
    case 'add':
      return [t('formula.add')];
    case 'concat':
      return [t('formula.concat')];
    case 'output':
      return [
        t('formula.output', {
          activation: activationWords(p.activation).replace('(z)', '(W·x + b)'),
          count: typeof width === 'number' ? width : 2,
          width: width ?? 'k',
        }),
        `loss = ${lossInWords(t, p.loss)}`,
      ];
  }
}
