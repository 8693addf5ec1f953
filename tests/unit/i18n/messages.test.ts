/**
 * The engine's training outcomes, its CSV bad rows and the output-loss warning carry a code and parameters;
 * the English catalogue words them exactly as the engine's English, the Japanese one in Japanese with the
 * same values (epochs, columns, lines).
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/engine/compile';
import { csvToDataset, parseCsv } from '../../../src/engine/data';
import { Trainer, type TrainingOutcome } from '../../../src/engine/train/trainer';
import type { DataSplit, Dataset, TrainingSettings } from '../../../src/engine/types';
import { checkProjectSize, parseProject, type JsonObject, type MigrationStep } from '../../../src/project';
import { decodeText, type DecodeFailure } from '../../../src/project/text-decode';
import { badRowText, createTranslator, problemText, projectErrorsText, upgradeText } from '../../../src/shared/i18n';
import { chain, dense, input, output, binary2d, threeClasses } from '../engine-model/graphs';
import { createFakeModel, linearData, makePlan } from '../engine-train/fakeModel';

const en = createTranslator('en');
const ja = createTranslator('ja');
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

const settings = (over: Partial<TrainingSettings> = {}): TrainingSettings => ({
  optimizer: 'adam',
  learningRate: 0.05,
  batchSize: 16,
  epochs: 3,
  seed: 7,
  ...over,
});
const regression = (): DataSplit => ({ train: linearData(200, 1), validation: linearData(50, 2) });
const scaled = (d: Dataset, k: number): Dataset => ({ ...d, y: d.y.map((v) => v * k) });
const trainer = (split: DataSplit, over: Partial<TrainingSettings> = {}) =>
  new Trainer(createFakeModel(makePlan(2, 1, 'linear'), 16), split, settings(over));

function outcomes(): TrainingOutcome[] {
  const completed = trainer(regression()).run();
  const stopping = trainer(regression());
  stopping.trainEpoch();
  const afterEpoch = stopping.stop();
  const during = trainer(regression());
  during.trainBatch();
  const duringEpoch = during.stop();
  const diverged = trainer(
    { train: linearData(200, 1, 10), validation: linearData(50, 2, 10) },
    { optimizer: 'sgd', learningRate: 100 },
  ).run();
  const early = trainer(
    { train: linearData(200, 1), validation: scaled(linearData(100, 2), 0.5) },
    { optimizer: 'sgd', learningRate: 0.02, epochs: 60, earlyStopping: { patience: 3 } },
  ).run();
  const none = trainer(regression(), { epochs: 0 }).outcome!;
  return [completed, afterEpoch, duringEpoch, diverged, early, none];
}

describe('training outcomes as data', () => {
  const all = outcomes();

  it('covers each way a run ends', () => {
    expect(all.map((o) => o.code)).toEqual([
      'run-completed',
      'run-stopped',
      'run-stopped',
      'run-diverged',
      'run-early-stop',
      'run-no-epochs',
    ]);
  });

  it('words every outcome in English exactly as the engine does', () => {
    for (const o of all) expect(problemText(en, o)).toBe(o.message);
  });

  it('words every outcome in Japanese, with its epochs and rates', () => {
    for (const o of all) {
      const text = problemText(ja, o);
      expect(text, o.code).toMatch(JAPANESE);
      expect(text).not.toBe(o.message);
      for (const [key, value] of Object.entries(o.params))
        if (key !== 'context' && o.message.includes(String(value)))
          expect(text, `${o.code} ${key}`).toContain(String(value));
    }
    expect(problemText(ja, all[3])).toMatch(/学習が発散しました.*学習率を 10 分の 1（10）/);
    expect(problemText(ja, all[4])).toMatch(/早期終了しました: 検証損失が 3 エポック/);
  });
});

describe('CSV bad rows as data', () => {
  const csv = ['身長,体重,種類', '170,60,A', '165,abc,B', '160', '150,0x1A,A', '155,50,', '158,52,B'].join('\n');
  const { badRows } = csvToDataset(parseCsv(csv), { target: '種類' });
  const numeric = csvToDataset(parseCsv('x,価格\n1,3.5\n2,n/a\n3,4'), { task: 'regression' }).badRows;

  it('words each row in English exactly as its reason', () => {
    expect(badRows).toHaveLength(4);
    for (const row of [...badRows, ...numeric]) expect(badRowText(en, row)).toBe(row.reason);
  });

  it('words each row in Japanese with its line and the Japanese column names', () => {
    const texts = [...badRows, ...numeric].map((row) => badRowText(ja, row));
    expect(texts).toEqual([
      "3 行目: 列「体重」は 'abc' で、数値ではありません",
      '4 行目: 列が 1 個ありますが、見出しの行は 3 列です',
      "5 行目: 列「体重」は '0x1A' で、10 進数の書き方ではありません（26 と書いてください）",
      '6 行目: 目的変数の列「種類」が空です',
      "3 行目: 目的変数の列「価格」は 'n/a' で、数値ではありません（タスクは回帰です）",
    ]);
  });
});

describe('the output-loss warning as data', () => {
  const warnings = [
    compile(chain([input(), dense('h1', 4), output('sigmoid', 'mse')]), binary2d),
    compile(chain([input(), dense('h1', 4), output('softmax', 'mse')]), threeClasses),
    compile(chain([input(), dense('h1', 4), output('linear', 'mse')]), threeClasses),
  ].flatMap((c) => c.problems.filter((p) => p.code === 'loss-unusual'));

  it('is worded in English as the engine words it, and in Japanese with the class count', () => {
    expect(warnings.map((w) => w.params?.context)).toEqual(['sigmoid', 'softmax', 'linear']);
    for (const w of warnings) {
      expect(problemText(en, w)).toBe(w.message);
      expect(problemText(ja, w)).toMatch(/平均二乗誤差/);
      expect(problemText(ja, w)).toContain(`${w.params?.classes} クラス`);
    }
  });
});

describe('project file errors as data', () => {
  const texts: Array<[string, string]> = [
    ['empty', ''],
    ['cut off', '{"format": "layerwise-project", "version": 3, "graph": {'],
    ['trailing comma', '{"a": 1,}'],
    ['bad literal', '{"a": tru}'],
    ['control', '{"a": "x\u0001"}'],
    ['list', '[1, 2]'],
    ['empty list', '[]'],
    ['number', '42'],
    ['no format', '{"name": "x"}'],
    ['wrong format', '{"format": "other"}'],
    ['too new', '{"format": "layerwise-project", "version": 999}'],
    ['too deep', `${'['.repeat(600)}${']'.repeat(600)}`],
  ];
  const errors = texts.flatMap(([, text]) => {
    const result = parseProject(text, '学習.nnproj');
    return result.ok ? [] : result.errors;
  });
  const tooLarge = checkProjectSize(300 * 1024 * 1024, '学習.nnproj')!;

  it('carries a code for every kind but the schema', () => {
    expect(errors).toHaveLength(texts.length);
    expect(new Set([...errors, tooLarge].map((e) => e.code))).toEqual(
      new Set(['project-syntax', 'project-not-project', 'project-too-new', 'project-too-deep', 'project-too-large']),
    );
  });

  it('words each in English exactly as the message, and in Japanese with the file name and place', () => {
    for (const e of [...errors, tooLarge]) {
      expect(problemText(en, e)).toBe(e.message);
      const text = problemText(ja, e);
      expect(text, e.message).toMatch(JAPANESE);
      expect(text).toContain('学習.nnproj');
      if (e.kind === 'syntax') expect(text).toContain(`${e.line} 行 ${e.column} 列`);
    }
    expect(problemText(ja, errors[2])).toMatch(
      /予期しない文字 "}" があります。ダブルクォートで囲んだプロパティ名が必要です（JSON では末尾のカンマは使えません）/,
    );
    expect(problemText(ja, errors[3])).toContain('"true" が必要です');
  });

  it('cuts a long list with a count of the rest in either language', () => {
    const many = Array.from({ length: 23 }, () => errors[0]);
    expect(projectErrorsText(en, many).split('\n').at(-1)).toBe('…and 3 more problems of the same kind.');
    expect(projectErrorsText(ja, many).split('\n').at(-1)).toBe('…ほかに同じ種類の問題が 3 件あります。');
  });
});

describe('text decoding failures as data', () => {
  const refused = (bytes: number[], options: Parameters<typeof decodeText>[2] = {}): DecodeFailure => {
    const result = decodeText(new Uint8Array(bytes), '身長.csv', options);
    if (result.ok) throw new Error('decoded');
    return result;
  };
  const latin1 = [...'Cafés,1'].map((c) => c.charCodeAt(0));
  const failures = {
    notUtf8: refused([0x41, 0x0a, 0x82, 0xa0], { encoding: 'utf-8' }),
    notShiftJis: refused([0x82], { encoding: 'shift_jis' }),
    latin1: refused(latin1),
    utf32: refused([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]),
    utf16NoMark: refused([0x41, 0, 0x42, 0, 0x43, 0, 0x0a, 0]),
  };

  it('carries a code for each way bytes are refused', () => {
    expect(Object.values(failures).map((f) => f.code)).toEqual([
      'text-not-utf8',
      'text-not-encoding',
      'text-unknown-encoding',
      'text-unknown-encoding',
      'text-unknown-encoding',
    ]);
  });

  it('words each in English exactly as the message, and in Japanese with the file, place and encoding', () => {
    for (const f of Object.values(failures)) {
      expect(problemText(en, f)).toBe(f.message);
      const text = problemText(ja, f);
      expect(text, f.message).toMatch(JAPANESE);
      expect(text).toContain('身長.csv');
      expect(text).not.toMatch(/looks like|not valid/);
    }
    expect(problemText(ja, failures.notUtf8)).toContain('2 行 1 列にあるバイト 0x82 は、UTF-8 として正しくありません');
    expect(problemText(ja, failures.notShiftJis)).toContain('正しい Shift-JIS のテキストではありません');
    expect(problemText(ja, failures.latin1)).toContain(
      'Latin-1 や Windows-1252 のような 1 バイトの文字コードのようです（1 行 4 列がバイト 0xE9）',
    );
    expect(problemText(ja, failures.utf32)).toContain('UTF-32 LEのようです。');
    expect(problemText(ja, failures.utf16NoMark)).toContain('BOM のない UTF-16 LEのようです');
  });
});

describe('upgrade notes and upgrade failures as data', () => {
  const v1 = (dataset: Record<string, unknown>) =>
    JSON.stringify({
      format: 'layerwise-project',
      version: 1,
      graph: { nodes: [], edges: [] },
      dataset: { validationSplit: 0.3, seed: 1, ...dataset },
      training: { optimizer: 'adam', learningRate: 0.01, batchSize: 16, epochs: 10, seed: 1 },
    });
  const notesOf = (text: string) => {
    const result = parseProject(text, '古い.nnproj');
    if (!result.ok) throw new Error(result.errors[0].message);
    return result.upgradeNotes ?? [];
  };
  const notes = [
    ...notesOf(v1({ kind: 'iris', samples: 40 })),
    ...notesOf(v1({ kind: 'csv', samples: 1000, text: 'x,y\n1,2\n' })),
  ];

  it('words each note in English exactly as its message, and in Japanese with its numbers', () => {
    expect(notes.map((n) => n.code)).toEqual(['migration-iris-samples', 'migration-csv-samples']);
    for (const n of notes) expect(problemText(en, n)).toBe(n.message);
    expect(notes.map((n) => problemText(ja, n))).toEqual([
      'データセットは 150 個のアヤメのうち 40 個を使っていました（dataset.samples）。このバージョンでは常に 150 個すべてを使います。',
      'データセットは CSV の 1000 行までに制限されていました（dataset.samples）。このバージョンでは常にすべての行を使うので、使える行がそれより多い CSV では、そのすべての行で学習します。',
    ]);
    expect(upgradeText(ja, '古い.nnproj', 1, 2, notes.slice(0, 1))).toMatch(
      /^古い\.nnproj はファイル形式のバージョン 1 で保存されていたので.*このバージョンでは常に 150 個すべてを使います。$/,
    );
  });

  it('words why an upgrade failed in either language', () => {
    const step = (up: MigrationStep['up']): MigrationStep[] => [{ from: 1, description: 'rename', up }];
    const failures = [
      step(() => {
        throw new Error('boom');
      }),
      step(() => null as unknown as JsonObject),
      [{ from: 2, description: 'late', up: (p: JsonObject) => p }],
    ].map((steps) => {
      const result = parseProject(v1({ kind: 'xor' }), '古い.nnproj', { migrations: steps });
      if (result.ok) throw new Error('upgraded');
      return result.errors[0];
    });
    expect(failures.map((f) => f.params?.reasonCode)).toEqual(['threw', 'notObject', 'order']);
    for (const f of failures) expect(problemText(en, f)).toBe(f.message);
    expect(failures.map((f) => problemText(ja, f))).toEqual([
      '古い.nnproj はファイル形式のバージョン 1 で、バージョン 2 に更新できませんでした: 手順「rename」が失敗しました: boom。ファイルそのものは変更していません。ファイルを添えて報告してください。',
      '古い.nnproj はファイル形式のバージョン 1 で、バージョン 2 に更新できませんでした: 手順「rename」がプロジェクトのオブジェクトを返しませんでした。ファイルそのものは変更していません。ファイルを添えて報告してください。',
      '古い.nnproj はファイル形式のバージョン 1 で、バージョン 2 に更新できませんでした: 更新の手順の順番が正しくありません（手順 0 が読むのはバージョン 2 で、1 ではありません）。ファイルそのものは変更していません。ファイルを添えて報告してください。',
    ]);
  });
});
