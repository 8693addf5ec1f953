import { describe, expect, it } from 'vitest';
import { formatRate } from '../../../src/renderer/features/training/eta';
import { createTranslator } from '../../../src/shared/i18n';

describe('formatting', () => {
  it('groups the sample rate as the language does', () => {
    expect(formatRate(12_345.6, createTranslator('en'))).toBe('12,346 samples/s');
    expect(formatRate(12_345.6, createTranslator('ja'))).toBe('毎秒 12,346 サンプル');
    expect(formatRate(null, createTranslator('en'))).toBe('—');
  });
});
