/**
 * Turns the document into React Flow's nodes and edges. Node objects are reused whenever nothing that a
 * node shows has changed (its graph node, selection, measured size, compile info and problems), so with
 * memoised node components a drag re-renders only the nodes that move, even in a 200-node graph.
 */
import i18next, { type TFunction } from 'i18next';
import type { Edge, Node } from '@xyflow/react';
import type { CompileProblem, CompileResult, DataShape } from '../../../engine';
import type { EditorGraph, EditorNode } from '../../document/document';

export interface LayerNodeData extends Record<string, unknown> {
  node: EditorNode;
  /** Output shape from the compiler, when it could infer one. */
  shape?: number[];
  paramCount: number;
  problems: CompileProblem[];
  dataShape: DataShape;
}

export type LayerFlowNode = Node<LayerNodeData>;

interface CachedNode {
  key: string;
  source: EditorNode;
  flow: LayerFlowNode;
}

export interface FlowCache {
  nodes: Map<string, CachedNode>;
  edges: Map<string, Edge>;
  /** The last edge list handed out; returned again when no edge changed, so React Flow skips its edge work. */
  edgeList: Edge[];
}

export const createFlowCache = (): FlowCache => ({ nodes: new Map(), edges: new Map(), edgeList: [] });

export type Measured = ReadonlyMap<string, { width: number; height: number }>;

function problemsByNode(result: CompileResult): Map<string, CompileProblem[]> {
  const byNode = new Map<string, CompileProblem[]>();
  for (const problem of result.problems) {
    if (!problem.nodeId) continue;
    const list = byNode.get(problem.nodeId);
    if (list) list.push(problem);
    else byNode.set(problem.nodeId, [problem]);
  }
  return byNode;
}

export function buildFlowNodes(
  graph: EditorGraph,
  selected: ReadonlySet<string>,
  result: CompileResult,
  dataShape: DataShape,
  measured: Measured,
  cache: FlowCache,
  t: TFunction = i18next.t,
): LayerFlowNode[] {
  const problems = problemsByNode(result);
  const seen = new Set<string>();
  const dataKey = `${dataShape.features}/${dataShape.classes}/${dataShape.task}/${dataShape.targets ?? ''}`;
  const flows = graph.nodes.map((node) => {
    seen.add(node.id);
    const info = result.nodes[node.id];
    const nodeProblems = problems.get(node.id) ?? [];
    const size = measured.get(node.id);
    const isSelected = selected.has(node.id);
    const ariaLabel = t('canvas.nodeLabel', {
      name: node.label,
      kind: t(`nodeKinds.${node.type}.title`, { defaultValue: node.type }),
    });
    const key = [
      isSelected,
      ariaLabel,
      size ? `${size.width}x${size.height}` : '',
      info?.shape?.join(',') ?? '-',
      info?.params ?? 0,
      dataKey,
      ...nodeProblems.map((p) => `${p.severity}:${p.message}`),
    ].join('|');
    const cached = cache.nodes.get(node.id);
    if (cached && cached.source === node && cached.key === key) return cached.flow;
    const flow: LayerFlowNode = {
      id: node.id,
      // Prefixed so React Flow's built-in 'input'/'output' node styles do not apply to ours.
      type: `layer-${node.type}`,
      position: node.position,
      selected: isSelected,
      ariaLabel,
      data: { node, shape: info?.shape, paramCount: info?.params ?? 0, problems: nodeProblems, dataShape },
      ...(size ? { measured: size } : {}),
    };
    cache.nodes.set(node.id, { key, source: node, flow });
    return flow;
  });
  for (const id of cache.nodes.keys()) if (!seen.has(id)) cache.nodes.delete(id);
  return flows;
}

export function buildFlowEdges(
  graph: EditorGraph,
  selected: ReadonlySet<string>,
  result: CompileResult,
  cache: FlowCache,
  t: TFunction = i18next.t,
): Edge[] {
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const broken = new Set(result.problems.filter((p) => p.edgeId && p.severity === 'error').map((p) => p.edgeId!));
  const seen = new Set<string>();
  const edges = graph.edges.map((edge) => {
    seen.add(edge.id);
    const isSelected = selected.has(edge.id);
    const className = broken.has(edge.id) ? 'edge-error' : undefined;
    const ariaLabel = t('canvas.edgeLabel', {
      from: labels.get(edge.source) ?? edge.source,
      to: labels.get(edge.target) ?? edge.target,
    });
    const cached = cache.edges.get(edge.id);
    if (
      cached &&
      cached.source === edge.source &&
      cached.target === edge.target &&
      cached.selected === isSelected &&
      cached.className === className &&
      cached.ariaLabel === ariaLabel
    ) {
      return cached;
    }
    const flow: Edge = {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      selected: isSelected,
      className,
      ariaLabel,
    };
    cache.edges.set(edge.id, flow);
    return flow;
  });
  for (const id of cache.edges.keys()) if (!seen.has(id)) cache.edges.delete(id);
  const previous = cache.edgeList;
  if (previous.length === edges.length && edges.every((e, i) => e === previous[i])) return previous;
  cache.edgeList = edges;
  return edges;
}
