/**
 * The dataset's problems (src/engine/data) as data: each user-reachable refusal is a DataError with a stable
 * code and parameters beside the English sentence it has always had, the English catalogue words it exactly
 * as the engine does, and the Japanese one words it with the same values.
 */
import { describe, expect, it } from 'vitest';
import {
  csvToDataset,
  dataProblemOf,
  decodeMnist,
  encodeMnist,
  makeDataset,
  parseCsv,
  splitDataset,
  type DataProblem,
  type DatasetResources,
} from '../../../src/engine/data';
import type { DatasetSpec } from '../../../src/engine/types';
import { createTranslator, problemText } from '../../../src/shared/i18n';
import { buildDataPreview } from '../../../src/renderer/run/dataPreview';

const en = createTranslator('en');
const ja = createTranslator('ja');
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

function problemOf(fn: () => unknown): DataProblem {
  try {
    fn();
  } catch (error) {
    const problem = dataProblemOf(error);
    if (!problem) throw new Error(`not a coded problem: ${String(error)}`, { cause: error });
    expect(problem.message).toBe((error as Error).message);
    return problem;
  }
  throw new Error('did not throw');
}

const table = (text: string) => parseCsv(text);
const mk = (spec: Record<string, unknown>, resources?: DatasetResources) =>
  makeDataset({ validationSplit: 0.2, ...spec } as DatasetSpec, resources);
const csv = (text: string, extra: Record<string, unknown> = {}) => ({
  kind: 'csv',
  seed: 1,
  text,
  ...extra,
});
const mnist = encodeMnist({
  n: 2,
  rows: 2,
  cols: 2,
  labels: Uint8Array.from([3, 7]),
  pixels: new Uint8Array(8),
});
const withHeader = (n: number) => {
  const bytes = mnist.slice();
  new DataView(bytes.buffer).setUint32(8, n, true);
  return bytes;
};

/** One problem of each code (and context), from the input that reaches it. */
const cases: Array<[string, () => unknown]> = [
  ['csv-bad-delimiter', () => parseCsv('a,b\n1,2', { delimiter: ';;' })],
  ['csv-unclosed-quote', () => parseCsv('a,b\n1,"2\n3,4')],
  ['csv-empty', () => parseCsv('\n\n')],
  ['csv-too-few-columns', () => csvToDataset(table('only\n1'))],
  ['csv-no-column', () => csvToDataset(table('a,b,c\n1,2,3'), { target: 'z' })],
  ['csv-no-column', () => csvToDataset(table('a,b,c\n1,2,3'), { features: ['y'] })],
  ['csv-duplicate-column', () => csvToDataset(table('a,a,c\n1,2,3'), { features: ['a'] })],
  ['csv-no-features', () => csvToDataset(table('a,b,c\n1,2,3'), { features: [] })],
  ['csv-feature-is-target', () => csvToDataset(table('a,b,c\n1,2,3'), { features: ['a', 'c'] })],
  ['csv-one-class', () => csvToDataset(table('a,label\n1,x\n2,x'))],
  [
    'csv-too-many-classes',
    () =>
      csvToDataset(table(`a,label\n${Array.from({ length: 1001 }, (_, i) => `${i},c${i}`).join('\n')}`), {
        task: 'classification',
      }),
  ],
  ['csv-not-loaded', () => mk({ kind: 'csv', seed: 1, path: 'data.csv' })],
  ['csv-no-data', () => mk({ kind: 'csv', seed: 1 })],
  ['csv-no-usable-rows', () => mk(csv('a,b\n'))],
  ['csv-no-usable-rows', () => mk(csv('a,b\nx,1\n2,\n'))],
  ['csv-no-usable-rows', () => mk(csv('a,b\nx,1\ny,1\nz,1\nw,1\nv,1'))],
  ['mnist-too-short', () => decodeMnist(mnist.subarray(0, 10))],
  ['mnist-not-mnist', () => decodeMnist(Uint8Array.from(mnist, (b, i) => (i === 0 ? 0 : b)))],
  ['mnist-bad-header', () => decodeMnist(withHeader(0))],
  ['mnist-wrong-size', () => decodeMnist(mnist.subarray(0, mnist.length - 1))],
  ['mnist-wrong-size', () => decodeMnist(Uint8Array.from([...mnist, 0]))],
  ['mnist-bad-label', () => decodeMnist(Uint8Array.from(mnist, (b, i) => (i === 21 ? 12 : b)))],
  ['mnist-not-loaded', () => mk({ kind: 'mnist', seed: 1, samples: 10 })],
  ['dataset-unknown-kind', () => mk({ kind: 'blobs', seed: 1 })],
  ['dataset-bad-seed', () => mk({ kind: 'iris', seed: Number.NaN })],
  ['dataset-bad-samples', () => mk({ kind: 'xor', seed: 1, samples: 0, noise: 0 })],
  ['dataset-bad-samples', () => mk({ kind: 'mnist', seed: 1, samples: 0 }, { mnist })],
  ['dataset-bad-noise', () => mk({ kind: 'xor', seed: 1, samples: 10, noise: 2 })],
  ['dataset-bad-classes', () => mk({ kind: 'spiral', seed: 1, samples: 10, noise: 0, classes: 99 })],
  ['dataset-bad-split', () => splitDataset(mk({ kind: 'iris', seed: 1 }).dataset, 0.95, 1)],
  ['dataset-no-rows', () => splitDataset({ ...mk({ kind: 'iris', seed: 1 }).dataset, n: 0, name: 'empty' }, 0.2, 1)],
];

