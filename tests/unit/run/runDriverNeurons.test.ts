/** The run driver carries neuron pictures: throttled while live, kept at the end, ignored from a replaced run. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { NeuronsEvent } from '../../../src/engine';
import { createRunDriver, type RunDriver, type RunRequest } from '../../../src/renderer/run/runDriver';
import { epoch, fakeClient, fakeTimers, readyEvent, settle, type FakeClient, type FakeTimers } from './fakes';

const request: RunRequest = {
  graph: { nodes: [], edges: [] },
  dataset: { kind: 'xor', samples: 14, noise: 0.1, validationSplit: 0.3, seed: 1 },
  training: { optimizer: 'adam', learningRate: 0.01, batchSize: 5, epochs: 3, seed: 42 },
};

const pictures = (e: number): NeuronsEvent => ({
  type: 'neurons',
  nodeIds: ['h'],
  epoch: e,
  kind: 'plane',
  resolution: 1,
  computeMs: 1,
  pictures: [
    {
      nodeId: 'h',
      activation: 'tanh',
      units: 1,
      first: 0,
      shown: 1,
      cells: 1,
      values: new Float32Array([e]),
      min: e,
      max: e,
    },
  ],
});

let client: FakeClient;
let timers: FakeTimers;
let driver: RunDriver;

beforeEach(() => {
  client = fakeClient();
  timers = fakeTimers();
  driver = createRunDriver({
    client,
    timers,
    now: timers.now,
    clock: () => new Date(Date.UTC(2026, 0, 1) + timers.now()),
    newRunId: () => 'run-1',
    onChange: () => undefined,
  });
});

describe('neuron pictures in the run driver', () => {
  it('asks the worker once per change of the watched nodes', () => {
    driver.watchNeurons(['h']);
    driver.watchNeurons(['h']);
    driver.watchNeurons(['h', 'out']);
    expect(client.sent).toEqual([
      { type: 'watchNeurons', nodeIds: ['h'] },
      { type: 'watchNeurons', nodeIds: ['h', 'out'] },
    ]);
  });

  it("asks again when the inspector's window of units changes, not when it is the same", () => {
    driver.watchNeurons(['h'], { nodeId: 'h', first: 0, count: 48 });
    driver.watchNeurons(['h'], { nodeId: 'h', first: 0, count: 48 });
    driver.watchNeurons(['h'], { nodeId: 'h', first: 6, count: 48 });
    driver.watchNeurons(['h'], null);
    expect(client.sent).toEqual([
      { type: 'watchNeurons', nodeIds: ['h'], window: { nodeId: 'h', first: 0, count: 48 } },
      { type: 'watchNeurons', nodeIds: ['h'], window: { nodeId: 'h', first: 6, count: 48 } },
      { type: 'watchNeurons', nodeIds: ['h'] },
    ]);
  });

  it('hands on the latest pictures with the next flush, keeps them at the end, and follows the final model', async () => {
    driver.watchNeurons(['h']);
    const finished = driver.start(request);
    await settle();
    client.emit(pictures(9)); // before 'ready': the run being replaced
    client.emit(readyEvent);
    client.emit({ type: 'state', state: 'running' });
    expect(driver.state().neurons).toBeNull();
    client.emit(pictures(1));
    client.emit(pictures(2));
    expect(driver.state().neurons).toBeNull(); // throttled with the epochs and grids
    timers.advance(1000);
    expect(driver.state().neurons?.epoch).toBe(2);
    client.emit({ type: 'metrics', epochs: [epoch(1), epoch(2), epoch(3)] });
    client.emit(pictures(3));
    client.emit({ type: 'state', state: 'done' });
    client.emit({ type: 'done', end: 'completed', message: 'Done.', history: [epoch(1), epoch(2), epoch(3)] });
    expect(driver.state().neurons?.epoch).toBe(3);
    client.weightRequests[0].resolve({ epoch: 3, weights: {} });
    await finished;
    // A node expanded after the end: the worker pictures the final weights, at once.
    client.emit(pictures(30));
    expect(driver.state().neurons?.epoch).toBe(30);
    driver.watchNeurons([]);
    expect(driver.state().neurons).toBeNull();
    driver.reset();
    client.emit(pictures(31));
    expect(driver.state().neurons).toBeNull();
  });
});
