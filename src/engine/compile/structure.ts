/**
 * The graph's wiring, independent of what the layers compute: which edges are usable, who feeds whom,
 * cycles, and which nodes lie on a path from the input to the output.
 */
import type { CompileProblem, Graph, GraphEdge, GraphNode } from '../types';
import { describeNode, nodeDisplayName, nodeRef } from './names';

export interface Wiring {
  /** Nodes by id (the first node wins when ids repeat; the repeat is reported). */
  byId: Map<string, GraphNode>;
  /** Usable edges into each node, in edge order (concat follows this order). */
  incoming: Map<string, GraphEdge[]>;
  /** Usable edges out of each node, in edge order. */
  outgoing: Map<string, GraphEdge[]>;
  /** Nodes in topological order; nodes on a cycle (or fed by one) are missing. */
  topo: string[];
}

/** Indexes the graph and reports duplicate ids, edges to nowhere and repeated edges. */
export function indexGraph(graph: Graph, problems: CompileProblem[]): Wiring {
  const byId = new Map<string, GraphNode>();
  for (const node of graph.nodes) {
    if (byId.has(node.id)) {
      problems.push({
        severity: 'error',
        code: 'duplicate-id',
        message: `Two nodes share the id '${node.id}': give each node its own id.`,
        params: { id: node.id },
        nodeId: node.id,
      });
      continue;
    }
    byId.set(node.id, node);
  }
  const incoming = new Map<string, GraphEdge[]>();
  const outgoing = new Map<string, GraphEdge[]>();
  for (const id of byId.keys()) {
    incoming.set(id, []);
    outgoing.set(id, []);
  }
  const seenPairs = new Set<string>();
  for (const edge of graph.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) {
      const missing = !source ? edge.source : edge.target;
      problems.push({
        severity: 'error',
        code: 'dangling-edge',
        message: `Connection '${edge.id}' points to a node '${missing}' that does not exist: delete the connection.`,
        params: { edge: edge.id, missing },
        edgeId: edge.id,
      });
      continue;
    }
    const pair = `${edge.source}\u0000${edge.target}`;
    if (seenPairs.has(pair)) {
      problems.push({
        severity: 'error',
        code: 'duplicate-edge',
        message: `${describeNode(source)} is connected to ${describeNode(target)} twice: delete one of the connections.`,
        params: { ...nodeRef(source, 'source'), ...nodeRef(target, 'target') },
        nodeId: target.id,
        edgeId: edge.id,
      });
      continue;
    }
    seenPairs.add(pair);
    outgoing.get(edge.source)!.push(edge);
    incoming.get(edge.target)!.push(edge);
  }
  return { byId, incoming, outgoing, topo: topologicalOrder(byId, incoming, outgoing) };
}

/** Kahn's algorithm; ties keep the order nodes appear in the graph, so plans are stable across edits. */
function topologicalOrder(
  byId: Map<string, GraphNode>,
  incoming: Map<string, GraphEdge[]>,
  outgoing: Map<string, GraphEdge[]>,
): string[] {
  const remaining = new Map<string, number>();
  const queue: string[] = [];
  for (const id of byId.keys()) {
    const n = incoming.get(id)!.length;
    remaining.set(id, n);
    if (n === 0) queue.push(id);
  }
  const order: string[] = [];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head];
    order.push(id);
    for (const edge of outgoing.get(id)!) {
      const left = remaining.get(edge.target)! - 1;
      remaining.set(edge.target, left);
      if (left === 0) queue.push(edge.target);
    }
  }
  return order;
}

/**
 * Reports each cycle once, spelled out by node names ("h1 → h2 → h1"). Iterative DFS so a long chain cannot
 * overflow the stack; a back edge into a cycle already reported is skipped to keep the messages few.
 */
export function reportCycles(wiring: Wiring, problems: CompileProblem[]): void {
  const WHITE = 0;
  const GREY = 1;
  const BLACK = 2;
  const colour = new Map<string, number>();
  const reported = new Set<string>();
  for (const id of wiring.byId.keys()) colour.set(id, WHITE);
  for (const root of wiring.byId.keys()) {
    if (colour.get(root) !== WHITE) continue;
    const path: string[] = [root];
    const cursor: number[] = [0];
    colour.set(root, GREY);
    while (path.length > 0) {
      const id = path[path.length - 1];
      const edges = wiring.outgoing.get(id)!;
      const i = cursor[cursor.length - 1]++;
      if (i >= edges.length) {
        colour.set(id, BLACK);
        path.pop();
        cursor.pop();
        continue;
      }
      const next = edges[i].target;
      const c = colour.get(next);
      if (c === WHITE) {
        colour.set(next, GREY);
        path.push(next);
        cursor.push(0);
      } else if (c === GREY && !reported.has(next)) {
        const loop = path.slice(path.indexOf(next));
        for (const member of loop) reported.add(member);
        const names = [...loop, next].map((n) => nodeDisplayName(wiring.byId.get(n)!));
        problems.push({
          severity: 'error',
          code: 'cycle',
          message: `The graph has a cycle: ${names.join(' → ')}. Layers must feed forward: remove one of these connections.`,
          params: { path: names.join(' → ') },
          nodeId: next,
          edgeId: edges[i].id,
        });
      }
    }
  }
}

/** Every node reachable by following edges forward (or backward) from `start`, including `start`. */
export function reachable(wiring: Wiring, start: string, direction: 'forward' | 'backward'): Set<string> {
  const seen = new Set<string>([start]);
  const stack = [start];
  const edgesOf = direction === 'forward' ? wiring.outgoing : wiring.incoming;
  while (stack.length > 0) {
    const id = stack.pop()!;
    for (const edge of edgesOf.get(id) ?? []) {
      const next = direction === 'forward' ? edge.target : edge.source;
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

/**
 * Whether `to` can be reached from `from` by following the graph's edges forward. The editor asks before it
 * adds `to → from`, which would close a loop.
 */
export function graphReaches(graph: Graph, from: string, to: string): boolean {
  return reachable(indexGraph(graph, []), from, 'forward').has(to);
}
