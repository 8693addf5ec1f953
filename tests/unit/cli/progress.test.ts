import { describe, expect, it } from 'vitest';
import type { EpochMetrics } from '../../../src/engine/types';
import { epochJson, fitColumns, plainEpochLine, progressBarLine, ProgressBar } from '../../../src/cli/progress';
import { createTranslator } from '../../../src/shared/i18n';

const metrics: EpochMetrics = {
  epoch: 7,
  trainLoss: 0.123456,
  valLoss: 0.2,
  trainAccuracy: 0.95,
  valAccuracy: 0.9333,
  learningRate: 0.01,
  elapsedMs: 1234,
};

describe('train output', () => {
  it('keeps accuracies in the JSON line for classification only', () => {
    expect(epochJson(metrics, 'classification')).toEqual({
      epoch: 7,
      trainLoss: 0.123456,
      valLoss: 0.2,
      trainAccuracy: 0.95,
      valAccuracy: 0.9333,
    });
    expect(epochJson(metrics, 'regression')).toEqual({ epoch: 7, trainLoss: 0.123456, valLoss: 0.2 });
  });

  it('writes null, not NaN, for a missing validation loss (JSON has no NaN)', () => {
    const line = epochJson({ ...metrics, valLoss: Number.NaN }, 'regression');
    expect(JSON.parse(JSON.stringify(line)).valLoss).toBeNull();
  });

  it('formats plain lines and durations', () => {
    expect(plainEpochLine(metrics, 200, 'classification')).toBe(
      'epoch   7/200  train loss 0.1235  val loss 0.2000  train acc 95.0%  val acc 93.3%',
    );
    expect(plainEpochLine(metrics, 9, 'regression')).toBe('epoch 7/9  train loss 0.1235  val loss 0.2000');
  });

  it('draws a bar with the epoch, losses, accuracy and time left, no wider than the terminal', () => {
    const state = { epoch: 7, totalEpochs: 20, fraction: 0.35, latest: metrics, remainingMs: 42_000 };
    const line = progressBarLine(state, 'classification', 200);
    expect(line).toBe(
      'Epoch 7/20 [#######-------------]  35%  train loss 0.1235  val loss 0.2000  train acc 95.0%  val acc 93.3%  left 42 s',
    );
    expect(progressBarLine(state, 'classification', 40)).toHaveLength(39);
  });

  it('speaks Japanese under a Japanese locale, and cuts the bar by terminal columns (kanji take two)', () => {
    const ja = createTranslator('ja');
    expect(plainEpochLine(metrics, 200, 'classification', ja)).toBe(
      'エポック   7/200  訓練損失 0.1235  検証損失 0.2000  訓練正解率 95.0%  検証正解率 93.3%',
    );
    const state = { epoch: 7, totalEpochs: 20, fraction: 0.35, latest: metrics, remainingMs: 125_000 };
    expect(progressBarLine(state, 'regression', 200, ja)).toBe(
      'エポック 7/20 [#######-------------]  35%  訓練損失 0.1235  検証損失 0.2000  残り 2 分 5 秒',
    );
    // 40 columns: 'エポック' takes 8 of them, so the cut comes sooner than 39 characters.
    const cut = progressBarLine(state, 'regression', 40, ja);
    expect(cut).toBe('エポック 7/20 [#######-------------]  3');
    expect(fitColumns('訓練損失', 5)).toBe('訓練');
    expect(fitColumns('訓練損失', 1)).toBe('訓');
  });

  it('redraws in place and ends with a newline', () => {
    let out = '';
    const bar = new ProgressBar({ write: (s: string) => (out += s) });
    bar.draw('one');
    bar.draw('two');
    bar.finish();
    expect(out).toBe('\rone\x1b[K\rtwo\x1b[K\n');
  });
});
