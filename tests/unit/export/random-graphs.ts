/**
 * Seeded random networks for the export tests: branches of dense, activation and dropout layers that meet
 * in Add (equal widths) and Concat nodes, with every hidden activation the engine has, on a 2-class set
 * (sigmoid), a 3-class set (softmax) and a regression set, standardized or not.
 */
import { ACTIVATIONS, type GraphEdge, type GraphNode } from '../../../src/engine/types';
import { Rng } from '../../../src/engine/rng';
import { newProject, type Project } from '../../../src/project';

const HIDDEN = ACTIVATIONS.filter((a) => a !== 'softmax');

const DATASETS: Project['dataset'][] = [
  { kind: 'circle', samples: 120, noise: 0.1, validationSplit: 0.3, seed: 3, standardize: true },
  { kind: 'iris', samples: 150, noise: 0, validationSplit: 0.3, seed: 5 },
  { kind: 'sine', samples: 80, noise: 0.1, validationSplit: 0.25, seed: 7, standardize: false },
];

const OUTPUTS = [
  { activation: 'sigmoid', loss: 'binaryCrossEntropy' },
  { activation: 'softmax', loss: 'crossEntropy' },
  { activation: 'linear', loss: 'mse' },
];

/** Project `k` of a family of random networks (a pure function of k). */
export function randomProject(k: number): Project {
  const rng = new Rng(1000 + k);
  const nodes: GraphNode[] = [{ id: 'in', type: 'input', label: 'Input', params: {} }];
  const edges: GraphEdge[] = [];
  let count = 0;
  const node = (type: GraphNode['type'], label: string, params: Record<string, unknown>, from: string[]): string => {
    const id = `n${++count}`;
    nodes.push({ id, type, label, params, position: { x: 0, y: 0 } });
    for (const source of from) edges.push({ id: `e${edges.length + 1}`, source, target: id });
    return id;
  };
  const pick = <T>(list: readonly T[]): T => list[rng.int(list.length)];
  /** A chain of 1–3 layers from `start`, ending in a dense layer of `units`. */
  const branch = (start: string, units: number): string => {
    let at = start;
    for (let d = rng.int(3); d > 0; d--) {
      const roll = rng.int(3);
      if (roll === 0) at = node('activation', `Act ${count + 1}`, { activation: pick(HIDDEN) }, [at]);
      else if (roll === 1) at = node('dropout', `Dropout ${count + 1}`, { rate: 0.3 }, [at]);
      else at = node('dense', `Dense ${count + 1}`, { units: 2 + rng.int(6), activation: pick(HIDDEN) }, [at]);
    }
    return node('dense', `Dense ${count + 1}`, { units, activation: pick(HIDDEN), useBias: rng.int(4) > 0 }, [at]);
  };
  const width = 3 + rng.int(4);
  const a = branch('in', width);
  const b = branch('in', width);
  const sum = node('add', 'Add', {}, [a, b]);
  const c = branch(sum, 2 + rng.int(5));
  const joined = node('concat', 'Concat', {}, [c, rng.int(2) ? sum : a, 'in']);
  const last = rng.int(2) ? node('activation', 'Act last', { activation: pick(HIDDEN) }, [joined]) : joined;
  const task = k % 3;
  const out = node('output', 'Output', OUTPUTS[task], [last]);
  void out;
  return {
    ...newProject(`Random network ${k}`),
    graph: { nodes, edges } as unknown as Project['graph'],
    dataset: DATASETS[task],
  };
}
