/**
 * Copy and paste of sub-graphs. A copy holds the chosen nodes and only the edges between them; a paste gives
 * every node a fresh id (and a fresh default label), keeps the internal wiring and shifts the positions so
 * the copies do not hide the originals.
 */
import type { GraphEdge } from '../../engine';
import type { EditorGraph, EditorNode } from './document';
import { allocateEdgeId, allocateName, isDefaultLabel } from './ids';

export interface ClipboardContent {
  nodes: EditorNode[];
  edges: GraphEdge[];
}

export const PASTE_OFFSET = 40;

/** The selected nodes and the edges that run between two of them. */
export function copySubgraph(graph: EditorGraph, nodeIds: ReadonlySet<string>): ClipboardContent | null {
  const nodes = graph.nodes.filter((n) => nodeIds.has(n.id));
  if (nodes.length === 0) return null;
  const edges = graph.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target));
  return structuredClone({ nodes, edges });
}

/**
 * Builds the nodes and edges a paste adds to `graph`. `offset` grows with repeated pastes of the same copy
 * so each lands beside the last.
 */
export function pasteSubgraph(graph: EditorGraph, content: ClipboardContent, offset: number): ClipboardContent {
  const taken: { id: string; label: string }[] = [];
  const newIds = new Map<string, string>();
  const nodes = content.nodes.map((node): EditorNode => {
    const name = allocateName(node.type, graph.nodes, taken);
    newIds.set(node.id, name.id);
    return {
      ...structuredClone(node),
      id: name.id,
      label: isDefaultLabel(node.type, node.label) ? name.label : `${node.label} (copy)`,
      position: { x: node.position.x + offset, y: node.position.y + offset },
    };
  });
  const allEdges: { id: string }[] = [...graph.edges];
  const edges = content.edges.map((edge): GraphEdge => {
    const source = newIds.get(edge.source)!;
    const target = newIds.get(edge.target)!;
    const created = { id: allocateEdgeId(source, target, allEdges), source, target };
    allEdges.push(created);
    return created;
  });
  return { nodes, edges };
}
