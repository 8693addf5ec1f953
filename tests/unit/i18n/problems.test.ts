import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/engine/compile';
import type { CompileProblem, DataShape, Graph } from '../../../src/engine/types';
import { compileErrorMessage } from '../../../src/engine/train/setup';
import {
  compileErrorText,
  createTranslator,
  languageFromEnv,
  pickLanguage,
  problemOr,
  problemText,
} from '../../../src/shared/i18n';
import {
  act,
  add,
  binary2d,
  chain,
  dense,
  dropout,
  edges,
  input,
  output,
  regression1d,
  threeClasses,
} from '../engine-model/graphs';

const en = createTranslator('en');
const ja = createTranslator('ja');

/** Broken graphs that between them raise every code the compiler words with parameters. */
const broken: Array<[string, Graph, DataShape]> = [
  [
    'cycle',
    { nodes: [input(), dense('h1', 4), dense('h2', 4), output()], edges: edges('in>h1', 'h1>h2', 'h2>h1', 'h2>out') },
    binary2d,
  ],
  ['no path', { nodes: [input(), dense('h1', 4), output()], edges: edges('in>h1') }, binary2d],
  [
    'unreachable',
    { nodes: [input(), dense('h1', 4), dense('lost', 3), output()], edges: edges('in>h1', 'h1>out', 'in>lost') },
    binary2d,
  ],
  ['no endpoints', { nodes: [dense('h1', 4)], edges: [] }, binary2d],
  ['two inputs', chain([input(), input('in2'), dense('h1', 4), output()]), binary2d],
  ['duplicate edge', { nodes: [input(), output()], edges: edges('in>out', 'in>out') }, binary2d],
  ['dangling', { nodes: [input(), output()], edges: edges('in>out', 'in>ghost') }, binary2d],
  ['duplicate id', { nodes: [input(), input(), output()], edges: edges('in>out') }, binary2d],
  [
    'bad params',
    chain([
      input(),
      dense('h1', 0, 'swish', { useBias: 'yes', l2: -1 }),
      dropout('d', 2),
      act('a', 'softmax'),
      output('tanh', 'hinge'),
    ]),
    binary2d,
  ],
  [
    'merge',
    {
      nodes: [input(), dense('a', 3), dense('b', 4), add('sum'), output()],
      edges: edges('in>a', 'in>b', 'a>sum', 'b>sum', 'sum>out'),
    },
    binary2d,
  ],
  ['regression loss', chain([input(), dense('h1', 4), output()]), regression1d],
  ['binary on three', chain([input(), dense('h1', 4), output()]), threeClasses],
  ['two classes softmax+bce', chain([input(), dense('h1', 4), output('softmax', 'binaryCrossEntropy')]), binary2d],
  ['no features', chain([input(), dense('h1', 4), output()]), { features: 0, task: 'classification', classes: 2 }],
];

const all: CompileProblem[] = broken.flatMap(([, graph, shape]) => compile(graph, shape).problems);

