/**
 * A 200-node graph must stay smooth: a drag must neither recompile nor rebuild the React Flow objects of nodes
 * that did not move. How long a compile and a drag step take is printed (the README's figures), not asserted:
 * the tests run on shared machines, where a time limit fails for reasons that are not ours.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/engine';
import { compileDocument } from '../../../src/renderer/document/compiled';
import { buildFlowEdges, buildFlowNodes, createFlowCache } from '../../../src/renderer/features/editor/flowModel';
import { dataShapeOfSpec, type EditorDocument, type EditorNode } from '../../../src/renderer/document/document';
import { createEditorStore } from '../../../src/renderer/document/editorStore';
import { templateDocument } from '../../../src/renderer/document/templates';

/** Input → 198 dense layers in a chain → output. */
function bigDocument(): EditorDocument {
  const base = templateDocument('perceptron');
  const nodes: EditorNode[] = [
    { id: 'input-1', type: 'input', label: 'Input 1', position: { x: 0, y: 0 }, params: {} },
  ];
  for (let i = 1; i <= 198; i++) {
    nodes.push({
      id: `dense-${i}`,
      type: 'dense',
      label: `Dense ${i}`,
      position: { x: (i % 20) * 220, y: Math.floor(i / 20) * 140 },
      params: { units: 8, activation: 'relu' },
    });
  }
  nodes.push({
    id: 'output-1',
    type: 'output',
    label: 'Output 1',
    position: { x: 0, y: 1600 },
    params: { activation: 'sigmoid', loss: 'binaryCrossEntropy' },
  });
  const edges = nodes.slice(1).map((n, i) => ({ id: `e-${nodes[i]!.id}-${n.id}`, source: nodes[i]!.id, target: n.id }));
  return { ...base, graph: { nodes, edges } };
}

function timeIt(runs: number, fn: () => void): number {
  for (let i = 0; i < 5; i++) fn(); // warm up the JIT
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - start) / runs;
}

describe('a 200-node graph', () => {
  const doc = bigDocument();
  const shape = dataShapeOfSpec(doc.dataset);

  it('compiles without problems, and reports how long a compile takes', () => {
    const result = compile(doc.graph, shape);
    expect(result.problems).toEqual([]);
    expect(result.totalParams).toBe(2 * 8 + 8 + 197 * (8 * 8 + 8) + 8 + 1);
    const ms = timeIt(50, () => compile(doc.graph, shape));
    console.log(`compile, 200 nodes: ${ms.toFixed(3)} ms`);
  });

  it('applies a drag step to the store as one undo step, and reports how long a step takes', () => {
    const store = createEditorStore(doc);
    let x = 0;
    const ms = timeIt(200, () => {
      x += 1;
      store.getState().moveNodes(new Map([['dense-100', { x, y: 0 }]]), true);
    });
    store.getState().moveNodes(new Map([['dense-100', { x: x + 1, y: 0 }]]), false);
    console.log(`store drag update, 200 nodes: ${ms.toFixed(3)} ms`);
    expect(store.getState().past.length).toBe(1);
  });

  it('rebuilds only the moved node when mapping to React Flow', () => {
    const store = createEditorStore(doc);
    const cache = createFlowCache();
    const measured = new Map();
    const build = () => {
      const s = store.getState();
      const result = compile(s.doc.graph, shape);
      return {
        nodes: buildFlowNodes(s.doc.graph, s.selectedNodeIds, result, shape, measured, cache),
        edges: buildFlowEdges(s.doc.graph, s.selectedEdgeIds, result, cache),
      };
    };
    const first = build();
    store.getState().moveNodes(new Map([['dense-7', { x: 5, y: 5 }]]), true);
    const second = build();
    const rebuilt = second.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id);
    expect(rebuilt).toEqual(['dense-7']);
    expect(second.edges).toBe(first.edges);
  });

  it('does not recompile while nodes are only dragged, and does after a real edit', () => {
    const store = createEditorStore(doc);
    const first = compileDocument(store.getState().doc);
    let x = 0;
    const ms = timeIt(100, () => {
      x += 1;
      store.getState().moveNodes(new Map([['dense-7', { x, y: 5 }]]), true);
      expect(compileDocument(store.getState().doc)).toBe(first);
    });
    console.log(`drag frame (store update + compile memo), 200 nodes: ${ms.toFixed(3)} ms`);
    store.getState().moveNodes(new Map([['dense-7', { x, y: 5 }]]), false);
    store.getState().updateParams('dense-7', { units: 4 });
    const edited = compileDocument(store.getState().doc);
    expect(edited).not.toBe(first);
    expect(edited.result.nodes['dense-7']!.shape).toEqual([4]);
  });
});
