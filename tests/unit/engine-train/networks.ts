/** Graphs a learner would draw: input → dense layers → output, for the learning tests. */
import type { Graph, GraphNode } from '../../../src/engine/types';

export function mlp(hidden: number[], activation: string, output: 'sigmoid' | 'softmax' | 'linear'): Graph {
  const loss = output === 'sigmoid' ? 'binaryCrossEntropy' : output === 'softmax' ? 'crossEntropy' : 'mse';
  const nodes: GraphNode[] = [{ id: 'in', type: 'input', params: {} }];
  hidden.forEach((units, i) => nodes.push({ id: `h${i + 1}`, type: 'dense', params: { units, activation } }));
  nodes.push({ id: 'out', type: 'output', params: { activation: output, loss } });
  return { nodes, edges: chainEdges(nodes) };
}

/** Edges joining the nodes in list order. */
export function chainEdges(nodes: GraphNode[]): Graph['edges'] {
  return nodes.slice(1).map((n, i) => ({ id: `e${i + 1}`, source: nodes[i].id, target: n.id }));
}
