/**
 * The variants' neuron pictures come from their own workers (issue 14): each lane's worker is asked for the
 * chosen layer before it trains, its pictures land in the variant while it trains and stay at the end, a new
 * choice reaches the training workers at once, and a finished variant is pictured by a worker from its weights.
 */
import { describe, expect, it } from 'vitest';
import type { NeuronsEvent } from '../../../src/engine';
import type { HostCommand } from '../../../src/engine/protocol/messages';
import { createComparisonRunner } from '../../../src/renderer/features/compare/compareSession';
import { compareStore } from '../../../src/renderer/features/compare/compareStore';
import { toEditorGraph } from '../../../src/renderer/document/document';
import { fakeClient, fakeTimers, readyEvent, settle, type FakeClient } from '../run/fakes';
import { DATASET, GRAPH, TRAINING } from './fixtures';

const pictures = (nodeId: string, epoch: number, value: number): NeuronsEvent => ({
  type: 'neurons',
  epoch,
  kind: 'plane',
  resolution: 1,
  computeMs: 1,
  nodeIds: [nodeId],
  pictures: [
    {
      nodeId,
      activation: 'tanh',
      units: 1,
      first: 0,
      shown: 1,
      cells: 1,
      values: new Float32Array([value]),
      min: value,
      max: value,
    },
  ],
});

const types = (client: FakeClient) => client.sent.map((c: HostCommand) => c.type);
const watched = (client: FakeClient) =>
  client.sent.filter((c) => c.type === 'watchNeurons').map((c) => (c.type === 'watchNeurons' ? c.nodeIds : []));

function setup() {
  const store = compareStore;
  store.setState({ comparisons: [], activeId: null, error: null });
  const clients: FakeClient[] = [];
  const timers = fakeTimers();
  const runner = createComparisonRunner({
    store,
    createClient: () => {
      const c = fakeClient();
      clients.push(c);
      return c;
    },
    timers,
    now: timers.now,
    clock: () => new Date(Date.UTC(2026, 0, 1) + timers.now()),
    cores: () => 2,
  });
  const doc = { name: 'spiral', description: '', graph: toEditorGraph(GRAPH), dataset: DATASET, training: TRAINING };
  return { store, clients, timers, runner, doc };
}

describe("the variants' neuron pictures", () => {
  it("come from each variant's worker while it trains, follow a new choice of layer, and stay at the end", async () => {
    const { store, clients, timers, runner, doc } = setup();
    const id = await runner.start(doc, { kind: 'activation' }, ['sigmoid', 'relu']);
    for (let i = 0; i < 20 && clients.some((c) => !types(c).includes('start')); i++) await settle();
    expect(clients).toHaveLength(2);
    // Before it trains, each worker is asked for the first hidden layer's pictures.
    for (const c of clients) {
      expect(watched(c)).toEqual([['h1']]);
      expect(types(c).indexOf('watchNeurons')).toBeLessThan(types(c).indexOf('start'));
    }
    const [a, b] = clients;
    a.emit(readyEvent);
    a.emit({ type: 'state', state: 'running' });
    a.emit(pictures('h1', 1, 0.25));
    timers.advance(300);
    const variant = () => store.getState().comparisons.find((c) => c.id === id)!.variants[0];
    expect(variant().neurons?.pictures[0].values[0]).toBe(0.25);
    a.emit(pictures('h1', 2, 0.5));
    timers.advance(300);
    expect(variant().neurons?.epoch).toBe(2);
    expect(variant().neurons?.pictures[0].values[0]).toBe(0.5);

    // Another layer chosen: both training workers are asked for it at once.
    runner.showNeurons(id!, 'h2');
    expect(store.getState().comparisons[0].neuronsNodeId).toBe('h2');
    expect(watched(a).at(-1)).toEqual(['h2']);
    expect(watched(b).at(-1)).toEqual(['h2']);
    runner.stopAll();
  });

  it('pictures a finished variant from its weights on a worker of its own when another layer is chosen', async () => {
    const { store, clients, runner } = setup();
    const weights = { h1: { kernel: { shape: [2, 8], data: new Float32Array(16) } } };
    const done = (label: string, i: number) => ({
      id: `c-v${i}`,
      label,
      value: label,
      graph: GRAPH,
      training: TRAINING,
      dataset: DATASET,
      status: 'done' as const,
      history: [],
      progress: null,
      grid: null,
      outputs: null,
      end: 'completed' as const,
      message: null,
      error: null,
      startedAt: null,
      endedAt: null,
      wallMs: null,
      initialWeights: { shared: [], seeded: [] },
      weights,
      neurons: pictures('h1', 20, 0.1),
      dataChecksum: null,
      readyChecksum: null,
    });
    store.getState().addComparison({
      id: 'c',
      name: 'c',
      parameter: { kind: 'activation' },
      values: ['tanh', 'relu'],
      dataset: DATASET,
      task: 'classification',
      createdAt: '2026-01-01T00:00:00Z',
      targetLoss: 0.1,
      expectedReadyChecksum: null,
      expectedDataChecksum: null,
      running: false,
      variants: [done('tanh', 1), done('relu', 2)],
    });
    // The layer they were pictured with: nothing to do.
    runner.showNeurons('c', 'h1');
    await settle();
    expect(clients).toHaveLength(0);

    runner.showNeurons('c', 'out');
    for (let i = 0; i < 20 && !clients[0]?.sent.some((c) => c.type === 'start'); i++) await settle();
    const worker = clients[0];
    const start = worker.sent.find((c) => c.type === 'start');
    expect(start && start.type === 'start' && start.initialWeights).toBe(weights);
    expect(start && start.type === 'start' && start.paused).toBe(true);
    expect(watched(worker)).toEqual([['out']]);
    worker.emit(readyEvent);
    worker.emit(pictures('out', 0, 0.75));
    worker.emit({ type: 'state', state: 'paused' });
    const variants = () => store.getState().comparisons[0].variants;
    expect(variants()[0].neurons?.nodeIds).toEqual(['out']);
    expect(variants()[0].neurons?.epoch).toBe(0); // history is empty in this fixture
    // The same worker goes on with the second variant, then ends.
    for (let i = 0; i < 20 && worker.sent.filter((c) => c.type === 'start').length < 2; i++) await settle();
    worker.emit(readyEvent);
    worker.emit(pictures('out', 0, 0.5));
    worker.emit({ type: 'state', state: 'paused' });
    expect(variants()[1].neurons?.pictures[0].values[0]).toBe(0.5);
    expect(clients).toHaveLength(1);
    expect(worker.disposed).toBe(true);
  });
});
