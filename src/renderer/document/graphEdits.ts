/**
 * Pure edits of an editor document. Each returns a new document that shares every untouched part with the
 * old one (so history snapshots are cheap and memoised nodes do not re-render), or the same document when
 * the edit changes nothing.
 */
import { initialParams, type NodeType } from '../../engine';
import type { EditorDocument, EditorGraph, EditorNode } from './document';
import { allocateEdgeId, allocateName } from './ids';

const withGraph = (doc: EditorDocument, graph: EditorGraph): EditorDocument => ({ ...doc, graph });

export function addNode(
  doc: EditorDocument,
  type: NodeType,
  position: { x: number; y: number },
): { doc: EditorDocument; id: string } {
  const { id, label } = allocateName(type, doc.graph.nodes);
  const node: EditorNode = { id, type, label, position: { ...position }, params: initialParams(type) };
  return { doc: withGraph(doc, { ...doc.graph, nodes: [...doc.graph.nodes, node] }), id };
}

/** Removes nodes (with every edge touching them) and edges. */
export function deleteElements(
  doc: EditorDocument,
  nodeIds: ReadonlySet<string>,
  edgeIds: ReadonlySet<string>,
): EditorDocument {
  if (nodeIds.size === 0 && edgeIds.size === 0) return doc;
  const nodes = doc.graph.nodes.filter((n) => !nodeIds.has(n.id));
  const edges = doc.graph.edges.filter((e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target));
  if (nodes.length === doc.graph.nodes.length && edges.length === doc.graph.edges.length) return doc;
  return withGraph(doc, { nodes, edges });
}

export function addEdge(doc: EditorDocument, source: string, target: string): { doc: EditorDocument; id: string } {
  const id = allocateEdgeId(source, target, doc.graph.edges);
  return { doc: withGraph(doc, { ...doc.graph, edges: [...doc.graph.edges, { id, source, target }] }), id };
}

/** Replaces the nodes `change` returns a different object for; keeps the array when nothing changed. */
export function mapNodes(doc: EditorDocument, change: (node: EditorNode) => EditorNode): EditorDocument {
  let changed = false;
  const nodes = doc.graph.nodes.map((node) => {
    const next = change(node);
    if (next !== node) changed = true;
    return next;
  });
  return changed ? withGraph(doc, { ...doc.graph, nodes }) : doc;
}

export function moveNodes(
  doc: EditorDocument,
  positions: ReadonlyMap<string, { x: number; y: number }>,
): EditorDocument {
  return mapNodes(doc, (node) => {
    const p = positions.get(node.id);
    if (!p || (p.x === node.position.x && p.y === node.position.y)) return node;
    return { ...node, position: { x: p.x, y: p.y } };
  });
}

export function updateParams(doc: EditorDocument, nodeId: string, patch: Record<string, unknown>): EditorDocument {
  return mapNodes(doc, (node) => {
    if (node.id !== nodeId) return node;
    const same = Object.entries(patch).every(([key, value]) => node.params[key] === value);
    return same ? node : { ...node, params: { ...node.params, ...patch } };
  });
}

export function setLabel(doc: EditorDocument, nodeId: string, label: string): EditorDocument {
  return mapNodes(doc, (node) => (node.id === nodeId && node.label !== label ? { ...node, label } : node));
}

/** Shallow-merges a patch into one of the document's settings objects, keeping identity when unchanged. */
export function patchObject<T extends object>(value: T, patch: Partial<T>): T {
  const same = (Object.keys(patch) as (keyof T)[]).every((key) => value[key] === patch[key]);
  return same ? value : { ...value, ...patch };
}
