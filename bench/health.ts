/**
 * `npx tsx bench/health.ts`: the extra training time per epoch that recording the layer health costs
 * (src/engine/health/record.ts). Each workload trains the same epochs with health on and off, interleaved
 * over rounds so a change in machine load hits both alike; the figure is the median over rounds of
 * (time with health − time without) / epochs. On a busy machine that difference drowns in noise, so the
 * health step itself is also timed directly: one epoch's addBatch calls plus finishEpoch, median of many.
 * Not part of `npm test`.
 */
import { loadKernelModule } from '../src/cli/kernel-file';
import { loadMnistBytes } from '../src/cli/mnist-file';
import { createTrainingSetup } from '../src/engine/train/setup';
import { Trainer } from '../src/engine/train/trainer';
import { HealthRecorder } from '../src/engine/health';
import type { DatasetResources } from '../src/engine/data';
import type { DatasetSpec, Graph, GraphNode, TrainingSettings } from '../src/engine/types';

function mlp(hidden: number[], activation: string, output: 'sigmoid' | 'softmax'): Graph {
  const loss = output === 'sigmoid' ? 'binaryCrossEntropy' : 'crossEntropy';
  const nodes: GraphNode[] = [{ id: 'in', type: 'input', params: {} }];
  hidden.forEach((units, i) => nodes.push({ id: `h${i + 1}`, type: 'dense', params: { units, activation } }));
  nodes.push({ id: 'out', type: 'output', params: { activation: output, loss } });
  const edges = nodes.slice(1).map((n, i) => ({ id: `e${i + 1}`, source: nodes[i].id, target: n.id }));
  return { nodes, edges };
}

interface Workload {
  name: string;
  graph: Graph;
  dataset: DatasetSpec;
  training: TrainingSettings;
  resources?: DatasetResources;
}

const spec = (kind: DatasetSpec['kind'], samples: number): DatasetSpec => ({
  kind,
  samples,
  noise: 0.1,
  validationSplit: 0.3,
  seed: 1,
});
const adam = (epochs: number, batchSize: number): TrainingSettings => ({
  optimizer: 'adam',
  learningRate: 0.01,
  batchSize,
  epochs,
  seed: 42,
});

const workloads: Workload[] = [
  {
    name: 'XOR 2-8-8-1 tanh, 400 samples',
    graph: mlp([8, 8], 'tanh', 'sigmoid'),
    dataset: spec('xor', 400),
    training: adam(40, 16),
  },
  {
    name: 'spiral 2-64-64-1 relu, 1000 samples',
    graph: mlp([64, 64], 'relu', 'sigmoid'),
    dataset: spec('spiral', 1000),
    training: adam(10, 32),
  },
  {
    name: 'MNIST 784-128-10 relu, 10k digits',
    graph: mlp([128], 'relu', 'softmax'),
    dataset: spec('mnist', 10000),
    training: adam(1, 64),
    resources: { mnist: loadMnistBytes() },
  },
];

const wasm = loadKernelModule();
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeRun(w: Workload, health: boolean): number {
  const setup = createTrainingSetup(
    { type: 'start', graph: w.graph, datasetSpec: w.dataset, training: w.training, resources: w.resources },
    { wasm },
  );
  const trainer = new Trainer(setup.model, setup.data, w.training, { health });
  const started = performance.now();
  trainer.run();
  return performance.now() - started;
}

console.log(`kernels: ${wasm ? 'WebAssembly SIMD' : 'TypeScript'}`);
for (const w of workloads) {
  const rounds = 7;
  timeRun(w, true); // warm-up: compile the code paths once before timing
  const extra: number[] = [];
  const base: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const off = timeRun(w, false);
    const on = timeRun(w, true);
    base.push(off / w.training.epochs);
    extra.push((on - off) / w.training.epochs);
  }
  const setup = createTrainingSetup(
    { type: 'start', graph: w.graph, datasetSpec: w.dataset, training: w.training, resources: w.resources },
    { wasm },
  );
  const recorder = new HealthRecorder(setup.model);
  const batches = Math.ceil(setup.data.train.n / w.training.batchSize);
  const direct: number[] = [];
  for (let r = 0; r < 41; r++) {
    const started = performance.now();
    for (let b = 0; b < batches; b++) recorder.addBatch();
    recorder.finishEpoch(setup.data.train);
    direct.push(performance.now() - started);
  }
  const perEpoch = median(base);
  const cost = median(extra);
  console.log(
    `${w.name}: ${perEpoch.toFixed(2)} ms per epoch without health, +${cost.toFixed(3)} ms with it ` +
      `(${((cost / perEpoch) * 100).toFixed(1)}%); the health step alone ${median(direct.slice(10)).toFixed(3)} ms`,
  );
}