describe('dataset problems as data', () => {
  const problems = cases.map(([code, fn]) => [code, problemOf(fn)] as const);

  it('carry their stable code', () => {
    for (const [code, problem] of problems) expect(problem.code).toBe(code);
  });

  it('the English catalogue words each exactly as the engine does', () => {
    for (const [, problem] of problems) expect(problemText(en, problem)).toBe(problem.message);
  });

  it('the Japanese catalogue words each, with the values the English shows', () => {
    for (const [code, problem] of problems) {
      const text = problemText(ja, problem);
      expect(text, code).not.toBe(problem.message);
      expect(text, code).toMatch(JAPANESE);
      for (const [key, value] of Object.entries(problem.params)) {
        if (key !== 'context' && problem.message.includes(String(value)))
          expect(text, `${code} ${key}`).toContain(String(value));
      }
    }
  });

  it('a CSV with no feature column chosen', () => {
    const problem = problemOf(() => mk(csv('a,b,c\n1,2,3', { features: [] })));
    expect(problem).toEqual({
      code: 'csv-no-features',
      message: 'Choose at least one feature column for the CSV dataset.',
      params: {},
    });
    expect(problemText(en, problem)).toBe('Choose at least one feature column for the CSV dataset.');
    expect(problemText(ja, problem)).toBe('CSV のデータセットには、特徴量の列を少なくとも 1 つ選んでください。');
  });

  it('an empty CSV', () => {
    const problem = problemOf(() => mk(csv('')));
    expect(problem).toMatchObject({ code: 'csv-empty', params: {} });
    expect(problemText(en, problem)).toBe('The CSV is empty: it needs a header row naming the columns.');
    expect(problemText(ja, problem)).toBe('CSV が空です。列の名前を並べた見出しの行が必要です。');
  });

  it('a damaged MNIST header, with its numbers', () => {
    const problem = problemOf(() => decodeMnist(withHeader(0)));
    expect(problem).toMatchObject({ code: 'mnist-bad-header', params: { count: 0, rows: 2, cols: 2 } });
    expect(problemText(en, problem)).toBe(
      "The MNIST file's header is damaged (0 images of 2×2 pixels). Rebuild it with `node scripts/build-mnist.mjs --force`.",
    );
    expect(problemText(ja, problem)).toBe(
      'MNIST ファイルのヘッダーが壊れています（2×2 ピクセルの画像が 0 枚）。`node scripts/build-mnist.mjs --force` で作り直してください。',
    );
  });

  it('a CSV column that is missing names the column and the columns there are', () => {
    const problem = problemOf(() => csvToDataset(table('身長,体重,種類\n1,2,3'), { target: '年齢' }));
    expect(problem.params).toEqual({ column: '年齢', columns: "'身長', '体重', '種類'", context: 'target' });
    expect(problemText(ja, problem)).toBe(
      "CSV に列「年齢」（目的変数として選択）がありません。CSV の列: '身長', '体重', '種類'。",
    );
  });

  it('a CSV without usable rows words the rows it names in the same language', () => {
    const problem = problemOf(() => mk(csv('a,b\nx,1\n2,\n')));
    expect(problem.rows?.map((r) => r.line)).toEqual([2, 3]);
    expect(problemText(ja, problem)).toBe(
      "CSV に使える行がありません: 2 行目: 列「a」は 'x' で、数値ではありません。3 行目: 目的変数の列「b」が空です",
    );
  });

  it('survives a structured clone (the workers post it to the page)', () => {
    const problem = problemOf(() => mk(csv('a,b\nx,1\n2,\n')));
    expect(structuredClone(problem)).toEqual(problem);
  });

  it("reaches the data panel's preview as a problem", () => {
    const result = buildDataPreview(csv('a,b,c\n1,2,3\n4,5,6', { features: [], validationSplit: 0.2 }) as DatasetSpec);
    expect(result).toMatchObject({ ok: false, problem: { code: 'csv-no-features', params: {} } });
    const empty = buildDataPreview(csv('', { validationSplit: 0.2 }) as DatasetSpec);
    expect(empty).toMatchObject({ ok: false, problem: { code: 'csv-empty' } });
  });
});
