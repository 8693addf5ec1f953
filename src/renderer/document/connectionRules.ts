/**
 * Which connections the editor allows. The canvas asks while a wire is being dragged (to show valid
 * targets) and again when it is dropped, and a refusal always comes with a sentence saying why.
 */
import type { Graph } from '../../engine';
import { NODE_KINDS } from './nodeKinds';

const nameOf = (graph: Graph, id: string): string => {
  const node = graph.nodes.find((n) => n.id === id);
  return node?.label?.trim() || id;
};

/** Whether `to` can be reached from `from` by following edges forward. */
function reaches(graph: Graph, from: string, to: string): boolean {
  const outgoing = new Map<string, string[]>();
  for (const edge of graph.edges) {
    const list = outgoing.get(edge.source);
    if (list) list.push(edge.target);
    else outgoing.set(edge.source, [edge.target]);
  }
  const seen = new Set<string>([from]);
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === to) return true;
    for (const next of outgoing.get(id) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return false;
}

/** Returns null when `source → target` may be added, else the reason a learner should read. */
export function connectionRefusal(graph: Graph, source: string, target: string): string | null {
  const from = graph.nodes.find((n) => n.id === source);
  const to = graph.nodes.find((n) => n.id === target);
  if (!from || !to) return 'That connection points to a node that no longer exists.';
  const fromName = nameOf(graph, source);
  const toName = nameOf(graph, target);
  if (source === target) return `${fromName} cannot connect to itself: connect it to the next layer instead.`;
  if (!NODE_KINDS[from.type].hasOutput) {
    return `${fromName} is the network's output, so nothing can come after it: connect from an earlier layer.`;
  }
  if (!NODE_KINDS[to.type].hasInput) {
    return `${toName} is an input: it gets its values from the dataset, so nothing can connect into it.`;
  }
  if (graph.edges.some((e) => e.source === source && e.target === target)) {
    return `${fromName} is already connected to ${toName}.`;
  }
  // A loop is the more basic mistake, so it is named even when the target is also full.
  if (reaches(graph, target, source)) {
    return `Connecting ${fromName} to ${toName} would make a loop (${toName} already feeds ${fromName}): networks here must flow one way, from input to output.`;
  }
  if (!NODE_KINDS[to.type].multipleInputs && graph.edges.some((e) => e.target === target)) {
    return `${toName} already has an input and takes only one: delete its connection first, or join the two with an Add or Concat node.`;
  }
  return null;
}
