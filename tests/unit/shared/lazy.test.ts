import { describe, expect, it } from 'vitest';
import { lazy } from '../../../src/shared/lazy';

describe('lazy', () => {
  it('makes its value once, on first use, and not for a look', () => {
    let made = 0;
    const value = lazy(() => ({ n: ++made }));
    expect(value.existing()).toBeNull();
    expect(made).toBe(0);
    const first = value.get();
    expect(value.get()).toBe(first);
    expect(value.existing()).toBe(first);
    expect(made).toBe(1);
  });
});
