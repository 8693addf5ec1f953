import { describe, expect, it } from 'vitest';
import { nextStaggerIndex, replaceAt } from '../../../src/renderer/features/training/stagger';

describe('nextStaggerIndex', () => {
  it('says nothing is left when every shown value is the latest', () => {
    const a = [1];
    expect(nextStaggerIndex([a, a, 'running'], [a, a, 'running'], -1)).toBe(-1);
  });

  it('hands over the values in turn, starting after the last one handed over', () => {
    const old = [1];
    const fresh = [1, 2];
    const shown = [old, old, old, 'running'];
    const latest = [fresh, fresh, fresh, 'running'];
    expect(nextStaggerIndex(shown, latest, -1)).toBe(0);
    expect(nextStaggerIndex(shown, latest, 0)).toBe(1);
    expect(nextStaggerIndex(shown, latest, 1)).toBe(2);
    // After the last of the turn it starts again from the first.
    expect(nextStaggerIndex(shown, latest, 2)).toBe(0);
    expect(nextStaggerIndex(shown, latest, 3)).toBe(0);
  });

  it('does not let a value that changes often starve the others', () => {
    const old = [1];
    const fresh = [2];
    // The first value changed again, but the second has waited since the previous turn.
    expect(nextStaggerIndex([fresh, old, 'x'], [[3], fresh, 'x'], 0)).toBe(1);
  });

  it('hands over the last value only once all the others are shown', () => {
    const old = [1];
    const fresh = [2];
    expect(nextStaggerIndex([old, fresh, 'running'], [fresh, fresh, 'done'], 1)).toBe(0);
    expect(nextStaggerIndex([fresh, fresh, 'running'], [fresh, fresh, 'done'], 0)).toBe(2);
  });

  it('compares by identity, as React does', () => {
    expect(nextStaggerIndex([[1], 'a'], [[1], 'a'], -1)).toBe(0);
    expect(nextStaggerIndex([Number.NaN, 'a'], [Number.NaN, 'a'], -1)).toBe(-1);
  });
});

describe('replaceAt', () => {
  it('replaces one value in a copy and leaves the original alone', () => {
    const values = ['a', 'b', 'c'] as const;
    expect(replaceAt(values, 1, 'x')).toEqual(['a', 'x', 'c']);
    expect(values).toEqual(['a', 'b', 'c']);
  });
});
