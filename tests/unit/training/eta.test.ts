import { describe, expect, it } from 'vitest';
import { formatRate } from '../../../src/renderer/features/training/eta';

describe('formatting', () => {
  it('groups the sample rate', () => {
    expect(formatRate(12_345.6)).toBe('12,346/s');
    expect(formatRate(null)).toBe('—');
  });
});