describe('problems as data', () => {
  it('the English catalogue words every problem exactly as the engine does', () => {
    const worded = all.filter((p) => p.params !== undefined);
    expect(new Set(worded.map((p) => p.code)).size).toBeGreaterThanOrEqual(20);
    for (const p of worded) expect(problemText(en, p)).toBe(p.message);
  });

  it('the Japanese catalogue words every problem with parameters, naming its nodes', () => {
    for (const p of all.filter((q) => q.params !== undefined)) {
      const text = problemText(ja, p);
      expect(text, p.code).not.toBe(p.message);
      expect(text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      // Every value the English sentence shows (node names, counts, shapes, choices) shows in Japanese too.
      for (const [key, value] of Object.entries(p.params!)) {
        const shown = key !== 'context' && !key.endsWith('Type') && p.message.includes(String(value));
        if (shown) expect(text, `${p.code} ${key}`).toContain(String(value));
      }
    }
  });

  it('words a node by kind and label: Dense → 全結合層', () => {
    const cycle = all.find((p) => p.code === 'too-many-inputs')!;
    expect(problemText(ja, cycle)).toContain('全結合層「h1」');
    expect(problemText(en, cycle)).toContain("Dense layer 'h1'");
  });

  it("words a start the compiler refused as the engine does, and in Japanese with the first problem's words", () => {
    for (const [name, graph, shape] of broken) {
      const problems = compile(graph, shape).problems;
      if (!problems.some((p) => p.severity === 'error' && p.params)) continue;
      expect(compileErrorText(en, problems), name).toBe(compileErrorMessage(problems));
      expect(compileErrorText(ja, problems), name).toMatch(/^このネットワークはまだ学習できません: /);
      const several = problems.filter((p) => p.severity === 'error').length > 1;
      expect(compileErrorText(ja, problems).includes('件あります'), name).toBe(several);
    }
  });

  it('keeps the English message of a problem without parameters', () => {
    const p = { code: 'loss-unusual', message: 'Output uses sigmoid with mean squared error.' };
    expect(problemText(ja, p)).toBe(p.message);
  });
});

describe('language choice', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(languageFromEnv({ LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(languageFromEnv({ LANG: 'ja_JP.UTF-8', LC_ALL: 'C' })).toBe('en');
    expect(languageFromEnv({ LANG: 'en_US.UTF-8', LC_ALL: 'ja_JP.UTF-8' })).toBe('ja');
    expect(languageFromEnv({ LANG: 'C.UTF-8' })).toBe('en');
    expect(languageFromEnv({})).toBe('en');
    expect(languageFromEnv({ LANG: 'jam_JM' })).toBe('en');
  });

  it('picks the first preferred language it has', () => {
    expect(pickLanguage(['fr-FR', 'ja-JP', 'en'])).toBe('ja');
    expect(pickLanguage(['en-GB', 'ja'])).toBe('en');
    expect(pickLanguage(['de'])).toBe('en');
  });
});

describe('npm run validate in a Japanese locale', () => {
  const runValidate = (lang: string, file = 'tests/fixtures/projects/cycle-ja.nnproj') => {
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', file], {
        env: { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' },
        encoding: 'utf8',
        stdio: 'pipe',
      });
      return { code: 0, stderr: '' };
    } catch (error) {
      const e = error as { status: number; stderr: string };
      return { code: e.status, stderr: e.stderr };
    }
  };

  it('prints the cycle in Japanese with the node names and exits 2', () => {
    const result = runValidate('ja_JP.UTF-8');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /cycle-ja\.nnproj:\d+:\d+: エラー: グラフに循環があります: 隠れ層1 → 隠れ層2 → 隠れ層1。/,
    );
  });

  it('prints it in English in any other locale', () => {
    const result = runValidate('en_US.UTF-8');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: The graph has a cycle: 隠れ層1 → 隠れ層2 → 隠れ層1.');
  });

  it('notes in Japanese that an older file was upgraded', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/validate.ts', 'tests/fixtures/projects/v1/xor.nnproj'],
      { env: { ...process.env, LANG: 'ja_JP.UTF-8', LC_ALL: '', LC_MESSAGES: '' }, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(
      'メモ: tests/fixtures/projects/v1/xor.nnproj はファイル形式のバージョン 1 で保存されていたので、バージョン 2 に変換しました。',
    );
  });

  it('words a schema error in Japanese at its line, with the path, node and value, and exits 2 as in English', () => {
    const file = 'tests/fixtures/projects/bad-references.nnproj';
    const japanese = runValidate('ja_JP.UTF-8', file);
    const english = runValidate('en_US.UTF-8', file);
    expect(english.code).toBe(2);
    expect(japanese.code).toBe(2);
    expect(english.stderr).toMatch(
      /bad-references\.nnproj:11:47: graph\.edges\[0\]\.target \(edge "e1"\): refers to node "out", which is not in this graph's nodes\./,
    );
    expect(japanese.stderr).toMatch(
      /bad-references\.nnproj:11:47: graph\.edges\[0\]\.target（接続 "e1"）: ノード「out」を指していますが、このグラフのノードにはありません。/,
    );
    expect(japanese.stderr).toMatch(
      /bad-references\.nnproj:8:15: graph\.nodes\[1\]\.id（ノード "in"）: ID「in」は前のノードと同じです。/,
    );
    expect(japanese.stderr.trim().split('\n')).toHaveLength(english.stderr.trim().split('\n').length);
    expect(japanese.stderr).not.toMatch(/must|refers|repeats/);
  });

  it("words export's note about an untrained project in Japanese", () => {
    const out = mkdtempSync(join(tmpdir(), 'layerwise-'));
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/export.ts', 'examples/xor.nnproj', '--to', 'tfjs', '--out', out],
      { env: { ...process.env, LANG: 'ja_JP.UTF-8', LC_ALL: '', LC_MESSAGES: '' }, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      'メモ: examples/xor.nnproj には重みを保存した学習がまだないので、エクスポートには初期の重みが入ります。学習済みの重みをエクスポートするには、先に学習してください（npm run train -- examples/xor.nnproj --out examples/xor.nnproj）。\n',
    );
  });

  it('says in the language of the locale that a Latin-1 file is not in an encoding it reads', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'layerwise-')), 'cafe.nnproj');
    writeFileSync(file, Buffer.from([0x43, 0x61, 0x66, 0xe9]));
    const japanese = runValidate('ja_JP.UTF-8', file);
    expect(japanese.code).toBe(2);
    expect(japanese.stderr).toContain(
      'cafe.nnproj は Layerwise が読める文字コードではありません。Latin-1 や Windows-1252 のような 1 バイトの文字コードのようです（1 行 4 列がバイト 0xE9）。',
    );
    const english = runValidate('en_US.UTF-8', file);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('cafe.nnproj is not in an encoding Layerwise reads: it looks like a single-byte');
  });
}, 60_000);

