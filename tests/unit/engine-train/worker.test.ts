/**
 * The worker_threads binding (src/cli/worker.ts) in a real thread. Node 20 ignores `--import tsx` in a
 * Worker's execArgv (nodejs/node#47747, fixed in Node 22.2), so the thread starts from a two-line
 * bootstrap that registers tsx and then imports the TypeScript entry.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { HostCommand, HostEvent, StartCommand } from '../../../src/engine/protocol/messages';
import { mlp } from './networks';

const entry = new URL('../../../src/cli/worker.ts', import.meta.url).href;

function spawnTrainingWorker(): Worker {
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true });
}

/** Sends commands, collects events until `until` says so, then disposes and waits for the thread to exit. */
function session(start: StartCommand, onEvent: (e: HostEvent, send: (c: HostCommand) => void) => boolean) {
  return new Promise<{ events: HostEvent[]; exitCode: number }>((resolve, reject) => {
    const worker = spawnTrainingWorker();
    const events: HostEvent[] = [];
    const send = (c: HostCommand) => worker.postMessage(c);
    worker.on('message', (e: HostEvent) => {
      events.push(e);
      if (onEvent(e, send)) send({ type: 'dispose' });
    });
    worker.on('error', reject);
    worker.on('exit', (exitCode) => resolve({ events, exitCode }));
    send(start);
  });
}

const xorStart = (epochs: number): StartCommand => ({
  type: 'start',
  graph: mlp([8], 'relu', 'sigmoid'),
  datasetSpec: { kind: 'xor', samples: 200, noise: 0, validationSplit: 0.3, seed: 1 },
  training: { optimizer: 'adam', learningRate: 0.03, batchSize: 16, epochs, seed: 42 },
  liveGrid: { xRange: [-6, 6], yRange: [-6, 6], resolution: 20 },
});

describe('worker_threads binding', () => {
  it('trains in a thread, sends metrics, grids and done, and exits on dispose', async () => {
    const { events, exitCode } = await session(xorStart(10), (e) => e.type === 'done' || e.type === 'error');
    expect(exitCode).toBe(0);
    expect(events[0]).toMatchObject({
      type: 'ready',
      batchesPerEpoch: 9,
      dataset: { trainSize: 140, validationSize: 60 },
    });
    const grid = events.find((e) => e.type === 'grid') as Extract<HostEvent, { type: 'grid' }>;
    expect(grid.values).toBeInstanceOf(Float32Array);
    expect(grid.values).toHaveLength(400);
    const epochs = events.flatMap((e) => (e.type === 'metrics' ? e.epochs : []));
    expect(epochs.map((m) => m.epoch)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(events.at(-1)).toMatchObject({ type: 'done', end: 'completed', message: 'Trained for 10 epochs.' });
  });

  it('stops a long run when asked, then reports a graph that does not compile as an error event', async () => {
    let stopped = false;
    const bad = xorStart(5);
    bad.graph = { nodes: bad.graph.nodes, edges: [] };
    const { events } = await session(xorStart(100_000), (e, send) => {
      if (e.type === 'metrics' && !stopped) {
        stopped = true;
        send({ type: 'stop' });
      }
      if (e.type === 'done') send(bad); // the same worker takes a new start after a run ends
      return e.type === 'error';
    });
    const done = events.find((e) => e.type === 'done') as Extract<HostEvent, { type: 'done' }>;
    expect(done).toMatchObject({ type: 'done', end: 'stopped' });
    expect(done.history.length).toBeLessThan(100_000);
    const error = events.at(-1) as Extract<HostEvent, { type: 'error' }>;
    expect(error.type).toBe('error');
    expect(error.message).toMatch(/^The network cannot be trained yet/);
    expect(error.problems!.length).toBeGreaterThan(0);
  });
});
