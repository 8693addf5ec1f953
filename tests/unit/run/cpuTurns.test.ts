import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createComparisonRunner } from '../../../src/renderer/features/compare/compareSession';
import { compareStore } from '../../../src/renderer/features/compare/compareStore';
import { toEditorGraph } from '../../../src/renderer/document/document';
import {
  cpuTurns,
  createCpuTurns,
  isCpuTurnsMessage,
  turnsAtOnce,
  type Wait,
} from '../../../src/renderer/run/cpuTurns';
import { DATASET, GRAPH, TRAINING } from '../compare/fixtures';
import { fakeClient, fakeTimers, settle } from './fakes';

describe('turns on the cores for a comparison’s workers', () => {
  it('leaves one core to the page, and at least one turn', () => {
    expect(turnsAtOnce(2)).toBe(1);
    expect(turnsAtOnce(8)).toBe(7);
    expect(turnsAtOnce(1)).toBe(1);
    expect(turnsAtOnce(undefined)).toBe(1);
    expect(turnsAtOnce(Number.NaN)).toBe(1);
  });

  it('makes turns only where memory can be shared and the workers outnumber the cores less one', () => {
    expect(createCpuTurns(2, 2, false)).toBeNull();
    expect(createCpuTurns(1, 2, true)).toBeNull();
    expect(createCpuTurns(4, 8, true)).toBeNull();
    const turns = createCpuTurns(2, 2, true)!;
    expect(turns).toBeInstanceOf(SharedArrayBuffer);
    expect(Array.from(new Int32Array(turns))).toEqual([0, 0, 1]);
    expect(Array.from(new Int32Array(createCpuTurns(8, 4, true)!))).toEqual([0, 0, 3]);
    expect(isCpuTurnsMessage({ type: 'cpu-turns', buffer: turns })).toBe(true);
    expect(isCpuTurnsMessage({ type: 'cpu-turns', buffer: new ArrayBuffer(12) })).toBe(false);
    expect(isCpuTurnsMessage({ type: 'start' })).toBe(false);
  });

  it('runs a turn at once while fewer than atOnce run, and waits otherwise', () => {
    const waits: number[][] = [];
    const wait: Wait = (_view, index, value) => {
      waits.push([index, value]);
      return 'timed-out';
    };
    const order: string[] = [];
    const turns = createCpuTurns(3, 3, true)!; // two at once
    const first = cpuTurns(turns, wait);
    const second = cpuTurns(turns, wait);
    const third = cpuTurns(turns, wait);
    first.run(() => {
      order.push('first');
      second.run(() => {
        order.push('second');
        // Two turns run: the third waits on the ended counter, at 0 (here it gives up as if the others died).
        third.run(() => order.push('third'));
      });
    });
    expect(order).toEqual(['first', 'second', 'third']);
    expect(waits).toEqual([[1, 0]]);
    // Four turns ended (three and the one counted as stale), four tickets taken: the next runs at once.
    expect(Array.from(new Int32Array(turns))).toEqual([3, 4, 2]);
  });

  it('ends a turn whose slice throws, so the next one does not wait', () => {
    const turns = createCpuTurns(2, 2, true)!;
    const waited: number[] = [];
    const mine = cpuTurns(turns, (_v, _i, value) => (waited.push(value), 'timed-out'));
    expect(() =>
      mine.run(() => {
        throw new Error('slice failed');
      }),
    ).toThrow('slice failed');
    mine.run(() => undefined);
    expect(waited).toEqual([]);
    expect(Array.from(new Int32Array(turns))).toEqual([2, 2, 1]);
  });

  const WORKER = new URL('./cpuTurnsWorker.ts', import.meta.url).href;

  async function race(workers: number, cores: number, slices: number): Promise<number[]> {
    const turns = createCpuTurns(workers, cores, true)!;
    const probe = new SharedArrayBuffer(12);
    await Promise.all(
      Array.from(
        { length: workers },
        () =>
          new Promise<void>((resolve, reject) => {
            // The worker loads the TypeScript module through tsx, as the CLI does.
            const w = new Worker(
              `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); })`,
              { eval: true, workerData: { turns, probe, slices } },
            );
            w.once('message', () => void w.terminate().then(() => resolve()));
            w.once('error', reject);
          }),
      ),
    );
    return Array.from(new Int32Array(probe));
  }

  it('lets threads that race for one turn run one at a time, every slice of each', async () => {
    const [running, most, done] = await race(3, 2, 20);
    expect(done).toBe(60);
    expect(running).toBe(0);
    expect(most).toBe(1);
  }, 30_000);

  it('lets two run at once on three cores, never three', async () => {
    const [, most, done] = await race(3, 3, 20);
    expect(done).toBe(60);
    expect(most).toBeLessThanOrEqual(2);
  }, 30_000);
});

describe('a comparison’s workers', () => {
  /** Starts a 3-variant comparison on 2 cores; returns the turns each lane's worker was given. */
  async function lanesGiven(sharedMemory: boolean): Promise<(SharedArrayBuffer | null | undefined)[]> {
    compareStore.setState({ comparisons: [], activeId: null, error: null });
    const given: (SharedArrayBuffer | null | undefined)[] = [];
    const timers = fakeTimers();
    const runner = createComparisonRunner({
      store: compareStore,
      createClient: (turns) => {
        given.push(turns);
        return fakeClient();
      },
      sharedMemory: () => sharedMemory,
      timers,
      now: timers.now,
      clock: () => new Date(Date.UTC(2026, 0, 1) + timers.now()),
      cores: () => 2,
    });
    const doc = { name: 'spiral', description: '', graph: toEditorGraph(GRAPH), dataset: DATASET, training: TRAINING };
    await runner.start(doc, { kind: 'activation' }, ['sigmoid', 'relu', 'tanh']);
    for (let i = 0; i < 20 && given.length < 2; i++) await settle();
    runner.stopAll();
    return given;
  }

  it('share one set of turns across the lanes of a comparison', async () => {
    const given = await lanesGiven(true);
    // Two cores: two workers for three variants, taking turns on one core.
    expect(given).toHaveLength(2);
    expect(given[0]).toBeInstanceOf(SharedArrayBuffer);
    expect(given[1]).toBe(given[0]);
    expect(new Int32Array(given[0]!)[2]).toBe(1);
  });

  it('get none where memory cannot be shared', async () => {
    const given = await lanesGiven(false);
    expect(given).toHaveLength(2);
    expect(given).toEqual([null, null]);
  });
});
