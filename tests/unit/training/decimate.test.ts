import { describe, expect, it } from 'vitest';
import { decimateSeries } from '../../../src/renderer/ui/charts/decimate';

/** A falling loss with noise, one spike and one dip, like a long run's history. */
function run(length: number) {
  return Array.from({ length }, (_, i) => ({
    epoch: i + 1,
    train: i === 7321 ? 9 : 1 / (1 + i / 100) + 0.01 * Math.sin(i * 1.7),
    validation: i === 12_002 ? -1 : i % 3 === 0 ? null : 1.2 / (1 + i / 120),
  }));
}

describe('decimateSeries (min/max per bucket)', () => {
  it('gives short series back whole, as a copy', () => {
    const points = run(100);
    const out = decimateSeries(points, 300);
    expect(out).toEqual(points);
    expect(out).not.toBe(points);
  });

  it('bounds a long series to the size asked for, in epoch order, keeping first and last', () => {
    const points = run(15_000);
    for (const max of [300, 101, 10]) {
      const out = decimateSeries(points, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out.length).toBeGreaterThan(max / 2);
      expect(out[0].epoch).toBe(1);
      expect(out[out.length - 1].epoch).toBe(15_000);
      for (let i = 1; i < out.length; i++) expect(out[i].epoch).toBeGreaterThan(out[i - 1].epoch);
    }
  });

  it('keeps every series extreme (the spike and the dip an even thinning would lose) and the marked epoch', () => {
    const points = run(15_000);
    const out = decimateSeries(points, 300, [4242]);
    expect(out.some((p) => p.train === 9)).toBe(true);
    expect(out.some((p) => p.validation === -1)).toBe(true);
    expect(out.some((p) => p.epoch === 4242)).toBe(true);
    // Within each stretch of the series the drawn curve reaches the same lowest and highest training loss.
    const trainValues = (ps: typeof points) => ps.map((p) => p.train);
    expect(Math.max(...trainValues(out))).toBe(Math.max(...trainValues(points)));
    expect(Math.min(...trainValues(out))).toBe(Math.min(...trainValues(points)));
  });

  it('skips nulls and non-finite values and uses only the keys it is given', () => {
    const points = Array.from({ length: 1000 }, (_, i) => ({
      epoch: i,
      a: i === 500 ? Number.NaN : i === 501 ? 100 : 0,
      b: i === 900 ? 100 : 0,
    }));
    const onlyA = decimateSeries(points, 20, [], ['a']);
    expect(onlyA.some((p) => p.epoch === 501)).toBe(true);
    expect(onlyA.some((p) => p.epoch === 500)).toBe(false);
    expect(onlyA.some((p) => p.epoch === 900)).toBe(false);
    expect(decimateSeries(points, 20).some((p) => p.epoch === 900)).toBe(true);
  });
});
