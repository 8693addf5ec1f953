/**
 * Opening the sample files in tests/fixtures/projects: one per way a file can fail, plus the valid sample.
 */
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/engine/types';
import {
  checkProjectSize,
  describeProjectErrors,
  MAX_PROJECT_BYTES,
  parseProject,
  type ProjectError,
} from '../../../src/project';
import { fixtureText } from './fixture-files';

function errorsOf(name: string): ProjectError[] {
  const result = parseProject(fixtureText(name), name);
  if (result.ok) throw new Error(`${name} was expected to fail`);
  return result.errors;
}

describe('opening project files', () => {
  it('opens the XOR sample with its graph, settings, run history and weights', () => {
    const result = parseProject(fixtureText('xor.nnproj'), 'xor.nnproj');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { project } = result;
    expect(result.migratedFrom).toBeUndefined();
    expect(project.name).toBe('XOR with one hidden layer');
    expect(project.graph.nodes.map((n) => n.id)).toEqual(['in', 'h1', 'out']);
    const graph: Graph = project.graph; // the stored graph is the engine's IR
    expect(graph.edges).toHaveLength(2);
    expect(project.runs[0].history.map((h) => h.epoch)).toEqual([1, 2, 3]);
    const h1 = project.runs[0].weights?.h1;
    expect(h1?.kernel.shape).toEqual([2, 4]);
    expect(Array.from(h1!.kernel.data)).toEqual([1, -1, 2.5, -2.5, 1, 1, -0.5, 0.5]);
    expect(Array.from(h1!.bias!.data)).toEqual([0, 0.25, -0.25, 1]);
  });

  it('reports a truncated file as a syntax error at its last line', () => {
    const text = fixtureText('truncated.nnproj');
    const [error] = errorsOf('truncated.nnproj');
    expect(error.kind).toBe('syntax');
    if (error.kind !== 'syntax') return;
    expect(error.line).toBe(text.split('\n').length);
    expect(error.column).toBe(text.split('\n').at(-1)!.length + 1);
    expect(error.message).toContain('truncated.nnproj');
    expect(error.message).toContain('ends too early');
  });

  it('points at the line and column of a missing comma', () => {
    const [error] = errorsOf('syntax-error.nnproj');
    expect(error).toMatchObject({ kind: 'syntax', line: 7, column: 37 });
    expect(error.message).toBe(
      `syntax-error.nnproj is not valid JSON at line 7, column 37: unexpected character "\\"": expected ',' or '}' after a property value. ` +
        'Fix the text there in an editor, or open a backup of the project.',
    );
  });

  it("says another program's JSON is not a Layerwise project", () => {
    const errors = errorsOf('other-program.json');
    expect(errors).toHaveLength(1);
    expect(errors[0].kind).toBe('notAProject');
    expect(errors[0].message).toMatch(/^other-program\.json is not a Layerwise project: it has no "format"/);
  });

  it('refuses a file from a newer version and names both versions', () => {
    const [error] = errorsOf('newer-version.nnproj');
    expect(error).toMatchObject({ kind: 'versionTooNew', version: 3, supported: 2 });
    expect(error.message).toBe(
      'newer-version.nnproj was made by a newer version of Layerwise (file format version 3); this version reads up to 2. Update Layerwise to open it.',
    );
  });

  it('lists every schema error with its JSON path', () => {
    const errors = errorsOf('schema-errors.nnproj');
    expect(errors.every((e) => e.kind === 'schema')).toBe(true);
    expect(errors.map((e) => e.message)).toEqual([
      'schema-errors.nnproj: graph.nodes[1].params.activation (node "h1"): must be one of linear, sigmoid, tanh, relu, leakyRelu, elu, gelu, softmax (found "swish").',
      'schema-errors.nnproj: graph.nodes[2].params.units (node "h2"): must be an integer from 1 to 4096 (found 0).',
      'schema-errors.nnproj: graph.nodes[3].params.rate (node "drop"): must be a number from 0 to 0.95 (found 1.5).',
      'schema-errors.nnproj: graph.nodes[4].params.loss (node "out"): is missing (it must be one of mse, binaryCrossEntropy, crossEntropy).',
      'schema-errors.nnproj: dataset.seed: must be an integer from 0 to 4294967295 (found 1.5).',
      'schema-errors.nnproj: training.learningRate: must be a number greater than 0 and at most 100 (found -0.01).',
    ]);
    expect(errors[1]).toMatchObject({
      path: 'graph.nodes[2].params.units',
      problem: 'must be an integer from 1 to 4096 (found 0)',
    });
  });

  it('reports duplicate ids and edges to missing nodes', () => {
    const errors = errorsOf('bad-references.nnproj');
    expect(errors.map((e) => (e.kind === 'schema' ? `${e.path}: ${e.problem}` : e.kind))).toEqual([
      'graph.nodes[1].id: repeats the id "in" of an earlier node; every node needs its own id',
      'graph.edges[0].target: refers to node "out", which is not in this graph\'s nodes',
      'graph.edges[1].id: repeats the id "e1" of an earlier edge; every edge needs its own id',
    ]);
  });

  it('refuses files over the size limit before reading them, naming size and limit', () => {
    expect(MAX_PROJECT_BYTES).toBe(200 * 1024 * 1024);
    expect(checkProjectSize(MAX_PROJECT_BYTES, 'ok.nnproj')).toBeNull();
    const error = checkProjectSize(300 * 1024 * 1024, 'huge.nnproj');
    expect(error).toMatchObject({ kind: 'tooLarge', byteLength: 300 * 1024 * 1024, limit: MAX_PROJECT_BYTES });
    expect(error?.message).toMatch(
      /^huge\.nnproj is 300\.0 MB, larger than the 200\.0 MB \(209,715,200 bytes\) a project file may be/,
    );
    // One byte over does not read as "200.0 MB, larger than 200.0 MB" (issue 12, defect 7).
    expect(checkProjectSize(MAX_PROJECT_BYTES + 1, 'edge.nnproj')?.message).toMatch(
      /^edge\.nnproj is 200\.0 MB \(209,715,201 bytes\), larger than the 200\.0 MB \(209,715,200 bytes\)/,
    );
  });

  it('refuses an oversized text even when the caller skipped the size check', () => {
    const huge = ' '.repeat(MAX_PROJECT_BYTES + 1);
    const result = parseProject(huge, 'huge.nnproj');
    expect(result.ok || result.errors[0].kind).toBe('tooLarge');
  });

  it('says an empty file is empty, and reads a file that starts with a byte-order mark', () => {
    const empty = parseProject('', 'empty.nnproj');
    expect(!empty.ok && empty.errors[0].message).toContain('the file is empty');
    expect(parseProject(`\uFEFF${fixtureText('xor.nnproj')}`, 'bom.nnproj').ok).toBe(true);
  });

  it('describes non-objects and other formats', () => {
    const list = parseProject('[1, 2]', 'list.json');
    expect(!list.ok && list.errors[0].message).toBe(
      'list.json is not a Layerwise project: it holds a list of 2 instead of a project object. Open a .nnproj file saved by Layerwise.',
    );
    const other = parseProject('{"format": "excalidraw"}', 'drawing.json');
    expect(!other.ok && other.errors[0].message).toContain('its "format" is "excalidraw", not "layerwise-project"');
  });

  it('rejects versions that are not whole numbers as a schema error on `version`', () => {
    for (const version of ['"1"', '0', '1.5', 'null']) {
      const result = parseProject(`{"format":"layerwise-project","version":${version}}`, 'v.nnproj');
      expect(!result.ok && result.errors[0]).toMatchObject({ kind: 'schema', path: 'version' });
    }
  });

  it('joins many messages and cuts long lists', () => {
    const errors = errorsOf('schema-errors.nnproj');
    const text = describeProjectErrors(errors, 2);
    expect(text.split('\n')).toHaveLength(3);
    expect(text).toContain('…and 4 more problems');
  });
});
