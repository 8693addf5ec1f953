import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../src/shared/duration';
import { createTranslator } from '../../../src/shared/i18n';

describe('formatDuration', () => {
  it('writes each size of duration in its own unit', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(1234)).toBe('1.2 s');
    expect(formatDuration(12_400)).toBe('12 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(3_720_000)).toBe('1 h 2 min');
  });

  it('rounds before it splits, so a minute never shows 60 seconds', () => {
    expect(formatDuration(119_600)).toBe('2 min 0 s');
    expect(formatDuration(59_600)).toBe('1 min 0 s');
    expect(formatDuration(3_599_600)).toBe('1 h 0 min');
    expect(formatDuration(7_199_999)).toBe('2 h 0 min');
  });

  it('moves to the next unit exactly at the rounding edges', () => {
    expect(formatDuration(999.4)).toBe('999 ms');
    expect(formatDuration(999.6)).toBe('1.0 s');
    expect(formatDuration(9_949)).toBe('9.9 s');
    expect(formatDuration(9_950)).toBe('10 s');
    expect(formatDuration(59_499)).toBe('59 s');
    expect(formatDuration(0.4)).toBe('0 s');
  });

  it('writes the units in the reader’s language', () => {
    const ja = createTranslator('ja');
    expect(formatDuration(850, ja)).toBe('850 ミリ秒');
    expect(formatDuration(1234, ja)).toBe('1.2 秒');
    expect(formatDuration(125_000, ja)).toBe('2 分 5 秒');
    expect(formatDuration(3_720_000, ja)).toBe('1 時間 2 分');
    expect(formatDuration(0.4, ja)).toBe('0 秒');
    expect(formatDuration(125_000, createTranslator('en'))).toBe('2 min 5 s');
  });

  it('says — when the duration is not known', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(Number.NaN)).toBe('—');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('—');
    expect(formatDuration(-5)).toBe('—');
  });
});
