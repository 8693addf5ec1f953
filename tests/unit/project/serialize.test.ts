/** Saving: stable text, unknown fields kept, and no silent loss of NaN or Infinity. */
import { describe, expect, it } from 'vitest';
import {
  historyEntryFromMetrics,
  newProject,
  parseProject,
  ProjectSaveError,
  serializeProject,
  type Project,
} from '../../../src/project';
import { fixtureText } from './fixture-files';

function load(name: string): Project {
  const result = parseProject(fixtureText(name), name);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.project;
}

function saveError(project: Project): ProjectSaveError {
  try {
    serializeProject(project);
  } catch (e) {
    if (e instanceof ProjectSaveError) return e;
    throw e;
  }
  throw new Error('serializeProject was expected to refuse this project');
}

describe('serializeProject', () => {
  it('writes the canonical sample back byte for byte', () => {
    const text = fixtureText('xor.nnproj');
    expect(serializeProject(load('xor.nnproj'))).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "layerwise-project",');
  });

  it('orders known keys as the schema does and unknown keys after them, sorted', () => {
    const project = load('unknown-fields.nnproj');
    const saved = JSON.parse(serializeProject(project));
    expect(Object.keys(saved)).toEqual([
      'format',
      'version',
      'name',
      'description',
      'graph',
      'dataset',
      'training',
      'runs',
      'comparisons',
      'aTopLevel',
      'zTopLevelNote',
    ]);
    expect(Object.keys(saved.graph)).toEqual(['nodes', 'edges', 'viewport']);
    expect(Object.keys(saved.graph.nodes[0])).toEqual(['id', 'type', 'position', 'params', 'color']);
    // The order does not depend on the order in which properties were added.
    const shuffled = {
      ...project,
      zz: 1,
      runs: project.runs,
      format: project.format,
      '10': 'ten',
      '2': 'two',
    } as Project;
    const text = serializeProject(shuffled);
    expect(text.indexOf('"10"')).toBeLessThan(text.indexOf('"2"'));
    expect(text.indexOf('"2"')).toBeLessThan(text.indexOf('"aTopLevel"'));
    expect(text.indexOf('"format"')).toBeLessThan(text.indexOf('"version"'));
  });

  it('keeps unknown fields at every depth, through a save and a second load', () => {
    const original = JSON.parse(fixtureText('unknown-fields.nnproj'));
    const saved = JSON.parse(serializeProject(load('unknown-fields.nnproj')));
    expect(saved.zTopLevelNote).toEqual(original.zTopLevelNote);
    expect(saved.graph.viewport).toEqual(original.graph.viewport);
    expect(saved.graph.nodes[0].color).toBe('#ff8800');
    expect(saved.graph.nodes[0].position.snap).toBe(true);
    expect(saved.graph.nodes[1].params.initializer).toEqual({ kind: 'he', gain: 2 });
    expect(saved.graph.edges[0].sourceHandle).toBe('a');
    expect(saved.dataset.augment).toEqual({ flip: true });
    expect(saved.training.schedule).toEqual({ kind: 'cosine' });
    expect(saved.training.earlyStopping).toEqual({ patience: 10, minDelta: 0.001 });
    const run = saved.runs[0];
    expect(run.device).toBe('wasm');
    expect(run.settings.note).toBe('x');
    expect(run.history[0].gradNorm).toBe(12.5);
    expect(run.history[1]).toEqual({ epoch: 2, trainLoss: null, valLoss: null });
    expect(run.weights.h1).toEqual({ kernel: { shape: [1], data: 'AACAPw==', dtype: 'float32' }, extra: 1 });
    expect(saved.comparisons[0].parameter.path).toBe('params.activation');
    expect(saved.comparisons[0].values).toEqual(['tanh', 'relu', { nested: [1, 2] }]);
    expect(saved.comparisons[0].layout).toBe('grid');
    // Loading the saved text again gives the same project.
    const again = parseProject(serializeProject(load('unknown-fields.nnproj')), 'again.nnproj');
    expect(again.ok && again.project).toStrictEqual(load('unknown-fields.nnproj'));
  });

  it('refuses a non-finite weight, naming the run and the node', () => {
    const project = load('xor.nnproj');
    project.runs[0].weights!.h1.kernel.data[3] = Number.NaN;
    const error = saveError(project);
    expect(error.runId).toBe('run-1');
    expect(error.nodeId).toBe('h1');
    expect(error.path).toBe('runs[0].weights.h1.kernel');
    expect(error.message).toBe(
      'The project cannot be saved: Run "run-1", node "h1" kernel holds NaN at index 3; only finite numbers can be saved. ' +
        'The training probably diverged: lower the learning rate, train again, and save the new run.',
    );
    project.runs[0].weights!.h1.kernel.data[3] = 0;
    project.runs[0].weights!.out.bias!.data[0] = Number.NEGATIVE_INFINITY;
    expect(saveError(project).message).toContain('Run "run-1", node "out" bias holds -Infinity at index 0');
  });

  it('refuses NaN anywhere else instead of writing null, and stores diverged losses as null', () => {
    const project = load('xor.nnproj');
    project.runs[0].history[1].valLoss = Number.NaN;
    const error = saveError(project);
    expect(error.path).toBe('runs[0].history[1].valLoss');
    expect(error.message).toContain('historyEntryFromMetrics');
    project.runs[0].history[1] = historyEntryFromMetrics({
      epoch: 2,
      trainLoss: Number.NaN,
      valLoss: Infinity,
      learningRate: 0.01,
      elapsedMs: 5,
    });
    const reloaded = parseProject(serializeProject(project), 'x.nnproj');
    expect(reloaded.ok && reloaded.project.runs[0].history[1]).toEqual({
      epoch: 2,
      trainLoss: null,
      valLoss: null,
      learningRate: 0.01,
      elapsedMs: 5,
    });
    const moved = load('xor.nnproj');
    moved.graph.nodes[0].position.x = Infinity;
    expect(saveError(moved).path).toBe('graph.nodes[0].position.x');
  });

  it('refuses values JSON cannot hold and leaves out undefined properties', () => {
    const withMap = { ...newProject(), extra: new Map() } as Project;
    expect(saveError(withMap).message).toBe(
      'The project cannot be saved: extra is Map, which a project file cannot hold.',
    );
    const withFunction = { ...newProject(), hook: () => 1 } as Project;
    expect(saveError(withFunction).path).toBe('hook');
    const withStray = { ...newProject(), floats: new Float32Array(2) } as Project;
    expect(saveError(withStray).message).toContain('floats is Float32Array');
    const withUndefined = { ...newProject(), label: undefined, description: undefined } as unknown as Project;
    expect(serializeProject(withUndefined)).not.toContain('description');
  });

  it('keeps -0 exactly', () => {
    const project = newProject();
    project.graph.nodes[0].position.x = -0;
    const reloaded = parseProject(serializeProject(project), 'z.nnproj');
    expect(reloaded.ok && Object.is(reloaded.project.graph.nodes[0].position.x, -0)).toBe(true);
  });
});
