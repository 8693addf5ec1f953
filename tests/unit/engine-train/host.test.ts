/**
 * The training host driven in-process: a fake `post` records events, a manual scheduler runs slices when the
 * test says so (so commands can be slipped in between slices exactly as a worker's message queue would).
 */
import { describe, expect, it } from 'vitest';
import { createTrainingHost, type HostOptions } from '../../../src/engine/protocol/host';
import type { HostEvent, StartCommand } from '../../../src/engine/protocol/messages';
import { createTrainingSetup, SetupError } from '../../../src/engine/train/setup';
import type { DataSplit } from '../../../src/engine/types';
import { createFakeModel, halfPlaneData, linearData, makePlan } from './fakeModel';

function harness(over: Partial<HostOptions> & { data?: DataSplit; sigmoid?: boolean } = {}) {
  const events: HostEvent[] = [];
  const transfers: ArrayBuffer[][] = [];
  const queue: Array<() => void> = [];
  const data = over.data ?? { train: halfPlaneData(160, 1), validation: halfPlaneData(40, 2) };
  const host = createTrainingHost(
    (e, t) => {
      events.push(e);
      transfers.push(t ?? []);
    },
    {
      setup: () => {
        const plan = makePlan(2, 1, over.sigmoid === false ? 'linear' : 'sigmoid');
        return {
          compile: {
            plan,
            problems: [],
            nodes: { in: { params: 0, shape: [2] }, out: { params: 3, shape: [1] } },
            totalParams: 3,
          },
          model: createFakeModel(plan, 64),
          data,
        };
      },
      schedule: (fn) => queue.push(fn),
      sliceMs: 0, // one batch per slice, so the tests count batches exactly
      ...over,
    },
  );
  const runSlices = (max = Infinity) => {
    let n = 0;
    while (queue.length > 0 && n < max) {
      queue.shift()!();
      n++;
    }
    return n;
  };
  const of = <T extends HostEvent['type']>(type: T) =>
    events.filter((e) => e.type === type) as Extract<HostEvent, { type: T }>[];
  return { host, events, transfers, queue, runSlices, of };
}

const startCmd = (over: Partial<StartCommand> = {}): StartCommand => ({
  type: 'start',
  graph: { nodes: [], edges: [] },
  datasetSpec: { kind: 'xor', samples: 200, noise: 0, validationSplit: 0.2, seed: 1 },
  training: { optimizer: 'adam', learningRate: 0.1, batchSize: 16, epochs: 5, seed: 3 },
  ...over,
});

