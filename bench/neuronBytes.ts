/**
 * `npx tsx bench/neuronBytes.ts`: the bytes one `neurons` event carries to the UI (issue 14), with every
 * hidden and output node watched, as the app sends it a few times a second: the arrays it transfers and the
 * few it copies (the x values and target of a 1-D fit). Cases: a 2-8-8-1 net on XOR (40² grid), a 1-16-1 fit
 * of the sine (120 points), a 4-32-3 net on iris and a 784-64-32-10 net on the digits (class means, and the
 * first layer's 784 weights per unit as 28×28 images). Then the inspector's list of a 2048-unit layer: the
 * bytes and worker time of a 48-unit window on its own and beside the canvas's 32.
 */
import { compile } from '../src/engine/compile';
import { createModel } from '../src/engine/model';
import { neuronBuffers, neuronPicturesAndWindow } from '../src/engine/neurons';
import { createTrainingHost } from '../src/engine/protocol/host';
import type { HostEvent } from '../src/engine/protocol/messages';
import type { NeuronsEvent } from '../src/engine/protocol/neuronMessages';
import type { DatasetSpec, Graph } from '../src/engine/types';
import { chain, IRIS_NET, SINE_NET, XOR_NET } from './neuron-setup';

/** A CSV of 784 pixel columns and a digit label: the digits' shape without the MNIST file. */
function digitsCsv(rows: number): string {
  const header = [...Array.from({ length: 784 }, (_, i) => `p${i}`), 'digit'].join(',');
  const lines = Array.from({ length: rows }, (_, r) =>
    [...Array.from({ length: 784 }, (_, i) => ((r * 31 + i * 7) % 256) / 255), r % 10].join(','),
  );
  return [header, ...lines].join('\n');
}

const CASES: { name: string; graph: Graph; dataset: DatasetSpec }[] = [
  { name: '2-8-8-1 tanh, XOR', ...XOR_NET },
  { name: '1-16-1 tanh, sine', ...SINE_NET },
  { name: '4-32-3 relu, iris', ...IRIS_NET },
  {
    name: '784-64-32-10 relu, digits-shaped CSV',
    graph: chain([64, 32], 'relu', { activation: 'softmax', loss: 'crossEntropy' }),
    dataset: {
      kind: 'csv',
      text: digitsCsv(200),
      target: 'digit',
      task: 'classification',
      validationSplit: 0.3,
      seed: 1,
    } as DatasetSpec,
  },
];

const bytesOf = (value: unknown, seen = new Set<unknown>()): number => {
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value === null || typeof value !== 'object' || seen.has(value)) return 0;
  seen.add(value);
  return Object.values(value).reduce<number>((sum, v) => sum + bytesOf(v, seen), 0);
};

for (const c of CASES) {
  const events: HostEvent[] = [];
  const host = createTrainingHost((e) => events.push(e), { schedule: () => undefined });
  host.handle({ type: 'watchNeurons', nodeIds: c.graph.nodes.filter((n) => n.type !== 'input').map((n) => n.id) });
  host.handle({
    type: 'start',
    graph: c.graph,
    datasetSpec: c.dataset,
    training: { optimizer: 'adam', learningRate: 0.01, batchSize: 16, epochs: 10, seed: 42 },
    paused: true,
  });
  const error = events.find((e) => e.type === 'error');
  if (error && error.type === 'error') throw new Error(`${c.name}: ${error.message}`);
  const event = events.find((e): e is NeuronsEvent => e.type === 'neurons')!;
  const weights = event.pictures.reduce((s, p) => s + bytesOf(p.weights), 0);
  console.log(
    `${c.name}: ${(bytesOf(event) / 1024).toFixed(1)} KiB per neurons event ` +
      `(incoming weights and biases ${(weights / 1024).toFixed(1)} KiB of it)`,
  );
}

{
  const graph = chain([2048], 'relu', { activation: 'sigmoid', loss: 'binaryCrossEntropy' });
  const plan = compile(graph, { features: 2, task: 'classification', classes: 2 }).plan!;
  const model = createModel(plan, { maxBatch: 256, seed: 1 });
  const plane = { kind: 'plane', xRange: [-6, 6], yRange: [-6, 6], resolution: 40 } as const;
  const window = { nodeId: 'h1', first: 1000, count: 48 };
  for (const [label, nodeIds] of [
    ['the window alone', []],
    ['beside the canvas', ['h1']],
  ] as const) {
    neuronPicturesAndWindow(model, nodeIds, plane, window); // warm up
    const rounds = 20;
    let bytes = 0;
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) {
      const got = neuronPicturesAndWindow(model, nodeIds, plane, window);
      bytes = neuronBuffers([...got.pictures, got.window!]).reduce((s, b) => s + b.byteLength, 0);
    }
    const ms = (performance.now() - t0) / rounds;
    console.log(
      `2-2048-1 relu, 40² plane, a 48-unit window (${label}): ${(bytes / 1024).toFixed(1)} KiB, ${ms.toFixed(1)} ms per picture`,
    );
  }
}
