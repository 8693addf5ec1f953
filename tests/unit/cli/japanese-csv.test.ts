/**
 * A CSV with Japanese headers and values (身長,体重,種類 with 大人/子ども) trains through `npm run train`'s code
 * path, and its column and class names survive --out (save) and reading the file again (reopen).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { train } from '../../../src/cli/train-command';
import { csvToDataset, parseCsv } from '../../../src/engine/data';
import { parseProject } from '../../../src/project';
import { jsonLines, run, tempDir } from './helpers';

const PROJECT = 'tests/fixtures/japanese-csv/体格.nnproj';
const temp = tempDir();
afterAll(() => temp.cleanup());

describe('a CSV with Japanese headers and values', () => {
  it('loads with its Japanese column and class names', () => {
    const { dataset, badRows } = csvToDataset(parseCsv(readFileSync('tests/fixtures/japanese-csv/体格.csv', 'utf8')), {
      target: '種類',
    });
    expect(badRows).toEqual([]);
    expect(dataset.featureNames).toEqual(['身長', '体重']);
    expect(dataset.classNames).toEqual(['大人', '子ども']);
  });

  it('trains from the command line, and the saved project keeps the names', async () => {
    const out = join(temp.dir, '体格-trained.nnproj');
    const result = await run(train, [PROJECT, '--epochs', '20', '--json', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const last = jsonLines(result.stdout)
      .filter((l) => 'epoch' in l)
      .at(-1)!;
    expect(last.valAccuracy as number).toBeGreaterThanOrEqual(0.9);

    const reopened = parseProject(readFileSync(out, 'utf8'), out);
    if (!reopened.ok) throw new Error(reopened.errors.map((e) => e.message).join('\n'));
    const { project } = reopened;
    expect(project.name).toBe('体格で大人と子どもを分ける');
    expect(project.dataset).toMatchObject({ kind: 'csv', features: ['身長', '体重'], target: '種類' });
    expect(project.graph.nodes.map((n) => n.label)).toEqual(['入力', '隠れ層', '出力']);
    const run0 = project.runs.at(-1)!;
    expect(run0.transform).toMatchObject({ featureNames: ['身長', '体重'], classNames: ['大人', '子ども'] });
  });
});
