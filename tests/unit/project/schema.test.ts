/** What the schema accepts, what it fills in, and how it words its complaints. */
import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  type DatasetSpec,
  type Graph,
  type TrainingSettings,
  type WeightsByNode,
} from '../../../src/engine/types';
import {
  defaultDataset,
  defaultTraining,
  newProject,
  parseProject,
  serializeProject,
  type Project,
  type ProjectError,
} from '../../../src/project';

// Tests poke at raw, untyped JSON on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawJson = Record<string, any>;

/** A minimal valid file with `patch` applied to its parsed JSON. */
function fileWith(patch: (json: RawJson) => void): string {
  const json: RawJson = {
    format: 'layerwise-project',
    version: 1,
    graph: {
      nodes: [
        { id: 'in', type: 'input' },
        { id: 'h', type: 'dense', params: { units: 3, activation: 'relu' } },
        { id: 'out', type: 'output', params: { activation: 'softmax', loss: 'crossEntropy' } },
      ],
      edges: [{ id: 'e1', source: 'in', target: 'h' }],
    },
    dataset: { kind: 'spiral', samples: 300, noise: 0.2, validationSplit: 0.2, seed: 5 },
    training: { optimizer: 'momentum', learningRate: 0.1, batchSize: 8, epochs: 10, seed: 9 },
  };
  patch(json);
  return JSON.stringify(json);
}

function parsed(patch: (json: RawJson) => void = () => {}): Project {
  const result = parseProject(fileWith(patch), 'p.nnproj');
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.project;
}

function problems(patch: (json: RawJson) => void): string[] {
  const result = parseProject(fileWith(patch), 'p.nnproj');
  return result.ok
    ? []
    : result.errors.map((e: ProjectError) => (e.kind === 'schema' ? `${e.path}: ${e.problem}` : e.message));
}

