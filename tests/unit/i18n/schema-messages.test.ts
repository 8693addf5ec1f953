/**
 * A project file's schema problems carry a code and parameters: the English catalogue words them exactly as
 * the project layer's English (the sentence people read today), the Japanese one in Japanese, with the JSON
 * path, the node the value belongs to and the value found there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProject, type ProjectError } from '../../../src/project';
import { SCHEMA_ISSUES } from '../../../src/project/schema-issues';
import { createTranslator, en as EN, problemText, projectErrorsText } from '../../../src/shared/i18n';

const en = createTranslator('en');
const ja = createTranslator('ja');
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

const fixture = (name: string) => readFileSync(`tests/fixtures/projects/${name}`, 'utf8');
const errorsOf = (text: string, name = 'net.nnproj'): ProjectError[] => {
  const result = parseProject(text, name);
  if (result.ok) throw new Error(`${name} opened`);
  return result.errors;
};
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const xor = (): Json => JSON.parse(fixture('xor.nnproj'));
const broken = (change: (p: Json) => void, base = xor()): ProjectError[] => {
  change(base);
  return errorsOf(JSON.stringify(base));
};

/** Broken projects that between them raise every kind of schema problem a file can have. */
function sweep(): ProjectError[] {
  const lesson = () => JSON.parse(fixture('../../../examples/lessons/01-one-neuron.nnproj'));
  const trained = () => JSON.parse(fixture('v1/xor-trained.nnproj'));
  const text = { ja: 'a', en: 'b' };
  const nested = (depth: number): Json => (depth === 0 ? { runsAtLeast: 1 } : { not: nested(depth - 1) });
  return [
    ...errorsOf(fixture('schema-errors.nnproj'), 'schema-errors.nnproj'),
    ...errorsOf(fixture('bad-references.nnproj'), 'bad-references.nnproj'),
    ...broken((p) => {
      p.format = 'layerwise-project';
      p.name = 3;
      p.graph.nodes[0].position = [];
      p.graph.nodes[1].params = { units: 4, activation: 'relu', useBias: 'yes', l2: 2 };
      p.graph.nodes.push({ id: 'x', type: 'conv', params: {} });
      p.dataset = { kind: 'iris', samples: 10, validationSplit: 0.3, seed: 1 };
      p.training.optimizer = { name: 'adam' };
      p.training.earlyStopping = { patience: 0 };
      p.runs = [{ id: 'r', startedAt: 'yesterday', end: 'done', settings: {}, history: 'none' }];
    }),
    ...broken((p) => {
      p.dataset = { kind: 'csv', path: '../data.csv', noise: 0.2, validationSplit: 0.3, seed: 1 };
    }),
    ...broken((p) => {
      p.dataset = { kind: 'csv', path: '/etc/passwd', validationSplit: 0.3, seed: 1 };
      p.comparisons = [{ id: 'c', name: 'a', parameter: {}, values: [], runs: [] }, { id: 'c' }];
    }),
    ...broken((p) => {
      const step = p.lesson.steps[0];
      p.lesson.step = 40;
      p.lesson.steps.push({ ...step });
      p.lesson.steps.push({ id: 'z', text: { ja: 'a', en: 'b' }, check: { metric: 'x', setting: 'y' } });
      p.lesson.steps.push({ id: 'y', text: { ja: 'a', en: 'b' }, check: { all: [], extra: 1 } });
      p.lesson.steps.push({ id: 'w', text: { ja: 'a', en: 'b' }, check: 4 });
      p.lesson.steps.push({ id: 'v', text: { ja: 'a', en: 'b' }, check: { metric: 'valLoss', op: '~', value: 'x' } });
      p.lesson.steps.push({ id: 'u', text: { ja: 'a', en: 'b' }, check: { neuronsShown: false, node: '' } });
      p.lesson.steps.push({ id: 't', text: { ja: 'a', en: 'b' }, check: { hiddenUnitsAtMost: -1 } });
      p.lesson.steps.push({ id: 's', text: { ja: 'a', en: '' }, check: { diverged: 1 }, answer: 'x' });
    }, lesson()),
    ...broken((p) => {
      p.lesson.step = 40;
      p.lesson.steps.push({ ...p.lesson.steps[0] });
      p.lesson.steps.push({ id: 'a', text, check: {} });
      p.lesson.steps.push({ id: 'b', text, check: { metric: 'valLoss', op: '>=', value: 1, node: 'h1' } });
      p.lesson.steps.push({ id: 'c', text, check: { bestValEpochChosen: true, within: -1 } });
      p.lesson.steps.push({ id: 'd', text, check: nested(9) });
    }, lesson()),
    ...broken((p) => (p.lesson.steps = []), lesson()),
    ...broken((p) => p.lesson.steps.push({ ...p.lesson.steps[0] }), lesson()),
    ...broken((p) => p.runs.push({ ...p.runs[0] }), trained()),
    ...broken((p) => {
      const weights = p.runs[0].weights;
      weights[Object.keys(weights)[0]].kernel.data = 'AA!A';
    }, trained()),
    ...broken((p) => (p.dataset = { kind: 'iris', noise: 0.1, validationSplit: 0.3, seed: 1 })),
    ...broken((p) => (p.dataset = { kind: 'csv', path: '.', validationSplit: 0.3, seed: 1 })),
    ...broken((p) => (p.dataset = { kind: 'csv', path: 'a\u0000.csv', validationSplit: 0.3, seed: 1 })),
    ...broken((p) => {
      p.runs.push(structuredClone(p.runs[0]));
      const run = p.runs[0];
      const [first, second] = Object.keys(run.weights);
      run.weights[first].kernel.data = 'Zh==';
      run.weights[first].bias = { shape: [1], data: 'AADAfw==' };
      run.weights[second].kernel.data = 5;
      run.transform = { featureNames: ['x', 'y'], standardization: { mean: [0], std: [1, 0] } };
      run.history[0].health = [{ nodeId: 'h1', gradientNorm: -1 }];
      p.runs[1].weights = 3;
      p.runs[1].transform = { featureNames: [] };
    }, trained()),
    ...broken((p) => {
      const weights = p.runs[0].weights;
      const [first, second] = Object.keys(weights);
      weights[first].kernel.data = 'AAA';
      weights[first].bias.data = 'AAAAAAAA';
      weights[second].kernel.data = 'AA!A';
      weights[second].kernel.shape = [1, 2, 3, 4, 5, 6, 7, 8, 9];
      p.runs[0].history[0].trainLoss = -1;
      p.runs[0].history[0].elapsedMs = -1;
      p.runs[0].graph = { nodes: [], edges: [] };
      p.graph.nodes[1].params.units = 0;
    }, trained()),
  ];
}

