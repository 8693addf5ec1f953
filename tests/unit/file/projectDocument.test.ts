import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProject, serializeProject, type Project } from '../../../src/project';
import type { ComparisonRecord } from '../../../src/renderer/features/compare/compareTypes';
import { comparisonsPort as codec } from '../../../src/renderer/features/compare/compareStore';
import { documentToProject, projectToDocument } from '../../../src/renderer/features/file/projectDocument';
import { describeNetwork, runNetwork } from '../../../src/renderer/document/runSummary';
import { createTranslator } from '../../../src/shared/i18n';
import { fixtureText, metrics, trainedRun } from './helpers';

function parsed(name: string): Project {
  const result = parseProject(fixtureText(name), name);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.project;
}

describe('projectToDocument / documentToProject', () => {
  it('writes an untouched file back byte for byte, unknown fields at every depth included', () => {
    const base = parsed('unknown-fields.nnproj');
    const parts = projectToDocument(base, codec);
    const again = documentToProject(parts, base, codec);
    expect(serializeProject(again)).toBe(serializeProject(base));
    // The fields this version does not model are really there.
    const text = serializeProject(again);
    for (const field of [
      'zTopLevelNote',
      '"viewport"',
      '"snap"',
      '"color"',
      '"initializer"',
      '"sourceHandle"',
      '"augment"',
      '"schedule"',
      '"minDelta"',
      '"gradNorm"',
      '"device"',
      '"layout"',
    ])
      expect(text).toContain(field);
  });

  it("keeps a lesson file's lesson when its network is edited and saved", () => {
    const result = parseProject(readFileSync('examples/lessons/02-xor.nnproj', 'utf8'), '02-xor.nnproj');
    if (!result.ok) throw new Error('lesson 2 did not open');
    const base = result.project;
    const parts = projectToDocument(base, codec);
    parts.document.training = { ...parts.document.training, epochs: 7 };
    const saved = documentToProject(parts, base, codec);
    expect(saved.lesson).toEqual(base.lesson);
    expect(saved.training.epochs).toBe(7);
    expect(serializeProject(saved)).toContain('"hiddenUnitsAtMost": 4');
  });

  it('keeps unknown fields of nodes and edges the editor rebuilt, and applies the edits', () => {
    const base = parsed('unknown-fields.nnproj');
    const { document, runs, comparisons } = projectToDocument(base, codec);
    // What the editor does: new objects for the edited node, a moved node and every edge.
    const nodes = document.graph.nodes.map((n) =>
      n.id === 'h1'
        ? { ...n, params: { ...n.params, units: 9 } }
        : n.id === 'in'
          ? { ...n, position: { x: 5, y: 6 } }
          : n,
    );
    const edges = document.graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));
    const edited = { ...document, name: 'Renamed', graph: { nodes, edges } };
    const project = documentToProject({ document: edited, runs, comparisons }, base, codec);
    const reread = parseProject(serializeProject(project), 'again.nnproj');
    expect(reread.ok).toBe(true);
    if (!reread.ok) return;
    const byId = new Map(reread.project.graph.nodes.map((n) => [n.id, n as Record<string, unknown>]));
    expect(reread.project.name).toBe('Renamed');
    expect((byId.get('h1')!.params as Record<string, unknown>).units).toBe(9);
    expect((byId.get('h1')!.params as Record<string, unknown>).initializer).toEqual({ kind: 'he', gain: 2 });
    expect(byId.get('in')!.position).toEqual({ x: 5, y: 6, snap: true });
    expect(byId.get('in')!.color).toBe('#ff8800');
    expect(byId.get('in')!.label).toBeUndefined();
    expect((reread.project.graph.edges[0] as Record<string, unknown>).sourceHandle).toBe('a');
    expect((reread.project.graph as Record<string, unknown>).viewport).toEqual({ x: 10, y: -20, zoom: 1.5 });
    expect((reread.project as Record<string, unknown>).zTopLevelNote).toEqual({ keep: ['me', 1, null, true] });
  });

  it('does not bring back a known setting the user removed', () => {
    const base = parsed('unknown-fields.nnproj');
    const parts = projectToDocument(base, codec);
    const { earlyStopping: _dropped, ...training } = parts.document.training;
    const project = documentToProject({ ...parts, document: { ...parts.document, training } }, base, codec);
    expect(project.training.earlyStopping).toBeUndefined();
    expect((project.training as Record<string, unknown>).schedule).toEqual({ kind: 'cosine' });
  });

  it('saves a run trained in the app and reopens it with the same history, weights and summary', () => {
    const diverged = trainedRun('run-a', [metrics(1, 0.7, 0.75), metrics(2, Number.NaN, Number.NaN)]);
    const parts = projectToDocument(parsed('xor.nnproj'), codec);
    const project = documentToProject({ ...parts, runs: [diverged] }, null, codec);
    const reread = parseProject(serializeProject(project), 'runs.nnproj');
    expect(reread.ok).toBe(true);
    if (!reread.ok) return;
    const [run] = projectToDocument(reread.project, codec).runs;
    expect(run).toEqual(diverged);
    expect(run.history.map((h) => [h.epoch, h.trainLoss])).toEqual([
      [1, 0.7],
      [2, null],
    ]);
    expect(runNetwork(run, reread.project.graph)).toBe('Input → Dense 8 tanh → Output sigmoid');
    expect([...run.weights!['dense-1'].kernel.data]).toEqual([...diverged.weights!['dense-1'].kernel.data]);
    expect(run.weights!['output-1'].bias).toBeUndefined();
  });

  it('describes runs saved without their graph or a network summary by the project graph', () => {
    const base = parsed('unknown-fields.nnproj');
    const [run] = projectToDocument(base, codec).runs;
    expect(run.settings.graph).toBeUndefined();
    expect(runNetwork(run, base.graph)).toBe('Input → Dense 4 tanh → Output sigmoid');
  });

  it("describes a run in the reader's language, ids such as tanh as they are", () => {
    const base = parsed('unknown-fields.nnproj');
    const [run] = projectToDocument(base, codec).runs;
    expect(runNetwork(run, base.graph, createTranslator('ja'))).toBe('入力 → 全結合 4 tanh → 出力 sigmoid');
    expect(describeNetwork({ nodes: [], edges: [] }, createTranslator('ja'))).toBe('0 層');
    expect(describeNetwork({ nodes: [], edges: [] })).toBe('0 layers');
  });

  it('keeps saved comparisons, including ones this version cannot show', () => {
    const base = parsed('unknown-fields.nnproj');
    const withUnknown: Project = {
      ...base,
      comparisons: [
        ...(base.comparisons ?? []),
        { id: 'c2', name: 'Future', parameter: { kind: 'quantumFoam' }, values: [1], runs: [] },
      ],
    };
    const parts = projectToDocument(withUnknown, codec);
    expect(parts.comparisons.length + parts.hiddenComparisons.length).toBe(2);
    expect(parts.hiddenComparisons.map((c) => c.id)).toContain('c2');
    const again = documentToProject(parts, withUnknown, codec);
    expect(again.comparisons!.map((c) => c.id).sort()).toEqual(['c1', 'c2']);
    // Deleting the visible ones keeps the hidden one.
    const none = documentToProject({ ...parts, comparisons: [] as ComparisonRecord[] }, withUnknown, codec);
    expect(none.comparisons!.map((c) => c.id)).toEqual(['c2']);
  });

  it('writes a new project as format version 2 with no comparisons field', () => {
    const parts = projectToDocument(parsed('xor.nnproj'), codec);
    const project = documentToProject({ document: parts.document, runs: [], comparisons: [] }, null, codec);
    expect(project.format).toBe('layerwise-project');
    expect(project.version).toBe(2);
    expect('comparisons' in project).toBe(false);
    expect(parseProject(serializeProject(project), 'new.nnproj').ok).toBe(true);
  });
});
