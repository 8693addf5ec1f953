/**
 * The standard Japanese terms of the field, one per concept, that the Japanese catalogue uses consistently.
 * A unit test (tests/unit/i18n/glossary.test.ts) checks every pair of sentences: when the English contains a
 * term's English (whole words, any case), the Japanese must contain its Japanese.
 */
export interface GlossaryEntry {
  /** How the term appears in English sentences (matched as whole words, case-insensitively). */
  en: string;
  ja: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { en: 'forward pass', ja: '順伝播' },
  { en: 'forward propagation', ja: '順伝播' },
  { en: 'backward pass', ja: '逆伝播' },
  { en: 'backpropagation', ja: '逆伝播' },
  { en: 'activation function', ja: '活性化関数' },
  { en: 'loss function', ja: '損失関数' },
  { en: 'mean squared error', ja: '平均二乗誤差' },
  { en: 'binary cross-entropy', ja: '二値交差エントロピー' },
  { en: 'cross-entropy', ja: '交差エントロピー' },
  { en: 'learning rate', ja: '学習率' },
  { en: 'stochastic gradient descent', ja: '確率的勾配降下法' },
  { en: 'gradient descent', ja: '勾配降下法' },
  { en: 'epoch', ja: 'エポック' },
  { en: 'epochs', ja: 'エポック' },
  { en: 'batch size', ja: 'バッチサイズ' },
  { en: 'hidden layer', ja: '隠れ層' },
  { en: 'hidden layers', ja: '隠れ層' },
  { en: 'input layer', ja: '入力層' },
  { en: 'output layer', ja: '出力層' },
  { en: 'overfitting', ja: '過学習' },
  { en: 'validation loss', ja: '検証損失' },
  { en: 'training loss', ja: '訓練損失' },
  { en: 'decision boundary', ja: '決定境界' },
  { en: 'weights', ja: '重み' },
  { en: 'bias', ja: 'バイアス' },
  { en: 'optimizer', ja: '最適化手法' },
  { en: 'regression', ja: '回帰' },
  { en: 'classification', ja: '分類' },
  { en: 'confusion matrix', ja: '混同行列' },
  { en: 'accuracy', ja: '正解率' },
  { en: 'dropout', ja: 'ドロップアウト' },
  { en: 'units', ja: 'ユニット' },
  { en: 'dataset', ja: 'データセット' },
  { en: 'parameters', ja: 'パラメータ' },
];
