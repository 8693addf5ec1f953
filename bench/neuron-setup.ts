/** The networks and data the neuron-picture benches (neurons.ts, neuronBytes.ts) train and watch. */
import type { DatasetSpec, Graph } from '../src/engine/types';

/** input → dense layers of `hidden` units, all with `activation` → output with the params `out`. */
export const chain = (hidden: number[], activation: string, out: Record<string, unknown>): Graph => {
  const ids = ['in', ...hidden.map((_, i) => `h${i + 1}`), 'out'];
  return {
    nodes: [
      { id: 'in', type: 'input', params: {} },
      ...hidden.map((units, i) => ({ id: `h${i + 1}`, type: 'dense' as const, params: { units, activation } })),
      { id: 'out', type: 'output', params: out },
    ],
    edges: ids.slice(1).map((id, i) => ({ id: `e${i}`, source: ids[i], target: id })),
  };
};

export interface NeuronNet {
  graph: Graph;
  dataset: DatasetSpec;
}

/** A 2-8-8-1 net on XOR (pictures over a 40² grid). */
export const XOR_NET: NeuronNet = {
  graph: chain([8, 8], 'tanh', { activation: 'sigmoid', loss: 'binaryCrossEntropy' }),
  dataset: { kind: 'xor', samples: 400, noise: 0.1, validationSplit: 0.3, seed: 1 },
};

/** A 1-16-1 fit of the sine (curves). */
export const SINE_NET: NeuronNet = {
  graph: chain([16], 'tanh', { activation: 'linear', loss: 'mse' }),
  dataset: { kind: 'sine', samples: 200, noise: 0.1, validationSplit: 0.2, seed: 1 },
};

/** A 4-32-3 net on iris (class means). */
export const IRIS_NET: NeuronNet = {
  graph: chain([32], 'relu', { activation: 'softmax', loss: 'crossEntropy' }),
  dataset: { kind: 'iris', validationSplit: 0.3, seed: 1 },
};
