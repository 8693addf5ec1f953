import { describe, expect, it } from 'vitest';
import type { EpochMetrics } from '../../../src/engine';
import {
  bestEpoch,
  defaultTargetLoss,
  epochsToTarget,
  variantFigures,
} from '../../../src/renderer/features/compare/summary';

const epoch = (e: number, trainLoss: number, valLoss: number, acc?: number): EpochMetrics => ({
  epoch: e,
  trainLoss,
  valLoss,
  ...(acc !== undefined ? { trainAccuracy: acc, valAccuracy: acc - 0.05 } : {}),
  learningRate: 0.01,
  elapsedMs: e * 10,
});

const HISTORY = [
  epoch(1, 0.7, 0.72, 0.5),
  epoch(2, 0.3, 0.35, 0.8),
  epoch(3, 0.09, 0.2, 0.95),
  epoch(4, 0.05, 0.2, 0.97),
  epoch(5, 0.02, 0.3, 0.99),
];

describe('comparison figures', () => {
  it('finds the best validation epoch (earliest on ties) and the first epoch at or under the target', () => {
    expect(bestEpoch(HISTORY)).toEqual({ epoch: 3, loss: 0.2 });
    expect(epochsToTarget(HISTORY, 0.1)).toBe(3);
    expect(epochsToTarget(HISTORY, 0.3)).toBe(2);
    expect(epochsToTarget(HISTORY, 0.01)).toBeNull();
  });

  it('uses the training loss for the best epoch when there is no validation set', () => {
    const noVal = [epoch(1, 0.5, Number.NaN), epoch(2, 0.2, Number.NaN), epoch(3, 0.4, Number.NaN)];
    expect(bestEpoch(noVal)).toEqual({ epoch: 2, loss: 0.2 });
  });

  it('reports the last finite epoch of a diverged run and never counts NaN as reaching the target', () => {
    const diverged = [epoch(1, 0.6, 0.6), epoch(2, 0.4, 0.5), epoch(3, Number.NaN, Number.NaN)];
    const f = variantFigures(diverged, 0.1);
    expect(f).toMatchObject({
      epochs: 3,
      finalTrainLoss: 0.4,
      finalValLoss: 0.5,
      bestEpoch: 2,
      epochsToTarget: null,
      finalTrainAccuracy: null,
    });
  });

  it('summarises a whole run', () => {
    expect(variantFigures(HISTORY, 0.1)).toEqual({
      epochs: 5,
      finalTrainLoss: 0.02,
      finalValLoss: 0.3,
      finalTrainAccuracy: 0.99,
      finalValAccuracy: 0.94,
      bestEpoch: 3,
      bestLoss: 0.2,
      epochsToTarget: 3,
    });
    expect(defaultTargetLoss('classification')).toBe(0.1);
    expect(defaultTargetLoss('regression')).toBe(0.01);
  });
});
