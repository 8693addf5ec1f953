import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { realTimers } from '../../../src/shared/timers';
import { createThrottle } from '../../../src/renderer/ui/charts/throttle';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createThrottle (live chart updates)', () => {
  it('hands the first value on at once, then at most one per interval, always ending on the newest', () => {
    const shown: number[] = [];
    const throttle = createThrottle<number>(realTimers, 500, (v) => shown.push(v));
    throttle.push(1);
    expect(shown).toEqual([1]);
    // Forty epochs arrive over the next second (one every 25 ms): two redraws, each with the newest so far.
    for (let epoch = 2; epoch <= 41; epoch++) {
      vi.advanceTimersByTime(25);
      throttle.push(epoch);
    }
    expect(shown).toEqual([1, 20, 40]);
    vi.advanceTimersByTime(500);
    expect(shown).toEqual([1, 20, 40, 41]);
    // Quiet for a while: the next value is drawn at once again.
    vi.advanceTimersByTime(2000);
    throttle.push(42);
    expect(shown).toEqual([1, 20, 40, 41, 42]);
  });

  it('flush hands a waiting value on now; dispose drops it and hands nothing on after', () => {
    const shown: string[] = [];
    const throttle = createThrottle<string>(realTimers, 500, (v) => shown.push(v));
    throttle.push('a');
    throttle.push('b');
    throttle.flush();
    expect(shown).toEqual(['a', 'b']);
    throttle.push('c'); // a fresh interval: at once
    throttle.push('d');
    throttle.dispose();
    vi.advanceTimersByTime(1000);
    throttle.push('e');
    expect(shown).toEqual(['a', 'b', 'c']);
    expect(vi.getTimerCount()).toBe(0);
  });
});
