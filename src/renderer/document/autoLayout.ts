/**
 * Left-to-right auto-layout with dagre: inputs on the left, the output on the right, merges lined up after
 * their branches. Returns new positions only; the store applies them as one undoable step.
 */
import dagre from '@dagrejs/dagre';
import type { EditorGraph } from './document';

/** The size dagre reserves per node; close to the rendered node so lines do not overlap. */
export const LAYOUT_NODE_WIDTH = 190;
export const LAYOUT_NODE_HEIGHT = 110;

export function layoutPositions(graph: EditorGraph): Map<string, { x: number; y: number }> {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 40, ranksep: 80, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) g.setNode(node.id, { width: LAYOUT_NODE_WIDTH, height: LAYOUT_NODE_HEIGHT });
  const ids = new Set(graph.nodes.map((n) => n.id));
  for (const edge of graph.edges) {
    if (ids.has(edge.source) && ids.has(edge.target)) g.setEdge(edge.source, edge.target);
  }
  dagre.layout(g);
  const positions = new Map<string, { x: number; y: number }>();
  for (const node of graph.nodes) {
    const placed = g.node(node.id);
    // dagre gives centres; React Flow positions are top-left corners.
    positions.set(node.id, {
      x: Math.round(placed.x - LAYOUT_NODE_WIDTH / 2),
      y: Math.round(placed.y - LAYOUT_NODE_HEIGHT / 2),
    });
  }
  return positions;
}
