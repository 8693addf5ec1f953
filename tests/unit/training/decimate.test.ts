import { describe, expect, it } from 'vitest';
import type { EpochMetrics } from '../../../src/engine';
import { overlaidLossRows } from '../../../src/renderer/features/compare/CompareLossChart';
import { decimateBy, decimateSeries } from '../../../src/renderer/ui/charts/decimate';

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

describe('decimateBy (accessors, the charts’ fast form)', () => {
  it('keeps the same points as decimateSeries by field name', () => {
    const points = run(15_000);
    const byName = decimateSeries(points, 300, [4242], ['train', 'validation']);
    const byAccessor = decimateBy(points, 300, [4242], [(p) => p.train, (p) => p.validation]);
    expect(byAccessor).toEqual(byName);
  });
});

describe('overlaidLossRows (the comparison chart)', () => {
  const history = (length: number, spikeAt: number) =>
    Array.from({ length }, (_, i) => ({
      epoch: i + 1,
      trainLoss: i + 1 === spikeAt ? 50 : 1 / (1 + i / 50),
      valLoss: 1.1 / (1 + i / 60),
    })) as unknown as EpochMetrics[];

  it('stays within the row budget on long runs and keeps each variant’s spike, with every variant’s value in a row', () => {
    const variants = [
      { history: history(30_000, 777) },
      { history: history(20_000, 15_555) },
      { history: history(30_000, 29_000) },
    ];
    const rows = overlaidLossRows(variants, 400);
    expect(rows.length).toBeLessThanOrEqual(400);
    expect(rows.length).toBeGreaterThan(100);
    for (let i = 1; i < rows.length; i++) expect(rows[i].epoch!).toBeGreaterThan(rows[i - 1].epoch!);
    expect(rows.some((r) => r.epoch === 777 && r.t0 === 50)).toBe(true);
    expect(rows.some((r) => r.epoch === 15_555 && r.t1 === 50)).toBe(true);
    expect(rows.some((r) => r.epoch === 29_000 && r.t2 === 50)).toBe(true);
    // A row past the shorter variant's end holds the others only.
    const late = rows.find((r) => r.epoch! > 20_000)!;
    expect(late.t1).toBeUndefined();
    expect(late.t0).toBeCloseTo(1 / (1 + (late.epoch! - 1) / 50));
    expect(rows[rows.length - 1].epoch).toBe(30_000);
  });

  it('gives every epoch of short runs', () => {
    const rows = overlaidLossRows([{ history: history(50, 0) }, { history: history(40, 0) }]);
    expect(rows.map((r) => r.epoch)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(rows[45].v1).toBeUndefined();
  });
});
