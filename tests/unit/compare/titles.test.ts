/**
 * A comparison's title and its variants' labels are worded when shown, from the saved parameter and values, so
 * a comparison saved in English reads in Japanese after View → Language (and the other way round).
 */
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../src/project';
import { createTranslator } from '../../../src/shared/i18n';
import { fromProjectComparison } from '../../../src/renderer/features/compare/projectShape';
import { comparisonTitle, valueLabel } from '../../../src/renderer/features/compare/parameters';
import { DATASET, GRAPH, TRAINING } from './fixtures';

const en = createTranslator('en');
const ja = createTranslator('ja');

function saved(name: string, parameter: Comparison['parameter'], values: Array<string | number>): Comparison {
  return {
    id: 'c1',
    name,
    parameter,
    values,
    runs: values.map((value, i) => ({
      id: `c1-v${i + 1}`,
      name: String(value),
      startedAt: '2025-01-31T09:30:00.000Z',
      end: 'completed',
      settings: { graph: GRAPH, training: TRAINING, dataset: DATASET },
      history: [],
      value,
    })),
  } as unknown as Comparison;
}

describe('comparison titles and value labels', () => {
  it('word the same saved record in English and in Japanese', () => {
    const record = fromProjectComparison(
      saved('Activation of all hidden layers: sigmoid, tanh, ReLU, Leaky ReLU', { kind: 'activation' }, [
        'sigmoid',
        'tanh',
        'relu',
        'leakyRelu',
      ]),
    )!;
    expect(comparisonTitle(record, en)).toBe('Activation of all hidden layers: sigmoid, tanh, ReLU, Leaky ReLU');
    expect(comparisonTitle(record, ja)).toBe('すべての隠れ層の活性化関数: sigmoid、tanh、ReLU、Leaky ReLU');
    // The saved name is kept as it was written.
    expect(record.name).toBe('Activation of all hidden layers: sigmoid, tanh, ReLU, Leaky ReLU');
  });

  it('names the layer by its label in the variants’ network and words counts and losses', () => {
    const units = fromProjectComparison(
      saved('Units of Hidden 1: 1 units, 8 units', { kind: 'units', nodeId: 'h1' }, [1, 8]),
    )!;
    expect(comparisonTitle(units, en)).toBe('Units of Hidden 1: 1 unit, 8 units');
    expect(comparisonTitle(units, ja)).toBe('Hidden 1 のユニット数: 1 ユニット、8 ユニット');

    const loss = fromProjectComparison(saved('x', { kind: 'loss' }, ['mse', 'binaryCrossEntropy']))!;
    expect(loss.variants.map((v) => valueLabel(loss.parameter.kind, v.value, en))).toEqual([
      'mean squared error',
      'binary cross-entropy',
    ]);
    expect(loss.variants.map((v) => valueLabel(loss.parameter.kind, v.value, ja))).toEqual([
      '平均二乗誤差',
      '二値交差エントロピー',
    ]);
    expect(valueLabel('learningRate', 0.01, ja)).toBe('学習率 0.01');
    expect(valueLabel('hiddenLayers', 1, en)).toBe('1 hidden layer');
    expect(valueLabel('hiddenLayers', 3, ja)).toBe('隠れ層 3 層');
    expect(valueLabel('datasetSamples', 400, en)).toBe('400 samples');
  });
});