describe('schema problems as data', () => {
  it("the English catalogue words every code as the project layer's English twin", () => {
    const problems = EN.problems as Record<string, string>;
    for (const [key, english] of Object.entries(SCHEMA_ISSUES))
      expect(problems[key], key).toBe(english.replace(/\{(\w+)\}/g, '{{$1}}'));
    expect(Object.keys(problems).filter((k) => k.startsWith('schema-') && !(k in SCHEMA_ISSUES))).toEqual([]);
  });

  const all = sweep();

  it('every problem of the sweep has a code the catalogue words', () => {
    expect(all.length).toBeGreaterThan(40);
    expect(all.filter((e) => e.kind === 'schema' && !(e.code ?? '').startsWith('schema-'))).toEqual([]);
    expect(all.filter((e) => e.code === 'schema-other').map((e) => e.message)).toEqual([]);
    const keys = new Set(all.map((e) => (e.params?.context ? `${e.code}_${e.params.context}` : e.code)));
    // zod's fallbacks for a type no builder names, and the variants no kind has (iris takes only shared fields).
    const unreachable = [
      'schema-type',
      'schema-key',
      'schema-invalid',
      'schema-dataset-field_an',
      'schema-dataset-field_aOnly',
    ];
    expect(Object.keys(SCHEMA_ISSUES).filter((k) => !keys.has(k) && !unreachable.includes(k))).toEqual([]);
  });

  it('words every problem in English exactly as its message', () => {
    for (const e of all) expect(problemText(en, e)).toBe(e.message);
  });

  it('words every problem in Japanese, keeping the file, the path and the numbers', () => {
    for (const e of all) {
      if (e.kind !== 'schema') continue;
      const text = problemText(ja, e);
      expect(text, e.message).toMatch(JAPANESE);
      expect(text, e.message).toContain(`${e.fileName}: ${e.path}`);
      expect(text, e.message).not.toMatch(/\b(must|found|missing|refers|repeats)\b/);
      for (const n of e.message.match(/\b\d+(\.\d+)?\b/g) ?? []) expect(text, e.message).toContain(n);
    }
  });
});

