/**
 * Each layer's computation in plain words, with the sizes filled in, so a learner can connect the picture on
 * the canvas to the maths ("z = W·x + b, a = tanh(z)"). The words come from the catalogue (`formula.*`).
 */
import type { TFunction } from 'i18next';
import { lossKindOf } from '../../../engine';
import type { EditorNode } from '../../document/document';
import { activationWords } from './activationMath';
import { activationTex } from './stepThrough/tex';

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

/** f(z) in TeX for an activation by name (σ, tanh, ReLU, …); z itself for linear. */
function fTex(name: unknown, of: string): string {
  const f = typeof name === 'string' ? activationTex(name) : undefined;
  if (name === 'linear') return of;
  if (name === 'softmax') return `\\mathrm{softmax}(${of})`;
  return f ? `${f}(${of})` : `\\mathrm{${String(name)}}(${of})`;
}

/** The loss as a formula in the article's symbols (prediction a, target y), or null for an unknown loss. */
export function lossFormulaTex(name: unknown, width: number | undefined): string | null {
  if (name === 'binaryCrossEntropy') return 'L = -\\left[\\,y \\log a + (1 - y)\\log(1 - a)\\,\\right]';
  if (name === 'crossEntropy') return 'L = -\\log a_{y}';
  if (name === 'mse') return width === 1 ? 'L = (a - y)^2' : 'L = \\frac{1}{k} \\sum_j (a_j - y_j)^2';
  return null;
}

/**
 * The layer's computation as mathematics (rendered by ui/Tex): the same symbols the step-through fills in
 * with numbers — x, w, b, z, a, and L for the loss — with the compiler's sizes where they are known.
 */
export function formulaTex(
  node: Omit<EditorNode, 'position'>,
  inputWidth: number | undefined,
  width: number | undefined,
): string[] {
  const p = node.params;
  const n = inputWidth ?? 'n';
  switch (node.type) {
    case 'input':
      return [`x = (x_1, \\ldots, x_{${width ?? 'n'}})`];
    case 'dense':
      return [
        `z_j = \\sum_{i=1}^{${n}} w_{i,j}\\, x_i${p.useBias === false ? '' : ' + b_j'}, \\quad a_j = ${fTex(p.activation, 'z_j')} \\quad (j = 1, \\ldots, ${String(p.units)})`,
      ];
    case 'activation':
      return [`a_k = ${fTex(p.activation, 'x_k')} \\quad (k = 1, \\ldots, ${n})`];
    case 'dropout':
      return [
        `a_k = x_k\\, m_k, \\quad m_k \\in \\left\\{ 0,\\ \\tfrac{1}{1 - p} \\right\\}, \\quad p = ${String(p.rate)}`,
      ];
    case 'add':
      return ['x = x^{(1)} + x^{(2)} + \\cdots'];
    case 'concat':
      return ['x = \\left[\\, x^{(1)},\\ x^{(2)},\\ \\ldots \\,\\right]'];
    case 'output': {
      const loss = lossFormulaTex(p.loss, width);
      return [
        `z_j = \\sum_{i=1}^{${n}} w_{i,j}\\, x_i + b_j, \\quad a_j = ${fTex(p.activation, 'z_j')}`,
        ...(loss ? [loss] : []),
      ];
    }
  }
}
