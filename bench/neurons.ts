/**
 * `npx tsx bench/neurons.ts`: the worker time neuron pictures add to training (issue 14). Trains the same
 * runs in the training host twice, once watching no node and once watching every hidden and output node, and
 * reports the pictures sent, the mean time to compute one, and the extra time per epoch, for a 2-8-8-1 net
 * on XOR (pictures over a 40² grid), a 1-16-1 fit of the sine (curves) and a 4-32-3 net on iris (class means). The pictures are throttled to 4 per second as
 * in the app, so the per-epoch cost is the per-picture cost spread over the epochs trained between two.
 * Times are this process's CPU time (steadier than wall time on a shared machine). The TypeScript kernels run (the app's worker uses WebAssembly SIMD when it can, which only trains faster).
 */
import { createTrainingHost } from '../src/engine/protocol/host';
import type { HostEvent, StartCommand } from '../src/engine/protocol/messages';
import type { DatasetSpec, Graph } from '../src/engine/types';
import { IRIS_NET, SINE_NET, XOR_NET } from './neuron-setup';

interface Case {
  name: string;
  graph: Graph;
  dataset: DatasetSpec;
  epochs: number;
}

const CASES: Case[] = [
  { name: '2-8-8-1 tanh, XOR 400', ...XOR_NET, epochs: 5000 },
  { name: '1-16-1 tanh, sine 200', ...SINE_NET, epochs: 8000 },
  { name: '4-32-3 relu, iris', ...IRIS_NET, epochs: 10000 },
];

function train(c: Case, watch: boolean): { ms: number; pictures: number; computeMs: number } {
  const events: HostEvent[] = [];
  const queue: (() => void)[] = [];
  const host = createTrainingHost((e) => events.push(e), { schedule: (fn) => queue.push(fn) });
  const ids = c.graph.nodes.filter((n) => n.type !== 'input').map((n) => n.id);
  if (watch) host.handle({ type: 'watchNeurons', nodeIds: ids });
  const start: StartCommand = {
    type: 'start',
    graph: c.graph,
    datasetSpec: c.dataset,
    training: { optimizer: 'adam', learningRate: 0.01, batchSize: 16, epochs: c.epochs, seed: 42 },
  };
  const t0 = process.cpuUsage();
  host.handle(start);
  while (queue.length > 0) queue.shift()!();
  const used = process.cpuUsage(t0);
  const ms = (used.user + used.system) / 1000;
  const pictures = events.filter((e) => e.type === 'neurons');
  return { ms, pictures: pictures.length, computeMs: pictures.reduce((s, e) => s + e.computeMs, 0) };
}

for (const c of CASES) {
  train(c, true); // warm up
  const rounds = 3;
  let off = 0;
  let on = 0;
  let pictures = 0;
  let computeMs = 0;
  for (let r = 0; r < rounds; r++) {
    off += train(c, false).ms;
    const w = train(c, true);
    on += w.ms;
    pictures += w.pictures;
    computeMs += w.computeMs;
  }
  const perPicture = computeMs / pictures;
  console.log(
    `${c.name}: ${c.epochs} epochs in ${(off / rounds).toFixed(0)} ms CPU without pictures, ` +
      `${(on / rounds).toFixed(0)} ms watching every node (${(pictures / rounds).toFixed(0)} pictures, ` +
      `${perPicture.toFixed(2)} ms each); extra worker time per epoch ${(computeMs / rounds / c.epochs).toFixed(3)} ms ` +
      `(${(((on - off) / off) * 100).toFixed(1)} % more CPU time in all).`,
  );
}
