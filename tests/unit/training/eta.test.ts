import { describe, expect, it } from 'vitest';
import { formatDuration, formatRate } from '../../../src/renderer/features/training/eta';

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
