import { describe, expect, it } from 'vitest';
import type { EpochMetrics } from '../../../src/engine/types';
import {
  accuracySeries,
  bestValidationEpoch,
  finiteHistory,
  lossSeries,
  memorisationPoint,
  smallestPositiveLoss,
} from '../../../src/renderer/ui/charts/lossSeries';

function epochs(train: number[], val: number[], acc?: [number, number][]): EpochMetrics[] {
  return train.map((t, i) => ({
    epoch: i + 1,
    trainLoss: t,
    valLoss: val[i],
    learningRate: 0.01,
    elapsedMs: i * 10,
    ...(acc ? { trainAccuracy: acc[i][0], valAccuracy: acc[i][1] } : {}),
  }));
}

describe('lossSeries', () => {
  it('shades the gap from the lower to the higher loss whichever curve is on top', () => {
    const s = lossSeries(epochs([0.5, 0.3, 0.1], [0.4, 0.35, 0.6]));
    expect(s.map((p) => p.gap)).toEqual([
      [0.4, 0.5],
      [0.3, 0.35],
      [0.1, 0.6],
    ]);
    expect(s.map((p) => p.epoch)).toEqual([1, 2, 3]);
  });

  it('leaves the gap out when there is no validation set', () => {
    const s = lossSeries(epochs([0.5, 0.3], [Number.NaN, Number.NaN]));
    expect(s.map((p) => p.gap)).toEqual([null, null]);
    expect(s.map((p) => p.validation)).toEqual([null, null]);
    expect(s.map((p) => p.train)).toEqual([0.5, 0.3]);
  });

  it('stops at the last finite epoch of a diverged run', () => {
    const h = epochs([0.5, 0.3, Number.POSITIVE_INFINITY, Number.NaN], [0.5, 0.4, 1, 1]);
    expect(finiteHistory(h).map((m) => m.epoch)).toEqual([1, 2]);
    expect(lossSeries(h)).toHaveLength(2);
  });
});

describe('bestValidationEpoch', () => {
  it('finds the epoch of lowest validation loss, earliest on ties', () => {
    const best = bestValidationEpoch(epochs([1, 0.8, 0.6, 0.4, 0.2], [1, 0.5, 0.7, 0.5, 0.9]));
    expect(best).toEqual({ epoch: 2, valLoss: 0.5, epochsSince: 3 });
  });

  it('is null without validation losses', () => {
    expect(bestValidationEpoch(epochs([1, 0.5], [Number.NaN, Number.NaN]))).toBeNull();
    expect(bestValidationEpoch([])).toBeNull();
  });

  it('marks memorisation only once validation loss has not improved for a while', () => {
    const improving = epochs([1, 0.9, 0.8, 0.7], [1, 0.9, 0.8, 0.7]);
    expect(memorisationPoint(improving)).toBeNull();
    const train = Array.from({ length: 12 }, (_, i) => 1 / (i + 1));
    const val = [1, 0.8, 0.6, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
    expect(memorisationPoint(epochs(train, val))?.epoch).toBe(4);
    expect(memorisationPoint(epochs(train, val), 20)).toBeNull();
  });
});

describe('accuracySeries and log bounds', () => {
  it('gives percentages for classification and nothing for regression', () => {
    const a = accuracySeries(
      epochs(
        [1, 0.5],
        [1, 0.6],
        [
          [0.5, 0.4],
          [0.9, 0.8],
        ],
      ),
    );
    expect(a).toEqual([
      { epoch: 1, train: 50, validation: 40 },
      { epoch: 2, train: 90, validation: 80 },
    ]);
    expect(accuracySeries(epochs([1], [1]))).toEqual([]);
  });

  it('finds the smallest positive loss for a log axis', () => {
    expect(smallestPositiveLoss(lossSeries(epochs([0.5, 0.01], [0.2, 0])))).toBe(0.01);
    expect(smallestPositiveLoss([])).toBeNull();
  });
});

describe('thinSeries', () => {
  it('keeps short series whole and thins long ones, keeping the ends and the marked epoch', async () => {
    const { thinSeries } = await import('../../../src/renderer/ui/charts/lossSeries');
    const points = Array.from({ length: 5000 }, (_, i) => ({ epoch: i + 1, train: Math.sin(i / 50) }));
    expect(thinSeries(points.slice(0, 100), 600)).toHaveLength(100);
    const thin = thinSeries(points, 600, [1234]);
    expect(thin.length).toBeLessThanOrEqual(600);
    expect(thin[0].epoch).toBe(1);
    expect(thin[thin.length - 1].epoch).toBe(5000);
    expect(thin.some((p) => p.epoch === 1234)).toBe(true);
  });
});
