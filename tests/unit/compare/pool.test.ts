import { describe, expect, it } from 'vitest';
import { poolSize, runInPool } from '../../../src/renderer/features/compare/pool';

describe('variant pool', () => {
  it('uses the cores, at least one worker and never more than the variants', () => {
    expect(poolSize(8, 4)).toBe(4);
    expect(poolSize(2, 4)).toBe(2);
    expect(poolSize(undefined, 4)).toBe(1);
    expect(poolSize(0, 3)).toBe(1);
    expect(poolSize(16, 1)).toBe(1);
  });

  it('runs every job once, at most one per worker at a time, and a failing job does not stop the rest', async () => {
    const running = new Set<string>();
    const seen: number[] = [];
    let most = 0;
    await runInPool(5, ['w1', 'w2'], async (job, worker) => {
      expect(running.has(worker)).toBe(false);
      running.add(worker);
      most = Math.max(most, running.size);
      await new Promise((r) => setTimeout(r, 5 + job));
      running.delete(worker);
      seen.push(job);
      if (job === 1) throw new Error('variant failed');
    });
    expect(seen.sort()).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });

  it('starts no queued job once cancelled', async () => {
    let cancelled = false;
    const started: number[] = [];
    await runInPool(
      4,
      ['only'],
      async (job) => {
        started.push(job);
        cancelled = job === 1;
      },
      () => cancelled,
    );
    expect(started).toEqual([0, 1]);
  });
});