describe('schema problems in Japanese', () => {
  it('says that units must be an integer in range, with the node and the value found', () => {
    const [error] = broken((p) => (p.graph.nodes[1].params.units = 0));
    expect(error.message).toBe(
      'net.nnproj: graph.nodes[1].params.units (node "h1"): must be an integer from 1 to 4096 (found 0).',
    );
    expect(problemText(ja, error)).toBe(
      'net.nnproj: graph.nodes[1].params.units（ノード "h1"）: 1 から 4096 までの整数にしてください（実際の値: 0）。',
    );
  });

  it('lists the activations to choose from when one is unknown', () => {
    const [error] = broken((p) => (p.graph.nodes[1].params.activation = 'swish'));
    expect(error.message).toBe(
      'net.nnproj: graph.nodes[1].params.activation (node "h1"): must be one of linear, sigmoid, tanh, relu, leakyRelu, elu, gelu, softmax (found "swish").',
    );
    expect(problemText(ja, error)).toBe(
      'net.nnproj: graph.nodes[1].params.activation（ノード "h1"）: linear, sigmoid, tanh, relu, leakyRelu, elu, gelu, softmax のどれかにしてください（実際の値: "swish"）。',
    );
  });

  it('names a repeated node id and an edge target that is not a node', () => {
    const errors = errorsOf(fixture('bad-references.nnproj'), 'bad-references.nnproj');
    expect(errors.map((e) => e.message)).toEqual([
      'bad-references.nnproj: graph.nodes[1].id (node "in"): repeats the id "in" of an earlier node; every node needs its own id.',
      'bad-references.nnproj: graph.edges[0].target (edge "e1"): refers to node "out", which is not in this graph\'s nodes.',
      'bad-references.nnproj: graph.edges[1].id (edge "e1"): repeats the id "e1" of an earlier edge; every edge needs its own id.',
    ]);
    expect(errors.map((e) => problemText(ja, e))).toEqual([
      'bad-references.nnproj: graph.nodes[1].id（ノード "in"）: ID「in」は前のノードと同じです。ノードごとに別の ID を付けてください。',
      'bad-references.nnproj: graph.edges[0].target（接続 "e1"）: ノード「out」を指していますが、このグラフのノードにはありません。',
      'bad-references.nnproj: graph.edges[1].id（接続 "e1"）: ID「e1」は前の接続と同じです。接続ごとに別の ID を付けてください。',
    ]);
  });

  it('says a field is missing, and what it should be', () => {
    const [error] = broken((p) => delete p.training.epochs);
    expect(error.message).toBe('net.nnproj: training.epochs: is missing (it must be an integer from 1 to 1000000).');
    expect(problemText(ja, error)).toBe(
      'net.nnproj: training.epochs: この項目がありません（1 から 1000000 までの整数にしてください）。',
    );
  });

  it("lists a dataset kind's own fields in the reader's language", () => {
    const [error] = broken((p) => (p.dataset = { kind: 'csv', noise: 0.2, validationSplit: 0.3, seed: 1 }));
    expect(error.message).toBe(
      'net.nnproj: dataset.noise: does not belong to a "csv" dataset, which takes path or text, features, target, task and delimiter (besides validationSplit, seed and standardize): delete it.',
    );
    expect(problemText(ja, error)).toBe(
      'net.nnproj: dataset.noise: "csv" のデータセットでは使わない項目です。このデータセットが使うのは path または text、features、target、task、delimiter（ほかに共通の validationSplit、seed、standardize）です。削除してください。',
    );
  });

  it('notes that an upgraded file was checked after the upgrade', () => {
    const old = JSON.parse(fixture('v1/xor.nnproj'));
    const [error] = broken((p) => (p.graph.nodes[1].params.units = 5000), old);
    expect(error.message).toMatch(/\(found 5000\) \(checked after upgrading the file from version 1\)\.$/);
    expect(problemText(ja, error)).toMatch(
      /までの整数にしてください（実際の値: 5000）（ファイルをバージョン 1 から変換したあとで確認しました）。$/,
    );
  });

  it('words the whole list for the file-open dialog', () => {
    const errors = errorsOf(fixture('schema-errors.nnproj'), 'schema-errors.nnproj');
    const lines = projectErrorsText(ja, errors).split('\n');
    expect(lines).toHaveLength(errors.length);
    expect(lines[1]).toBe(
      'schema-errors.nnproj: graph.nodes[2].params.units（ノード "h2"）: 1 から 4096 までの整数にしてください（実際の値: 0）。',
    );
    expect(lines[3]).toBe(
      'schema-errors.nnproj: graph.nodes[4].params.loss（ノード "out"）: この項目がありません（mse, binaryCrossEntropy, crossEntropy のどれかにしてください）。',
    );
  });
});
