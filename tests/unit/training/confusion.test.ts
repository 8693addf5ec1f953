import { describe, expect, it } from 'vitest';
import { argmaxRows, confusionMatrix } from '../../../src/renderer/ui/charts/confusion';

describe('confusionMatrix', () => {
  it('counts true class by predicted class', () => {
    const m = confusionMatrix([0, 0, 1, 2, 2, 2], [0, 1, 1, 2, 0, 2], 3);
    expect(m.counts).toEqual([
      [1, 1, 0],
      [0, 1, 0],
      [1, 0, 2],
    ]);
    expect(m.correct).toBe(4);
    expect(m.total).toBe(6);
  });

  it('refuses labels outside the classes and mismatched lengths with a sentence', () => {
    expect(() => confusionMatrix([0, 3], [0, 0], 3)).toThrow(/Sample 1 has class 3/);
    expect(() => confusionMatrix([0], [0, 1], 2)).toThrow(/same length/);
  });
});

describe('argmaxRows', () => {
  it('picks the most probable class of each softmax row', () => {
    expect(Array.from(argmaxRows([0.1, 0.7, 0.2, 0.5, 0.2, 0.3], 3))).toEqual([1, 0]);
  });

  it('thresholds a single sigmoid output at one half', () => {
    expect(Array.from(argmaxRows([0.2, 0.5, 0.9], 1))).toEqual([0, 1, 1]);
  });
});
