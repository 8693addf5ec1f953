import { describe, expect, it } from 'vitest';
import { formatDuration, formatRate, progressFigures } from '../../../src/renderer/features/training/eta';

describe('progressFigures', () => {
  it('extrapolates the time left from the time per batch so far', () => {
    const f = progressFigures({
      epoch: 2,
      totalEpochs: 10,
      batchInEpoch: 5,
      batchesPerEpoch: 10,
      samplesSeen: 400,
      trainingMs: 2500,
    });
    expect(f.fraction).toBeCloseTo(0.25);
    expect(f.samplesPerSecond).toBeCloseTo(160);
    // 25 batches in 2.5 s → 0.1 s per batch, 75 batches left.
    expect(f.remainingMs).toBeCloseTo(7500);
  });

  it('has no rate or time left before the first batch', () => {
    const f = progressFigures({
      epoch: 0,
      totalEpochs: 10,
      batchInEpoch: 0,
      batchesPerEpoch: 10,
      samplesSeen: 0,
      trainingMs: 0,
    });
    expect(f).toEqual({ fraction: 0, samplesPerSecond: null, remainingMs: null });
  });

  it('is complete and has nothing left at the end', () => {
    const f = progressFigures({
      epoch: 10,
      totalEpochs: 10,
      batchInEpoch: 0,
      batchesPerEpoch: 4,
      samplesSeen: 640,
      trainingMs: 1000,
    });
    expect(f.fraction).toBe(1);
    expect(f.remainingMs).toBe(0);
  });
});

describe('formatting', () => {
  it('writes durations a person reads at a glance', () => {
    expect(formatDuration(200)).toBe('<1 s');
    expect(formatDuration(12_400)).toBe('12 s');
    expect(formatDuration(185_000)).toBe('3 min 05 s');
    expect(formatDuration(3_720_000)).toBe('1 h 02 min');
    expect(formatDuration(Number.NaN)).toBe('—');
  });

  it('groups the sample rate', () => {
    expect(formatRate(12_345.6)).toBe('12,346/s');
    expect(formatRate(null)).toBe('—');
  });
});