describe('project schema', () => {
  it('fills in the documented defaults', () => {
    const project = parsed();
    expect(project.name).toBe('Untitled project');
    expect(project.description).toBe('');
    expect(project.runs).toEqual([]);
    expect(project.comparisons).toBeUndefined();
    expect(project.graph.nodes[0]).toEqual({ id: 'in', type: 'input', position: { x: 0, y: 0 }, params: {} });
    expect(project.graph.nodes[1].params).toEqual({ units: 3, activation: 'relu', useBias: true, l2: 0 });
    expect(project.dataset).toMatchObject({ classes: 2 });
    expect(project.dataset.standardize).toBeUndefined();
    expect(project.training).toMatchObject({ l2: 0, momentum: 0.9 });
    expect(project.training.earlyStopping).toBeUndefined();
    // Only the kinds that take a class count get one.
    expect(parsed((j) => (j.dataset.kind = 'iris')).dataset.classes).toBeUndefined();
    expect(parsed((j) => (j.dataset.classes = 4)).dataset.classes).toBe(4);
    // Defaults are fresh objects, not one shared instance.
    const two = parsed();
    two.graph.nodes[0].position.x = 99;
    expect(parsed().graph.nodes[0].position.x).toBe(0);
  });

  it('checks node parameters against their ranges and the registries', () => {
    expect(problems((j) => (j.graph.nodes[1].params.units = 4096))).toEqual([]);
    expect(problems((j) => (j.graph.nodes[1].params.units = 4097))).toEqual([
      'graph.nodes[1].params.units: must be an integer from 1 to 4096 (found 4097)',
    ]);
    expect(problems((j) => (j.graph.nodes[1].params.units = 2.5))).toEqual([
      'graph.nodes[1].params.units: must be an integer from 1 to 4096 (found 2.5)',
    ]);
    expect(problems((j) => (j.graph.nodes[1].params.units = '8'))).toEqual([
      'graph.nodes[1].params.units: must be an integer from 1 to 4096 (found "8")',
    ]);
    for (const activation of ACTIVATIONS)
      expect(problems((j) => (j.graph.nodes[1].params.activation = activation))).toEqual([]);
    expect(problems((j) => (j.graph.nodes[2].params.activation = 'relu'))).toEqual([
      'graph.nodes[2].params.activation: must be one of sigmoid, softmax, linear (found "relu")',
    ]);
    expect(problems((j) => j.graph.nodes.push({ id: 'd', type: 'dropout', params: { rate: 0.95 } }))).toEqual([]);
    expect(problems((j) => j.graph.nodes.push({ id: 'd', type: 'dropout', params: { rate: 0.96 } }))).toEqual([
      'graph.nodes[3].params.rate: must be a number from 0 to 0.95 (found 0.96)',
    ]);
    expect(problems((j) => (j.graph.nodes[1].params.useBias = 'yes'))).toEqual([
      'graph.nodes[1].params.useBias: must be true or false (found "yes")',
    ]);
    expect(problems((j) => delete j.graph.nodes[1].params)).toEqual([
      'graph.nodes[1].params.units: is missing (it must be an integer from 1 to 4096)',
      'graph.nodes[1].params.activation: is missing (it must be one of linear, sigmoid, tanh, relu, leakyRelu, elu, gelu, softmax)',
    ]);
  });

  it('checks structure, settings and runs with paths', () => {
    expect(problems((j) => (j.graph.nodes = 'none'))).toEqual(['graph.nodes: must be a list ([ … ]) (found "none")']);
    expect(problems((j) => delete j.training)).toEqual(['training: is missing (it must be an object ({ … }))']);
    expect(problems((j) => (j.graph.nodes[0].id = ''))).toEqual([
      'graph.nodes[0].id: must be a non-empty text (found "")',
      'graph.edges[0].source: refers to node "in", which is not in this graph\'s nodes',
    ]);
    expect(problems((j) => (j.dataset.validationSplit = 0.95))).toEqual([
      'dataset.validationSplit: must be a number from 0 to 0.9 (found 0.95)',
    ]);
    expect(problems((j) => (j.training.optimizer = 'lion'))).toEqual([
      'training.optimizer: must be one of sgd, momentum, rmsprop, adagrad, adam (found "lion")',
    ]);
    expect(problems((j) => (j.training.earlyStopping = { patience: 0 }))).toEqual([
      'training.earlyStopping.patience: must be an integer from 1 to 100000 (found 0)',
    ]);
    expect(
      problems((j) => {
        j.runs = [
          {
            id: 'r',
            startedAt: '2025-01-01T00:00:00Z',
            end: 'completed',
            settings: { training: j.training, dataset: j.dataset },
            history: [],
          },
          {
            id: 'r',
            startedAt: 'yesterday',
            end: 'crashed',
            settings: { training: j.training, dataset: j.dataset },
            history: [{ epoch: 0, trainLoss: 1, valLoss: 1 }],
          },
        ];
      }),
    ).toEqual([
      'runs[1].startedAt: must be a date and time in ISO 8601 form, like "2025-01-31T09:30:00.000Z" (found "yesterday")',
      'runs[1].end: must be one of completed, stopped, diverged (found "crashed")',
      'runs[1].history[0].epoch: must be an integer from 1 to 100000000 (found 0)',
    ]);
  });

  it('refuses CSV paths that leave the project folder by being absolute or a URL', () => {
    const csv = (path: string) => (j: RawJson) =>
      (j.dataset = { kind: 'csv', samples: 1, noise: 0, validationSplit: 0, seed: 0, path });
    expect(problems(csv('data/iris.csv'))).toEqual([]);
    for (const bad of [
      '/etc/passwd',
      'C:\\Users\\me\\secret.csv',
      '\\\\server\\share\\a.csv',
      'file:///etc/passwd',
      'https://example.com/a.csv',
    ]) {
      expect(problems(csv(bad))).toEqual([
        `dataset.path: must be a path relative to the project file (not an absolute path or a URL) (found ${JSON.stringify(bad)})`,
      ]);
    }
  });

  it('never lets a key named __proto__ change an object prototype', () => {
    const text = fileWith((j) => (j.graph.nodes[0].extra = 1)).replace('"extra":1', '"__proto__":{"polluted":true}');
    const result = parseProject(text, 'proto.nnproj');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const node = result.project.graph.nodes[0] as Record<string, unknown>;
    expect(Object.getPrototypeOf(node)).toBe(Object.prototype);
    expect(node.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives types the engine accepts directly', () => {
    const project = newProject();
    const graph: Graph = project.graph;
    const dataset: DatasetSpec = project.dataset;
    const training: TrainingSettings = project.training;
    const weights: WeightsByNode | undefined = project.runs[0]?.weights;
    expect([graph.nodes.length, dataset.kind, training.optimizer, weights]).toEqual([3, 'xor', 'adam', undefined]);
  });
});

describe('new projects', () => {
  it('starts from the XOR network with documented settings', () => {
    const project = newProject('My first network');
    expect(project.name).toBe('My first network');
    expect(project.graph.nodes.map((n) => `${n.id}:${n.type}`)).toEqual(['in:input', 'h1:dense', 'out:output']);
    expect(defaultDataset()).toEqual({
      kind: 'xor',
      samples: 400,
      noise: 0.1,
      validationSplit: 0.3,
      seed: 1,
    });
    expect(defaultTraining()).toEqual({
      optimizer: 'adam',
      learningRate: 0.01,
      batchSize: 16,
      epochs: 200,
      seed: 42,
      l2: 0,
      momentum: 0.9,
    });
  });

  it('saves and reopens as the same project', () => {
    const project = newProject();
    const result = parseProject(serializeProject(project), 'new.nnproj');
    expect(result.ok && result.project).toStrictEqual(project);
  });
});
