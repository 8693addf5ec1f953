import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/engine';
import { createEditorStore, HISTORY_LIMIT } from '../../../src/renderer/document/editorStore';
import { dataShapeOfSpec } from '../../../src/renderer/document/document';
import { TEMPLATES, templateDocument } from '../../../src/renderer/document/templates';

const empty = () => {
  const doc = templateDocument('perceptron');
  return createEditorStore({ ...doc, graph: { nodes: [], edges: [] } });
};

describe('editor store', () => {
  it('names nodes readably and uniquely', () => {
    const store = empty();
    const a = store.getState().addNode('dense', { x: 0, y: 0 });
    const b = store.getState().addNode('dense', { x: 0, y: 0 });
    const i = store.getState().addNode('input', { x: 0, y: 0 });
    expect([a, b, i]).toEqual(['dense-1', 'dense-2', 'input-1']);
    expect(store.getState().doc.graph.nodes.map((n) => n.label)).toEqual(['Dense 1', 'Dense 2', 'Input 1']);
    store.getState().deleteElements(['dense-1'], []);
    expect(store.getState().addNode('dense', { x: 0, y: 0 })).toBe('dense-3');
  });

  it('undoes and redoes a mixed run of edits back to the exact same graph', () => {
    const store = createEditorStore(templateDocument('one-hidden'));
    const s = () => store.getState();
    const start = structuredClone(s().doc);
    const snapshots = [structuredClone(s().doc)];
    const step = (edit: () => void) => {
      edit();
      snapshots.push(structuredClone(s().doc));
    };
    step(() => s().addNode('dense', { x: 100, y: 300 }));
    step(() => s().updateParams('dense-2', { units: 5 }));
    step(() => s().deleteElements([], ['e-dense-1-output-1']));
    step(() => expect(s().connect('dense-1', 'dense-2')).toBeNull());
    step(() => expect(s().connect('dense-2', 'output-1')).toBeNull());
    step(() => {
      s().moveNodes(new Map([['dense-2', { x: 150, y: 310 }]]), true);
      s().moveNodes(new Map([['dense-2', { x: 200, y: 320 }]]), true);
      s().moveNodes(new Map([['dense-2', { x: 210, y: 330 }]]), false);
    });
    step(() => s().setLabel('dense-1', 'Hidden'));
    step(() => {
      s().setSelection(['dense-1', 'dense-2'], []);
      s().copySelection();
      s().paste();
    });
    step(() => s().applyLayout());
    step(() => s().deleteElements(['input-1'], []));
    expect(s().past.length).toBe(snapshots.length - 1);
    for (let i = snapshots.length - 2; i >= 0; i--) {
      s().undo();
      expect(s().doc).toEqual(snapshots[i]);
    }
    expect(s().doc).toEqual(start);
    expect(s().isDirty()).toBe(false);
    for (let i = 1; i < snapshots.length; i++) {
      s().redo();
      expect(s().doc).toEqual(snapshots[i]);
    }
  });

  it('records one drag as one undo step and ignores drags that end where they began', () => {
    const store = createEditorStore(templateDocument('one-hidden'));
    const s = () => store.getState();
    const before = s().doc;
    for (let x = 1; x <= 20; x++) s().moveNodes(new Map([['dense-1', { x: 240 + x, y: 0 }]]), true);
    s().moveNodes(new Map([['dense-1', { x: 260, y: 0 }]]), false);
    expect(s().past).toEqual([before]);
    s().moveNodes(new Map([['dense-1', { x: 300, y: 0 }]]), true);
    s().moveNodes(new Map([['dense-1', { x: 260, y: 0 }]]), false);
    expect(s().past.length).toBe(1);
    s().undo();
    expect(s().doc).toBe(before);
  });

  it('pastes with new ids, keeps internal edges only, and offsets positions', () => {
    const store = createEditorStore(templateDocument('deep-mlp'));
    const s = () => store.getState();
    s().setSelection(['dense-1', 'dense-2'], []);
    expect(s().copySelection()).toBe(true);
    s().paste();
    const graph = s().doc.graph;
    const pasted = graph.nodes.filter((n) => s().selectedNodeIds.has(n.id));
    expect(pasted.map((n) => n.id)).toEqual(['dense-4', 'dense-5']);
    expect(pasted.map((n) => n.label)).toEqual(['Dense 4', 'Dense 5']);
    expect(pasted[0]!.position).toEqual({ x: 240 + 40, y: 40 });
    expect(pasted[0]!.params).toEqual({ units: 16, activation: 'relu' });
    const newEdges = graph.edges.filter((e) => pasted.some((n) => n.id === e.source || n.id === e.target));
    expect(newEdges).toEqual([{ id: 'e-dense-4-dense-5', source: 'dense-4', target: 'dense-5' }]);
    expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(graph.nodes.length);
    s().paste();
    expect(s().doc.graph.nodes.at(-1)!.position).toEqual({ x: 480 + 80, y: 80 });
  });

  it('cuts and duplicates', () => {
    const store = createEditorStore(templateDocument('deep-mlp'));
    const s = () => store.getState();
    s().setSelection(['dense-2'], []);
    s().duplicateSelection();
    expect(s().doc.graph.nodes.map((n) => n.id)).toContain('dense-4');
    s().setSelection(['dense-3'], []);
    s().cutSelection();
    expect(s().doc.graph.nodes.map((n) => n.id)).not.toContain('dense-3');
    expect(s().doc.graph.edges.some((e) => e.source === 'dense-3' || e.target === 'dense-3')).toBe(false);
    s().paste();
    expect(s().doc.graph.nodes.at(-1)!.id).toBe('dense-5');
  });

  it('refuses bad connections with a reason and records nothing', () => {
    const store = createEditorStore(templateDocument('deep-mlp'));
    const s = () => store.getState();
    const past = s().past.length;
    expect(s().connect('dense-1', 'dense-1')).toMatch(/itself/);
    expect(s().connect('dense-1', 'dense-3')).toMatch(/already has an input/);
    expect(s().connect('dense-3', 'dense-1')).toMatch(/loop/);
    expect(s().connect('output-1', 'dense-1')).toMatch(/output/);
    expect(s().connect('dense-1', 'input-1')).toMatch(/input/);
    s().deleteElements([], ['e-input-1-dense-1']);
    expect(s().connect('dense-3', 'dense-1')).toMatch(/loop/);
    expect(s().past.length).toBe(past + 1);
  });

  it('merges consecutive edits of one field into one undo step', () => {
    const store = createEditorStore(templateDocument('one-hidden'));
    const s = () => store.getState();
    s().updateParams('dense-1', { units: 1 });
    s().updateParams('dense-1', { units: 12 });
    s().updateParams('dense-1', { units: 123 });
    expect(s().past.length).toBe(1);
    s().updateParams('dense-1', { activation: 'relu' });
    expect(s().past.length).toBe(2);
  });

  it('caps history and tracks dirty state against the last save', () => {
    const store = createEditorStore(templateDocument('one-hidden'));
    const s = () => store.getState();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) s().addNode('dense', { x: i, y: 0 });
    expect(s().past.length).toBe(HISTORY_LIMIT);
    expect(s().isDirty()).toBe(true);
    s().markSaved(s().doc);
    expect(s().isDirty()).toBe(false);
    s().undo();
    expect(s().isDirty()).toBe(true);
    s().redo();
    expect(s().isDirty()).toBe(false);
  });

  it('loads a document without history, filling in positions and labels', () => {
    const store = createEditorStore();
    const s = () => store.getState();
    s().addNode('dense', { x: 0, y: 0 });
    const doc = templateDocument('perceptron');
    s().loadDocument({
      ...doc,
      graph: { nodes: doc.graph.nodes.map(({ id, type, params }) => ({ id, type, params })), edges: doc.graph.edges },
    });
    expect(s().past).toEqual([]);
    expect(s().isDirty()).toBe(false);
    expect(s().doc.graph.nodes.map((n) => [n.label, n.position])).toEqual([
      ['input-1', { x: 0, y: 0 }],
      ['output-1', { x: 220, y: 0 }],
    ]);
  });

  it('ships templates that compile without problems for the default dataset', () => {
    for (const template of TEMPLATES) {
      const doc = template.build();
      const result = compile(doc.graph, dataShapeOfSpec(doc.dataset));
      expect(result.problems, template.name).toEqual([]);
      expect(result.plan, template.name).not.toBeNull();
    }
  });
});

describe('compiling the document', () => {
  it('uses a data shape reported for the current dataset settings, and drops it when they change', async () => {
    const { compileDocument } = await import('../../../src/renderer/document/compiled');
    const store = createEditorStore(templateDocument('one-hidden'));
    const s = () => store.getState();
    s().setDataset({ kind: 'csv', features: ['a', 'b', 'c'], target: 'label', task: 'classification' });
    expect(compileDocument(s().doc, s().knownDataShape).shape).toEqual({
      features: 3,
      task: 'classification',
      classes: 2,
    });
    s().setKnownDataShape(s().doc.dataset, { features: 3, task: 'classification', classes: 4 });
    const known = compileDocument(s().doc, s().knownDataShape);
    expect(known.shape.classes).toBe(4);
    expect(known.result.problems.some((p) => p.code === 'loss-mismatch')).toBe(true);
    s().setDataset({ kind: 'circle' });
    expect(compileDocument(s().doc, s().knownDataShape).shape.classes).toBe(2);
  });
});