describe('npm run train with a CSV it cannot use, in a Japanese locale', () => {
  // The Japanese CSV project, with a target column the CSV does not have.
  const folder = mkdtempSync(join(tmpdir(), 'layerwise-'));
  copyFileSync('tests/fixtures/japanese-csv/体格.csv', join(folder, '体格.csv'));
  const project = JSON.parse(readFileSync('tests/fixtures/japanese-csv/体格.nnproj', 'utf8'));
  project.dataset.target = '年齢';
  const file = join(folder, '体格.nnproj');
  writeFileSync(file, JSON.stringify(project));
  const runTrain = (lang: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/train.ts', file, '--epochs', '1'], {
      env: { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' },
      encoding: 'utf8',
    });

  it('words the missing column in Japanese, naming it and the columns there are, and exits 2', () => {
    const result = runTrain('ja_JP.UTF-8');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `${file}（データセット 体格.csv）: CSV に列「年齢」（目的変数として選択）がありません。CSV の列: '身長', '体重', '種類'。\n`,
    );
  });

  it("prints the engine's English sentence in any other locale", () => {
    const result = runTrain('en_US.UTF-8');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `${file} (dataset 体格.csv): The CSV has no column '年齢' (chosen as the target). Its columns are: '身長', '体重', '種類'.\n`,
    );
  });
});

describe('a problem or the sentence kept without one', () => {
  it('words the problem in the reader’s language, and shows the kept sentence only when there is none', () => {
    const ja = createTranslator('ja');
    const stopped = { code: 'variant-not-started', message: 'Stopped before it started.', params: {} };
    expect(problemOr(ja, stopped, 'ignored')).toBe(problemText(ja, stopped));
    expect(problemOr(ja, stopped, 'ignored')).not.toBe('Stopped before it started.');
    expect(problemOr(ja, null, 'Saved by an older version.')).toBe('Saved by an older version.');
    expect(problemOr(ja, undefined, null)).toBeNull();
  });
});
