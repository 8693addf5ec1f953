/**
 * Which connections the editor allows. The canvas asks while a wire is being dragged (to show valid
 * targets) and again when it is dropped, and a refusal always comes with a sentence saying why.
 */
import { graphReaches, NODE_KINDS, nodeDisplayName, type Graph } from '../../engine';

/** Returns null when `source → target` may be added, else the reason a learner should read. */
export function connectionRefusal(graph: Graph, source: string, target: string): string | null {
  const from = graph.nodes.find((n) => n.id === source);
  const to = graph.nodes.find((n) => n.id === target);
  if (!from || !to) return 'That connection points to a node that no longer exists.';
  const fromName = nodeDisplayName(from);
  const toName = nodeDisplayName(to);
  if (source === target) return `${fromName} cannot connect to itself: connect it to the next layer instead.`;
  const fromKind = NODE_KINDS[from.type];
  const toKind = NODE_KINDS[to.type];
  if (!fromKind.feedsOthers) {
    return `${fromName} is the network's output, so nothing can come after it: connect from an earlier layer.`;
  }
  if (toKind.fanIn.max === 0) {
    return `${toName} is an input: it gets its values from the dataset, so nothing can connect into it.`;
  }
  if (graph.edges.some((e) => e.source === source && e.target === target)) {
    return `${fromName} is already connected to ${toName}.`;
  }
  // A loop is the more basic mistake, so it is named even when the target is also full.
  if (graphReaches(graph, target, source)) {
    return `Connecting ${fromName} to ${toName} would make a loop (${toName} already feeds ${fromName}): networks here must flow one way, from input to output.`;
  }
  if (graph.edges.filter((e) => e.target === target).length >= toKind.fanIn.max) {
    return `${toName} already has an input and takes only one: delete its connection first, or join the two with an Add or Concat node.`;
  }
  return null;
}
