import { beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/engine';
import {
  createRunDriver,
  isRunActive,
  type RunDriver,
  type RunRequest,
  type RunState,
} from '../../../src/renderer/run/runDriver';
import { epoch, fakeClient, fakeTimers, readyEvent, settle, type FakeClient, type FakeTimers } from './fakes';

const graph: Graph = {
  nodes: [
    { id: 'in', type: 'input', position: { x: 0, y: 0 }, params: {} },
    { id: 'h', type: 'dense', position: { x: 200, y: 0 }, params: { units: 1, activation: 'tanh' } },
    {
      id: 'out',
      type: 'output',
      position: { x: 400, y: 0 },
      params: { activation: 'sigmoid', loss: 'binaryCrossEntropy' },
    },
  ],
  edges: [
    { id: 'e1', source: 'in', target: 'h' },
    { id: 'e2', source: 'h', target: 'out' },
  ],
};

const request = (over: Partial<RunRequest> = {}): RunRequest => ({
  graph,
  dataset: { kind: 'xor', samples: 14, noise: 0.1, validationSplit: 0.3, seed: 1 },
  training: { optimizer: 'adam', learningRate: 0.01, batchSize: 5, epochs: 3, seed: 42 },
  ...over,
});

const weights = { h: { kernel: { shape: [2, 1], data: new Float32Array([0.5, -0.5]) } } };

let client: FakeClient;
let timers: FakeTimers;
let changes: RunState[];
let driver: RunDriver;
let ids: number;

beforeEach(() => {
  client = fakeClient();
  timers = fakeTimers();
  changes = [];
  ids = 0;
  driver = createRunDriver({
    client,
    timers,
    now: timers.now,
    clock: () => new Date(Date.UTC(2026, 0, 1) + timers.now()),
    newRunId: () => `run-${++ids}`,
    onChange: (s) => changes.push(s),
  });
});

/** Starts a run and lets the driver send its start command; `finished` resolves when the run is over. */
async function started(over: Partial<RunRequest> = {}): Promise<{ finished: Promise<RunState> }> {
  const finished = driver.start(request(over));
  await settle();
  return { finished };
}

function live(): void {
  client.emit(readyEvent);
  client.emit({ type: 'state', state: 'running' });
}

describe('the run driver', () => {
  it('starts a run, draws its epochs, and saves it with its weights once it ends', async () => {
    const { finished } = await started();
    expect(client.sent).toMatchObject([{ type: 'start', graph, training: { epochs: 3 } }]);
    expect(driver.state().status).toBe('starting');
    live();
    expect(driver.state().status).toBe('running');
    expect(isRunActive(driver.state().status)).toBe(true);
    client.emit({ type: 'metrics', epochs: [epoch(1), epoch(2)], firstEpochChecksum: 'abc' });
    timers.advance(1000);
    expect(driver.state().history.map((m) => m.epoch)).toEqual([1, 2]);
    expect(driver.state().firstEpochChecksum).toBe('abc');
    client.emit({ type: 'state', state: 'done' });
    expect(driver.state().status).toBe('running'); // the 'done' event carries the ending
    timers.advance(500);
    client.emit({
      type: 'done',
      end: 'completed',
      message: 'Trained for 3 epochs.',
      history: [epoch(1), epoch(2), epoch(3)],
    });
    expect(driver.state()).toMatchObject({ status: 'done', end: 'completed', wallMs: 1500 });
    expect(isRunActive(driver.state().status)).toBe(false);
    expect(driver.state().record).toBeNull();
    client.weightRequests[0].resolve({ epoch: 3, weights });
    const final = await finished;
    expect(final.weights).toBe(weights);
    expect(final.record).toMatchObject({
      id: 'run-1',
      startedAt: '2026-01-01T00:00:00.000Z',
      endedAt: '2026-01-01T00:00:01.500Z',
      end: 'completed',
      message: 'Trained for 3 epochs.',
      weights,
    });
    expect(final.record?.history.map((h) => h.epoch)).toEqual([1, 2, 3]);
    expect(final.record?.settings.graph?.nodes.map((n) => n.id)).toEqual(['in', 'h', 'out']);
    expect(changes[changes.length - 1]).toBe(final);
  });

  it('hands live epochs, progress and grids on together, at most once per flush interval', async () => {
    await started();
    live();
    const before = changes.length;
    for (let e = 1; e <= 5; e++) {
      client.emit({ type: 'metrics', epochs: [epoch(e)] });
      client.emit({
        type: 'progress',
        epoch: e + 1,
        batch: 0,
        batchesPerEpoch: 2,
        totalEpochs: 10,
        samplesPerSecond: 100,
        etaMs: 1000,
      });
      timers.advance(40);
    }
    expect(changes.length).toBe(before); // 200 ms: nothing drawn yet
    timers.advance(50);
    expect(changes.length).toBe(before + 1);
    expect(changes[changes.length - 1].history.map((m) => m.epoch)).toEqual([1, 2, 3, 4, 5]);
    expect(changes[changes.length - 1].progress?.epoch).toBe(6);
    timers.advance(1000);
    expect(changes.length).toBe(before + 1); // nothing new, nothing handed on
  });

  it('keeps the last progress once the run ends, so the progress line shows the run complete', async () => {
    await started();
    live();
    client.emit({ type: 'metrics', epochs: [epoch(1), epoch(2), epoch(3)] });
    // The host's last progress comes just before 'done', inside one flush interval.
    client.emit({
      type: 'progress',
      epoch: 3,
      batch: 0,
      batchesPerEpoch: 2,
      totalEpochs: 3,
      samplesPerSecond: 250,
      etaMs: 0,
    });
    client.emit({ type: 'done', end: 'completed', message: 'Trained.', history: [epoch(1), epoch(2), epoch(3)] });
    const s = driver.state();
    expect(s.status).toBe('done');
    expect(s.history).toHaveLength(3);
    expect(s.progress).toMatchObject({ totalEpochs: 3, samplesPerSecond: 250 });
  });

  it('flushes what is pending before a pause, and fetches the outputs then', async () => {
    const x = new Float32Array([0, 1, 2]);
    await started({ outputs: { kind: 'curve', x } });
    live();
    client.emit({ type: 'metrics', epochs: [epoch(1)] });
    client.emit({ type: 'state', state: 'paused' });
    expect(driver.state()).toMatchObject({ status: 'paused', history: [{ epoch: 1 }] });
    expect(client.predictions).toHaveLength(1);
    client.predictions[0].answer.resolve({
      type: 'prediction',
      rows: 3,
      width: 1,
      values: new Float32Array([5, 6, 7]),
    });
    await settle();
    expect(driver.state().outputs).toMatchObject({ kind: 'curve', epoch: 1, values: new Float32Array([5, 6, 7]) });
  });

  it('ignores events of the run it replaced until the new one is ready, and live events after the end', async () => {
    await started();
    // Still in the worker's queue from an earlier run on the same worker:
    client.emit({ type: 'metrics', epochs: [epoch(7)] });
    client.emit({ type: 'state', state: 'paused' });
    client.emit({ type: 'done', end: 'stopped', message: 'old', history: [epoch(7)] });
    timers.advance(1000);
    expect(driver.state()).toMatchObject({ status: 'starting', history: [], end: null });
    live();
    client.emit({ type: 'done', end: 'completed', message: 'new', history: [epoch(1)] });
    client.emit({ type: 'metrics', epochs: [epoch(2)] });
    client.emit({ type: 'state', state: 'running' });
    timers.advance(1000);
    expect(driver.state()).toMatchObject({ status: 'done', message: 'new', history: [{ epoch: 1 }] });
  });

  it('ends a run that fails while training with the error and the epochs it had, and saves no record', async () => {
    const { finished } = await started();
    live();
    client.emit({ type: 'metrics', epochs: [epoch(1)] });
    client.emit({ type: 'error', message: 'The training worker failed: out of memory.' });
    const final = await finished;
    expect(final).toMatchObject({ status: 'done', error: 'The training worker failed: out of memory.', record: null });
    expect(final.history.map((m) => m.epoch)).toEqual([1]);
    expect(client.weightRequests).toHaveLength(0);
  });

  it('goes back to idle with the problems when the worker refuses the start', async () => {
    const { finished } = await started();
    const problems = [
      { severity: 'error' as const, code: 'noPath', message: 'No path from input to output.', nodeId: 'h' },
    ];
    client.emit({ type: 'error', message: 'The network cannot be trained yet.', problems });
    const final = await finished;
    expect(final).toMatchObject({ status: 'idle', error: 'The network cannot be trained yet.', problems });
    // An error answering a request is the requester's, not the run's.
    await started();
    live();
    client.emit({ type: 'error', message: 'no grid for 3 inputs', requestId: 4 });
    expect(driver.state()).toMatchObject({ status: 'running', error: null });
  });

  it("keeps a refused start's dataset problem as data, for the panel to word, and clears it on the next start", async () => {
    const { finished } = await started();
    const message = 'The CSV is empty: it needs a header row naming the columns.';
    const problem = { code: 'csv-empty', message, params: {} };
    client.emit({ type: 'error', message, problem });
    expect(await finished).toMatchObject({ status: 'idle', error: message, errorProblem: problem });
    await started();
    expect(driver.state()).toMatchObject({ error: null, errorProblem: null });
  });

  it('keeps one ending when Stop is pressed while the outputs and weights are being read', async () => {
    const { finished } = await started({ outputs: { kind: 'classes', x: new Float32Array(4), rows: 2 } });
    live();
    client.emit({ type: 'done', end: 'completed', message: 'Trained for 1 epoch.', history: [epoch(1)] });
    driver.stop();
    expect(client.sent.filter((c) => c.type === 'stop')).toHaveLength(0);
    client.predictions[0].answer.resolve({ type: 'prediction', rows: 2, width: 2, values: new Float32Array(4) });
    client.weightRequests[0].resolve({ epoch: 1, weights });
    const final = await finished;
    expect(final).toMatchObject({ status: 'done', end: 'completed', outputs: { kind: 'classes', rows: 2, epoch: 1 } });
    expect(final.record?.end).toBe('completed');
    expect(changes.filter((s) => s.record !== null)).toHaveLength(1);
  });

  it('saves the run without weights when they cannot be read', async () => {
    const { finished } = await started();
    live();
    client.emit({ type: 'done', end: 'diverged', message: 'Training diverged.', history: [epoch(1, Number.NaN)] });
    client.weightRequests[0].reject(new Error('no model'));
    const final = await finished;
    expect(final.record).toMatchObject({ end: 'diverged', history: [{ trainLoss: null }] });
    expect(final.record && 'weights' in final.record).toBe(false);
  });

  it('reports nothing after dispose, even when a request was still out, and closes the worker', async () => {
    const { finished } = await started();
    live();
    client.emit({ type: 'done', end: 'completed', message: 'done', history: [epoch(1)] });
    const count = changes.length;
    driver.dispose();
    expect(client.disposed).toBe(true);
    const final = await finished;
    await settle();
    expect(final.record).toBeNull();
    expect(changes.length).toBe(count);
    expect(await driver.start(request())).toBe(final);
    expect(client.sent.filter((c) => c.type === 'start')).toHaveLength(1);
  });

  it('forgets the run on reset: the worker drops its model and late events are ignored', async () => {
    const { finished } = await started();
    live();
    client.emit({ type: 'metrics', epochs: [epoch(1)] });
    driver.reset();
    expect(client.sent[client.sent.length - 1]).toEqual({ type: 'dispose' });
    expect((await finished).status).toBe('running'); // resolved as it was when it was left
    client.emit({ type: 'metrics', epochs: [epoch(2)] });
    timers.advance(1000);
    expect(driver.state()).toMatchObject({ status: 'idle', history: [] });
    expect(timers.pending()).toBe(0);
  });

  it('steps a fresh run one epoch after starting it paused, and stops one still loading its data', async () => {
    await started({ begin: 'step' });
    expect(client.sent.map((c) => c.type)).toEqual(['start', 'step']);
    expect(client.sent[0]).toMatchObject({ paused: true });

    let release: (r: undefined) => void = () => {};
    const loading = driver.start(request({ resources: new Promise((r) => (release = r)) }));
    await settle();
    driver.stop();
    release(undefined);
    expect((await loading).status).toBe('idle');
    await settle();
    expect(client.sent.filter((c) => c.type === 'start')).toHaveLength(1);
  });

  it('refreshes live outputs at most once per interval while training', async () => {
    await started({ outputs: { kind: 'curve', x: new Float32Array(2) }, liveOutputsIntervalMs: 1000 });
    live();
    client.emit({ type: 'metrics', epochs: [epoch(1)] });
    timers.advance(250);
    expect(client.predictions).toHaveLength(1);
    client.predictions[0].answer.resolve({ type: 'prediction', rows: 2, width: 1, values: new Float32Array(2) });
    await settle();
    client.emit({ type: 'metrics', epochs: [epoch(2)] });
    timers.advance(250);
    expect(client.predictions).toHaveLength(1);
    timers.advance(500);
    client.emit({ type: 'metrics', epochs: [epoch(3)] });
    timers.advance(250); // a second after the first request
    expect(client.predictions).toHaveLength(2);
  });
});

describe('the run driver’s model requests', () => {
  it('asks the worker for weights and gradients only while it holds a model', async () => {
    await expect(driver.weights()).rejects.toThrow(/No network has been trained yet/);
    await expect(driver.gradients()).rejects.toThrow(/No network has been trained yet/);
    await started();
    live();
    const answer = driver.weights();
    expect(client.weightRequests).toHaveLength(1);
    client.weightRequests[0].resolve({ epoch: 2, weights });
    await expect(answer).resolves.toEqual({ epoch: 2, weights });
    driver.reset();
    await expect(driver.gradients()).rejects.toThrow(/No network has been trained yet/);
  });
});
