/**
 * Changing a network's depth for the "number of hidden layers" comparison. Pure graph edits.
 *
 * Definition: the hidden layers are the graph's dense nodes. The *last* hidden layer is the dense node met
 * first when walking back from the output through single-input nodes (dropout, activation, dense). To add
 * layers, copies of it (same units, activation, bias and L2) are inserted right after it, each feeding the
 * next, the last one feeding what it used to feed. To remove layers, the last hidden layer is spliced out
 * (its one input is wired to everything it fed) until the count is reached. So "2 hidden layers" always
 * means the same network with its last hidden layer repeated or dropped, and nothing else changes.
 */
import i18next from 'i18next';
import type { Graph, GraphNode } from '../../../engine';

export class CompareError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CompareError';
  }
}

const nameOf = (node: GraphNode): string => node.label ?? node.id;

export function hiddenLayerCount(graph: Graph): number {
  return graph.nodes.filter((n) => n.type === 'dense').length;
}

/** The dense node nearest the output, or null when the network has none. */
export function lastHiddenLayer(graph: Graph): GraphNode | null {
  const output = graph.nodes.find((n) => n.type === 'output');
  if (!output) throw new CompareError(i18next.t('compare.errors.noOutputForDepth'));
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const seen = new Set<string>();
  let current = output;
  for (;;) {
    const incoming = graph.edges.filter((e) => e.target === current.id);
    if (incoming.length === 0) return null;
    if (incoming.length > 1) {
      throw new CompareError(
        i18next.t('compare.errors.noSingleLast', { node: nameOf(current), count: incoming.length }),
      );
    }
    const previous = byId.get(incoming[0].source);
    if (!previous || seen.has(previous.id)) return null;
    seen.add(previous.id);
    if (previous.type === 'dense') return previous;
    if (previous.type === 'input') return null;
    current = previous;
  }
}

function uniqueId(taken: Set<string>, base: string): string {
  let k = 1;
  while (taken.has(`${base}-${k}`)) k += 1;
  const id = `${base}-${k}`;
  taken.add(id);
  return id;
}

function addCopies(graph: Graph, count: number): Graph {
  const last = lastHiddenLayer(graph);
  if (!last) throw new CompareError(i18next.t('compare.errors.nothingToRepeat'));
  const taken = new Set([...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)]);
  const copies: GraphNode[] = [];
  for (let k = 1; k <= count; k++) {
    const id = uniqueId(taken, `${last.id}-copy`);
    const position = last.position ? { x: last.position.x + 60 * k, y: last.position.y + 90 * k } : undefined;
    copies.push({
      ...last,
      id,
      label: i18next.t('compare.copyOf', { name: last.label ?? last.id, number: k }),
      params: { ...last.params },
      ...(position ? { position } : {}),
    });
  }
  const chainEnd = copies[copies.length - 1].id;
  // What the last layer fed is now fed by the last copy; the copies form a chain behind the original.
  const edges = graph.edges.map((e) => (e.source === last.id ? { ...e, source: chainEnd } : e));
  const ids = [last.id, ...copies.map((c) => c.id)];
  for (let i = 1; i < ids.length; i++)
    edges.push({ id: uniqueId(taken, `e-${ids[i - 1]}-${ids[i]}`), source: ids[i - 1], target: ids[i] });
  return { nodes: [...graph.nodes, ...copies], edges };
}

function removeLast(graph: Graph): Graph {
  const last = lastHiddenLayer(graph);
  if (!last) throw new CompareError(i18next.t('compare.errors.nothingToRemove'));
  const incoming = graph.edges.filter((e) => e.target === last.id);
  if (incoming.length !== 1) {
    throw new CompareError(i18next.t('compare.errors.cannotRemove', { node: nameOf(last), count: incoming.length }));
  }
  const source = incoming[0].source;
  const edges = graph.edges
    .filter((e) => e.target !== last.id)
    .map((e) => (e.source === last.id ? { ...e, source } : e));
  return { nodes: graph.nodes.filter((n) => n.id !== last.id), edges };
}

/** The graph with exactly `count` hidden (dense) layers, by repeating or removing the last one. */
export function withHiddenLayers(graph: Graph, count: number): Graph {
  const current = hiddenLayerCount(graph);
  if (count > current) return addCopies(graph, count - current);
  let next = graph;
  for (let i = current; i > count; i--) next = removeLast(next);
  return next;
}
