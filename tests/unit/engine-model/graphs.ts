/** Small graph builders shared by the engine-model tests. */
import type { DataShape, Graph, GraphEdge, GraphNode } from '../../../src/engine/types';

export const binary2d: DataShape = { features: 2, task: 'classification', classes: 2 };
export const threeClasses: DataShape = { features: 4, task: 'classification', classes: 3 };
export const regression1d: DataShape = { features: 1, task: 'regression', classes: 0, targets: 1 };

export const input = (id = 'in'): GraphNode => ({ id, type: 'input', params: {} });
export const dense = (
  id: string,
  units: number,
  activation = 'tanh',
  extra: Record<string, unknown> = {},
): GraphNode => ({
  id,
  type: 'dense',
  params: { units, activation, ...extra },
});
export const act = (id: string, activation: string): GraphNode => ({ id, type: 'activation', params: { activation } });
export const dropout = (id: string, rate: number): GraphNode => ({ id, type: 'dropout', params: { rate } });
export const add = (id: string): GraphNode => ({ id, type: 'add', params: {} });
export const concat = (id: string): GraphNode => ({ id, type: 'concat', params: {} });
export const output = (activation = 'sigmoid', loss = 'binaryCrossEntropy', id = 'out'): GraphNode => ({
  id,
  type: 'output',
  params: { activation, loss },
});

/** Edges from "a>b" strings; ids are e1, e2, ... in order. */
export function edges(...pairs: string[]): GraphEdge[] {
  return pairs.map((p, i) => {
    const [source, target] = p.split('>');
    return { id: `e${i + 1}`, source, target };
  });
}

export function chain(nodes: GraphNode[]): Graph {
  const e: string[] = [];
  for (let i = 1; i < nodes.length; i++) e.push(`${nodes[i - 1].id}>${nodes[i].id}`);
  return { nodes, edges: edges(...e) };
}

/**
 * A DAG with every kind of junction: h1 fans out to three consumers (h2, the skip connection into the add
 * `res`, and h3), then an activation layer, a concat, a dropout and a linear + mse output. Its users differ
 * only in h2's activation.
 */
export function fanOutDag(h2Activation: string): Graph {
  return {
    nodes: [
      input(),
      dense('h1', 5, 'gelu'),
      dense('h2', 5, h2Activation),
      add('res'),
      act('act', 'tanh'),
      dense('h3', 3, 'elu'),
      concat('cat'),
      dropout('drop', 0.25),
      dense('h4', 4, 'sigmoid'),
      output('linear', 'mse'),
    ],
    edges: edges(
      'in>h1',
      'h1>h2',
      'h2>res',
      'h1>res',
      'res>act',
      'h1>h3',
      'act>cat',
      'h3>cat',
      'cat>drop',
      'drop>h4',
      'h4>out',
    ),
  };
}
