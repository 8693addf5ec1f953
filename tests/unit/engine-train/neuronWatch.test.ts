/** Neuron pictures through the training host: watched nodes, pictures on start, on step, while training. */
import { describe, expect, it } from 'vitest';
import { createTrainingHost } from '../../../src/engine/protocol/host';
import type { HostEvent, StartCommand } from '../../../src/engine/protocol/messages';
import type { NeuronsEvent } from '../../../src/engine/protocol/neuronMessages';
import type { DatasetSpec } from '../../../src/engine/types';
import { chain, dense, input, output } from '../engine-model/graphs';

function harness() {
  const events: HostEvent[] = [];
  const transfers: ArrayBuffer[][] = [];
  const queue: Array<() => void> = [];
  const host = createTrainingHost(
    (e, t) => {
      events.push(e);
      transfers.push(t ?? []);
    },
    { schedule: (fn) => queue.push(fn), sliceMs: 0 },
  );
  const runAll = () => {
    while (queue.length > 0) queue.shift()!();
  };
  const neurons = () => events.filter((e): e is NeuronsEvent => e.type === 'neurons');
  return { host, events, transfers, runAll, neurons };
}

const start = (dataset: DatasetSpec, out = output(), epochs = 3): StartCommand => ({
  type: 'start',
  graph: chain([input(), dense('h', 4, 'tanh'), out]),
  datasetSpec: dataset,
  training: { optimizer: 'adam', learningRate: 0.05, batchSize: 16, epochs, seed: 3 },
  paused: true,
});

const xor: DatasetSpec = { kind: 'xor', samples: 200, noise: 0, validationSplit: 0.2, seed: 1 };

describe('neuron pictures from the host', () => {
  it('sends the watched nodes at once, again after a step with new values, and stops when none are watched', () => {
    const h = harness();
    h.host.handle(start(xor));
    expect(h.neurons()).toHaveLength(0); // nothing watched yet
    h.host.handle({
      type: 'watchNeurons',
      nodeIds: ['h'],
      plane: { xRange: [-6, 6], yRange: [-6, 6], resolution: 10 },
    });
    const first = h.neurons();
    expect(first).toHaveLength(1);
    expect(first[0].kind).toBe('plane');
    expect(first[0].epoch).toBe(0);
    const tile = first[0].pictures[0];
    expect(tile.nodeId).toBe('h');
    expect(tile.values).toHaveLength(4 * 100);
    // The pictures are transferred, not copied.
    expect(h.transfers[h.events.indexOf(first[0])]).toContain(tile.values.buffer);
    const before = tile.values.slice();

    h.host.handle({ type: 'step' });
    h.runAll();
    const after = h.neurons().at(-1)!;
    expect(after.epoch).toBe(1);
    expect(Array.from(after.pictures[0].values)).not.toEqual(Array.from(before));

    const count = h.neurons().length;
    h.host.handle({ type: 'watchNeurons', nodeIds: [] });
    h.host.handle({ type: 'step' });
    h.runAll();
    expect(h.neurons()).toHaveLength(count);
  });

  it("sends a window's units beside the watched nodes, and on its own, transferred too", () => {
    const h = harness();
    h.host.handle(start(xor));
    h.host.handle({ type: 'watchNeurons', nodeIds: ['out'], window: { nodeId: 'h', first: 2, count: 5 } });
    const event = h.neurons().at(-1)!;
    expect(event.pictures.map((p) => p.nodeId)).toEqual(['out']);
    expect([event.window!.nodeId, event.window!.first, event.window!.shown]).toEqual(['h', 2, 2]);
    expect(h.transfers[h.events.indexOf(event)]).toContain(event.window!.values.buffer);
    h.host.handle({ type: 'watchNeurons', nodeIds: [], window: { nodeId: 'h', first: 0, count: 4 } });
    expect(h.neurons().at(-1)!.pictures).toHaveLength(0);
    expect(h.neurons().at(-1)!.window!.shown).toBe(4);
  });

  it('keeps watching across runs and pictures the output of a 1-D fit as weighted pieces beside the target', () => {
    const h = harness();
    h.host.handle({ type: 'watchNeurons', nodeIds: ['h', 'out'] });
    const sine: DatasetSpec = { kind: 'sine', samples: 100, noise: 0, validationSplit: 0.2, seed: 1 };
    h.host.handle(start(sine, output('linear', 'mse')));
    const event = h.neurons().at(-1)!;
    expect(event.kind).toBe('curve');
    expect(event.x!.length).toBeGreaterThan(10);
    expect(event.target!.x).toHaveLength(80);
    const out = event.pictures.find((p) => p.nodeId === 'out')!;
    expect(out.contributions!.count).toBe(4);
  });

  it('gives mean activations per class for iris', () => {
    const h = harness();
    h.host.handle({ type: 'watchNeurons', nodeIds: ['h'] });
    h.host.handle(start({ kind: 'iris', validationSplit: 0.3, seed: 1 }, output('softmax', 'crossEntropy')));
    const event = h.neurons().at(-1)!;
    expect(event.kind).toBe('classes');
    expect(event.classNames).toHaveLength(3);
    expect(event.pictures[0].cells).toBe(3);
  });

  it('sends pictures while training, at most once per interval, and when the run ends', () => {
    const h = harness();
    h.host.handle({ type: 'watchNeurons', nodeIds: ['h'], intervalMs: 1e9 });
    h.host.handle({ ...start(xor), paused: false });
    h.runAll();
    const events = h.neurons();
    // One at the start, none in between (the interval is long), one forced at the end.
    expect(events.map((e) => e.epoch)).toEqual([0, 3]);
    expect(events[1].computeMs).toBeGreaterThanOrEqual(0);
  });
});