describe('training host', () => {
  it('trains to the end: ready, state, coalesced metrics, progress, done with the history', () => {
    const h = harness({ now: () => 0 }); // a frozen clock: metrics only flush at the end
    h.host.handle(startCmd());
    expect(h.events[0]).toMatchObject({
      type: 'ready',
      threads: 1, // no gradient pool: this thread alone
      totalParams: 3,
      batchesPerEpoch: 10,
      dataset: { trainSize: 160, validationSize: 40 },
    });
    expect(h.events[1]).toEqual({ type: 'state', state: 'running' });
    h.runSlices();
    const metrics = h.of('metrics');
    expect(metrics).toHaveLength(1); // five epochs coalesced into one event
    expect(metrics[0].epochs.map((m) => m.epoch)).toEqual([1, 2, 3, 4, 5]);
    const done = h.of('done');
    expect(done).toHaveLength(1);
    expect(done[0]).toMatchObject({ end: 'completed', message: 'Trained for 5 epochs.' });
    expect(done[0].history).toHaveLength(5);
    expect(h.events[h.events.length - 1].type).toBe('done');
    expect(h.of('state').map((s) => s.state)).toEqual(['running', 'done']);
  });

  it('sends layer health on the last epoch of each metrics event only; done has it on every epoch', () => {
    const h = harness({ now: () => 0 });
    h.host.handle(startCmd());
    h.runSlices();
    const [metrics] = h.of('metrics');
    expect(metrics.epochs.slice(0, -1).map((m) => m.health)).toEqual([undefined, undefined, undefined, undefined]);
    expect(metrics.epochs.at(-1)?.health?.length).toBeGreaterThan(0);
    expect(h.of('done')[0].history.map((m) => (m.health?.length ?? 0) > 0)).toEqual([true, true, true, true, true]);
  });

  it('stop takes effect at once: no batch runs after it', () => {
    const h = harness();
    h.host.handle(startCmd());
    h.runSlices(3); // three batches
    h.host.handle({ type: 'stop' });
    const ran = h.runSlices(); // the already-scheduled slice must do nothing
    expect(ran).toBeLessThanOrEqual(1);
    const done = h.of('done');
    expect(done).toHaveLength(1);
    expect(done[0].end).toBe('stopped');
    expect(done[0].message).toBe('Training was stopped during epoch 1 (after batch 3 of 10).');
    expect(h.queue).toHaveLength(0);
  });

  it('pause, step (one epoch) and resume', () => {
    const h = harness();
    h.host.handle(startCmd({ paused: true }));
    expect(h.of('state').map((s) => s.state)).toEqual(['paused']);
    expect(h.runSlices()).toBe(0);

    h.host.handle({ type: 'step' });
    h.runSlices();
    expect(
      h
        .of('metrics')
        .flatMap((m) => m.epochs)
        .map((m) => m.epoch),
    ).toEqual([1]);
    expect(h.of('state').map((s) => s.state)).toEqual(['paused', 'running', 'paused']);
    expect(h.of('progress').at(-1)).toMatchObject({ epoch: 2, batch: 0, batchesPerEpoch: 10, totalEpochs: 5 });

    h.host.handle({ type: 'resume' });
    h.runSlices(4);
    h.host.handle({ type: 'pause' });
    expect(h.runSlices()).toBeLessThanOrEqual(1);
    expect(h.of('progress').at(-1)).toMatchObject({ epoch: 2, batch: 4 });

    h.host.handle({ type: 'resume' });
    h.runSlices();
    expect(h.of('done')[0].end).toBe('completed');
    expect(
      h
        .of('metrics')
        .flatMap((m) => m.epochs)
        .map((m) => m.epoch),
    ).toEqual([1, 2, 3, 4, 5]);
  });

  it('runs slices of about sliceMs and coalesces metrics to the interval', () => {
    let clock = 0;
    const h = harness({ now: () => (clock += 1), sliceMs: 20 }); // every clock read advances 1 ms
    h.host.handle(startCmd({ training: { optimizer: 'adam', learningRate: 0.1, batchSize: 16, epochs: 30, seed: 3 } }));
    const slices = h.runSlices();
    expect(slices).toBeGreaterThan(5);
    const metrics = h.of('metrics');
    expect(metrics.length).toBeLessThan(30);
    expect(metrics.flatMap((m) => m.epochs)).toHaveLength(30);
  });

  it('gives the same numbers however the run is sliced (determinism)', () => {
    const a = harness({ now: () => 0 });
    a.host.handle(startCmd());
    a.runSlices();
    const b = harness();
    b.host.handle(startCmd({ paused: true }));
    for (let i = 0; i < 5; i++) {
      b.host.handle({ type: 'step' });
      b.runSlices();
    }
    b.host.handle({ type: 'resume' });
    b.runSlices();
    const strip = (ev: typeof a) =>
      ev.of('done')[0].history.map(({ trainLoss, valLoss, valAccuracy }) => [trainLoss, valLoss, valAccuracy]);
    expect(strip(b)).toEqual(strip(a));
  });

  it('changes the learning rate live and refuses a bad one without ending the run', () => {
    const h = harness();
    h.host.handle(startCmd({ training: { optimizer: 'sgd', learningRate: 0.1, batchSize: 16, epochs: 2, seed: 3 } }));
    h.runSlices(10); // epoch 1
    h.host.handle({ type: 'setLearningRate', learningRate: 0.5 });
    h.host.handle({ type: 'setLearningRate', learningRate: Number.NaN });
    expect(h.of('error')[0].message).toMatch(/learning rate must be a positive number/);
    h.runSlices();
    expect(h.of('done')[0].history.map((m) => m.learningRate)).toEqual([0.1, 0.5]);
  });

  it('sends live decision-boundary grids as transferables and answers grid, predict and weights requests', () => {
    const h = harness({ now: () => 0 });
    const grid = { xRange: [-1, 1] as [number, number], yRange: [-1, 1] as [number, number], resolution: 8 };
    h.host.handle(startCmd({ liveGrid: { ...grid, intervalMs: 0 } }));
    h.runSlices();
    const grids = h.of('grid');
    expect(grids.length).toBeGreaterThanOrEqual(2); // the untrained boundary, then at least the final one
    expect(grids[0].epoch).toBe(0);
    expect(grids.at(-1)).toMatchObject({ epoch: 5, resolution: 8, kind: 'probability' });
    expect(grids.at(-1)!.values).toHaveLength(64);
    const gridIndex = h.events.indexOf(grids[0]);
    expect(h.transfers[gridIndex]).toEqual([grids[0].values.buffer]);
    // After training the half-plane x + y > 0: bottom-left cell ≈ class 0, top-right ≈ class 1.
    const last = grids.at(-1)!.values;
    expect(last[0]).toBeLessThan(0.2);
    expect(last[63]).toBeGreaterThan(0.8);

    h.host.handle({ type: 'predictGrid', requestId: 7, ...grid });
    expect(h.events.at(-1)).toMatchObject({ type: 'grid', requestId: 7 });
    h.host.handle({ type: 'predict', requestId: 8, x: new Float32Array([1, 1, -1, -1]), rows: 2 });
    const pred = h.events.at(-1) as Extract<HostEvent, { type: 'prediction' }>;
    expect(pred).toMatchObject({ type: 'prediction', requestId: 8, rows: 2, width: 1 });
    expect(pred.values[0]).toBeGreaterThan(0.5);
    expect(pred.values[1]).toBeLessThan(0.5);
    h.host.handle({ type: 'getWeights', requestId: 9 });
    expect(h.events.at(-1)).toMatchObject({ type: 'weights', requestId: 9, epoch: 5 });
  });

  it('answers getGradients with the last step’s gradients, transferred, and refuses it before any step', () => {
    const models: ReturnType<typeof createFakeModel>[] = [];
    const h = harness({
      setup: () => {
        const plan = makePlan(2, 1, 'sigmoid');
        const model = createFakeModel(plan, 64);
        models.push(model);
        return {
          compile: { plan, problems: [], nodes: {}, totalParams: 3 },
          model,
          data: { train: halfPlaneData(160, 1), validation: halfPlaneData(40, 2) },
        };
      },
    });
    h.host.handle(startCmd({ paused: true }));
    h.host.handle({ type: 'getGradients', requestId: 4 });
    expect(h.events.at(-1)).toMatchObject({ type: 'error', requestId: 4, message: /no gradients yet/ });
    h.host.handle({ type: 'step' });
    h.runSlices();
    h.host.handle({ type: 'getGradients', requestId: 5 });
    const answer = h.of('gradients')[0];
    expect(answer).toMatchObject({ requestId: 5, epoch: 1, batch: 10 });
    expect(answer.gradients.out.kernel.shape).toEqual([2, 1]);
    const grads = models[0].grads;
    expect(Array.from(answer.gradients.out.kernel.data)).toEqual(Array.from(grads.slice(0, 2)));
    expect(Array.from(answer.gradients.out.bias!.data)).toEqual([grads[2]]);
    expect(grads.some((g) => g !== 0)).toBe(true);
    expect(h.transfers.at(-1)).toHaveLength(2);
  });

  it('reports divergence in the done event', () => {
    const h = harness({ sigmoid: false, data: { train: linearData(100, 1, 10), validation: linearData(20, 2, 10) } });
    h.host.handle(startCmd({ training: { optimizer: 'sgd', learningRate: 100, batchSize: 10, epochs: 5, seed: 1 } }));
    h.runSlices();
    expect(h.of('done')[0]).toMatchObject({ end: 'diverged' });
    expect(h.of('done')[0].message).toMatch(
      /^Training diverged (at epoch 1, batch \d+|at the end of epoch 1): .*\(10\)/,
    );
  });

  it("posts a dataset's coded problem with its error, so the page can word it in its language", () => {
    const h = harness({ setup: (start) => createTrainingSetup(start) });
    h.host.handle(
      startCmd({ datasetSpec: { kind: 'csv', seed: 1, validationSplit: 0.2, text: 'a,b\n1,2', features: [] } }),
    );
    const message = 'Choose at least one feature column for the CSV dataset.';
    expect(h.events).toEqual([{ type: 'error', message, problem: { code: 'csv-no-features', message, params: {} } }]);
    expect(structuredClone(h.events[0])).toEqual(h.events[0]);
  });

  it('turns failures into error events: setup problems, commands without a run, exceptions while training', () => {
    const h = harness({
      setup: () => {
        throw new SetupError('The graph has 1 error.', [
          { severity: 'error', code: 'cycle', message: 'A cycle.', nodeId: 'a' },
        ]);
      },
    });
    h.host.handle(startCmd());
    expect(h.events).toEqual([
      {
        type: 'error',
        message: 'The graph has 1 error.',
        problems: [{ severity: 'error', code: 'cycle', message: 'A cycle.', nodeId: 'a' }],
      },
    ]);
    h.host.handle({ type: 'pause' });
    expect(h.events.at(-1)).toMatchObject({
      type: 'error',
      message: expect.stringMatching(/no training run has been started/),
    });

    const plan = makePlan(2, 1, 'sigmoid');
    const model = createFakeModel(plan, 64);
    let calls = 0;
    const original = model.computeGradients.bind(model);
    model.computeGradients = (x, y, b) => {
      if (++calls === 3) throw new Error('Boom in batch 3.');
      return original(x, y, b);
    };
    const g = harness({
      setup: () => ({
        compile: { plan, problems: [], nodes: {}, totalParams: 3 },
        model,
        data: { train: halfPlaneData(100, 1), validation: halfPlaneData(10, 2) },
      }),
    });
    g.host.handle(startCmd());
    g.runSlices();
    expect(g.of('error')).toEqual([{ type: 'error', message: 'Boom in batch 3.' }]);
    expect(g.queue).toHaveLength(0); // nothing left scheduled: no silent hang, no runaway loop
  });

  it('dispose drops the run; a new start replaces the old one', () => {
    const h = harness();
    h.host.handle(startCmd());
    h.runSlices(2);
    h.host.handle(startCmd());
    h.runSlices();
    expect(h.of('ready')).toHaveLength(2);
    expect(h.of('done')).toHaveLength(1);
    h.host.handle({ type: 'dispose' });
    h.host.handle({ type: 'getWeights' });
    expect(h.events.at(-1)).toMatchObject({ type: 'error' });
  });
});
