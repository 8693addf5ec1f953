/**
 * The benchmark workloads: the network, its data and how it trains. Every engine trains the same batches in
 * the same order from the same initial weights; only the number of batches timed differs per engine, so
 * fast engines are timed long enough and slow ones do not make the run take minutes.
 */
import { createRequire } from 'node:module';
import { makeCircle } from '../src/engine/data';
import { Rng } from '../src/engine/rng';
import type { DataShape, Graph, GraphNode, OptimizerName } from '../src/engine/types';

/** Batches whose mean loss every engine reports: same weights and batches must give the same numbers. */
export const CHECK_BATCHES = 2;

/** Layerwise on its WebAssembly SIMD kernels and on its TypeScript kernels, and TensorFlow.js's backends. */
export type EngineName = 'layerwise' | 'layerwise-ts' | 'tfjs-cpu' | 'tfjs-wasm';

export interface Workload {
  id: string;
  title: string;
  graph: Graph;
  shape: DataShape;
  x: Float32Array;
  /** Class index per sample. */
  y: Float32Array;
  n: number;
  batch: number;
  optimizer: OptimizerName;
  learningRate: number;
  /** Batches timed per run, per engine. */
  batches: Record<EngineName, number>;
}

function mlp(hidden: number[], activation: string, out: GraphNode['params']): Graph {
  const nodes: GraphNode[] = [{ id: 'in', type: 'input', params: {} }];
  hidden.forEach((units, i) => nodes.push({ id: `h${i + 1}`, type: 'dense', params: { units, activation } }));
  nodes.push({ id: 'out', type: 'output', params: out });
  const edges = nodes.slice(1).map((node, i) => ({ id: `e${i + 1}`, source: nodes[i].id, target: node.id }));
  return { nodes, edges };
}

/**
 * The 10,000 real MNIST digits shipped in the `mnist` package's data files (863 to 1,127 per class), pixels
 * in 0..1, rows shuffled with a seeded generator. About 80 % of the pixels are zero, as in the full set.
 */
function mnistDigits(seed: number): { x: Float32Array; y: Float32Array; n: number } {
  const require = createRequire(import.meta.url);
  const raws = Array.from(
    { length: 10 },
    (_, digit) => (require(`mnist/src/digits/${digit}.json`) as { data: number[] }).data,
  );
  const n = raws.reduce((sum, raw) => sum + Math.floor(raw.length / 784), 0);
  const order = new Rng(seed).shuffle(Array.from({ length: n }, (_, i) => i));
  const x = new Float32Array(n * 784);
  const y = new Float32Array(n);
  let next = 0;
  raws.forEach((raw, digit) => {
    for (let s = 0; s < Math.floor(raw.length / 784); s++) {
      const row = order[next++];
      x.set(raw.slice(s * 784, s * 784 + 784), row * 784);
      y[row] = digit;
    }
  });
  return { x, y, n };
}

export function makeWorkloads(): Workload[] {
  const circle = makeCircle({ samples: 500, noise: 0.1 }, new Rng(1));
  const digits = mnistDigits(7);
  return [
    {
      id: 'W1',
      title: 'playground 2→8→8→1 tanh/sigmoid, SGD, batch 10',
      graph: mlp([8, 8], 'tanh', { activation: 'sigmoid', loss: 'binaryCrossEntropy' }),
      shape: { features: 2, task: 'classification', classes: 2 },
      x: circle.x,
      y: circle.y,
      n: circle.n,
      batch: 10,
      optimizer: 'sgd',
      learningRate: 0.03,
      batches: { layerwise: 50_000, 'layerwise-ts': 30_000, 'tfjs-cpu': 1_000, 'tfjs-wasm': 1_000 },
    },
    {
      id: 'W2',
      title: 'digits MLP 784→128→64→10 ReLU, Adam, batch 64',
      graph: mlp([128, 64], 'relu', { activation: 'softmax', loss: 'crossEntropy' }),
      shape: { features: 784, task: 'classification', classes: 10 },
      ...digits,
      batch: 64,
      optimizer: 'adam',
      learningRate: 1e-3,
      batches: { layerwise: 400, 'layerwise-ts': 60, 'tfjs-cpu': 6, 'tfjs-wasm': 40 },
    },
    {
      id: 'W3',
      title: 'wide-shallow 784→2048→10 ReLU, Adam, batch 128',
      graph: mlp([2048], 'relu', { activation: 'softmax', loss: 'crossEntropy' }),
      shape: { features: 784, task: 'classification', classes: 10 },
      ...digits,
      batch: 128,
      optimizer: 'adam',
      learningRate: 1e-3,
      batches: { layerwise: 30, 'layerwise-ts': 4, 'tfjs-cpu': 1, 'tfjs-wasm': 4 },
    },
  ];
}

/**
 * The shared batch order: consecutive epochs of seeded shuffles. Returns the row indices of batch `b`,
 * written into `rows` (no allocation per batch).
 */
export class BatchOrder {
  private readonly order: Uint32Array;
  private epoch = -1;
  private readonly rng: Rng;
  constructor(
    private readonly n: number,
    private readonly batch: number,
    seed: number,
  ) {
    this.order = new Uint32Array(n);
    this.rng = new Rng(seed);
  }
  private readonly perEpoch = (): number => Math.floor(this.n / this.batch);
  rowsOf(b: number, rows: Uint32Array): void {
    const epoch = Math.floor(b / this.perEpoch());
    while (this.epoch < epoch) {
      for (let i = 0; i < this.n; i++) this.order[i] = i;
      this.rng.shuffle(this.order);
      this.epoch++;
    }
    const start = (b % this.perEpoch()) * this.batch;
    for (let i = 0; i < this.batch; i++) rows[i] = this.order[start + i];
  }
}

/** Copies the rows of a batch into preallocated buffers (the trainer does the same). */
export function gatherBatch(w: Workload, rows: Uint32Array, bx: Float32Array, by: Float32Array): void {
  const f = w.shape.features;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    for (let k = 0, from = r * f, to = i * f; k < f; k++) bx[to + k] = w.x[from + k];
    by[i] = w.y[r];
  }
}
