import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDataset, splitDataset } from '../../../src/engine/data';
import { predict } from '../../../src/cli/predict-command';
import { train } from '../../../src/cli/train-command';
import { parseProject, type Project } from '../../../src/project';
import { jsonLines, run, tempDir } from './helpers';

const temp = tempDir();
const trained = join(temp.dir, 'iris-trained.nnproj');
const validationCsv = join(temp.dir, 'iris-validation.csv');
let reported: { valAccuracy: number };
let project: Project;
let validationSpecies: string[];

beforeAll(async () => {
  const result = await run(train, ['examples/iris.nnproj', '--epochs', '40', '--json', '--out', trained]);
  expect(result.code).toBe(0);
  const lines = jsonLines(result.stdout);
  reported = lines[lines.length - 2] as { valAccuracy: number };
  const parsed = parseProject(readFileSync(trained, 'utf8'), trained);
  if (!parsed.ok) throw new Error(parsed.errors[0].message);
  project = parsed.project;

  // The validation rows of the run, before standardization, exported the way a user would have them:
  // the four measurements by name, plus the species (which predict must ignore), columns shuffled.
  const { dataset } = makeDataset(project.dataset);
  const { validation } = splitDataset(dataset, project.dataset.validationSplit, project.dataset.seed);
  const names = validation.featureNames;
  const header = ['species', names[3], names[1], names[0], names[2]];
  const rows = [header.join(',')];
  validationSpecies = [];
  for (let r = 0; r < validation.n; r++) {
    const x = Array.from(validation.x.subarray(r * 4, r * 4 + 4), String);
    const species = validation.classNames[validation.y[r]];
    validationSpecies.push(species);
    rows.push([species, x[3], x[1], x[0], x[2]].join(','));
  }
  writeFileSync(validationCsv, `${rows.join('\n')}\n`);
});

afterAll(() => temp.cleanup());

describe('predict', () => {
  it('reproduces the validation accuracy the training run reported', async () => {
    const result = await run(predict, [trained, validationCsv]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [header, ...rows] = result.stdout.trim().split('\n');
    expect(header).toBe('predicted,P(setosa),P(versicolor),P(virginica)');
    expect(rows).toHaveLength(validationSpecies.length);
    const predicted = rows.map((row) => row.split(',')[0]);
    const correct = predicted.filter((p, k) => p === validationSpecies[k]).length;
    expect(correct / rows.length).toBeCloseTo(reported.valAccuracy, 10);
    expect(reported.valAccuracy).toBeGreaterThan(0.8);
    for (const row of rows) {
      const p = row.split(',').slice(1).map(Number);
      expect(p.reduce((a, b) => a + b)).toBeCloseTo(1, 4);
    }
  });

  it('uses the run chosen with --run, by number or id, and names the runs it has', async () => {
    const byNumber = await run(predict, [trained, validationCsv, '--run', '1']);
    const byId = await run(predict, [trained, validationCsv, '--run', project.runs[0].id]);
    expect(byNumber.stdout).toBe(byId.stdout);
    const missing = await run(predict, [trained, validationCsv, '--run', '2']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      'has no such run (give a number from 1 to 1 or a run id). Its runs are: 1 (run-1).',
    );
  });

  it('refuses a project with no trained run and says how to train one', async () => {
    const result = await run(predict, ['examples/iris.nnproj', validationCsv]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'examples/iris.nnproj has no trained run: train it first with npm run train -- examples/iris.nnproj --out examples/iris.nnproj.\n',
    );
  });

  it('reports every bad input row by line and writes no predictions', async () => {
    const bad = join(temp.dir, 'bad.csv');
    const header = readFileSync(validationCsv, 'utf8').split('\n')[0];
    writeFileSync(
      bad,
      `${header}\nsetosa,0.2,3.5,5.1,1.4\n\nsetosa,0.2,abc,5.1,1.4\nsetosa,0.2,3.5\nsetosa,,3.5,5.1,1.4\n`,
    );
    const result = await run(predict, [trained, bad]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/bad\.csv: line 4: column '.*' is 'abc', not a number$/);
    expect(lines[1]).toMatch(/bad\.csv: line 5: has 3 columns, but the header has 5$/);
    expect(lines[2]).toMatch(/bad\.csv: line 6: column '.*' is empty$/);
    expect(lines[3]).toContain('No predictions were written');
  });

  it('says which input columns are missing', async () => {
    const noColumns = join(temp.dir, 'wrong-columns.csv');
    writeFileSync(noColumns, 'a,b\n1,2\n');
    const result = await run(predict, [trained, noColumns]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /wrong-columns\.csv: line 1: the header has no column '.*'.* the file's columns are 'a', 'b'\./,
    );
  });

  it('predicts numbers for a regression project and both class probabilities for a sigmoid output', async () => {
    const sine = join(temp.dir, 'sine.nnproj');
    expect((await run(train, ['examples/sine.nnproj', '--epochs', '2', '--out', sine])).code).toBe(0);
    writeFileSync(join(temp.dir, 'x.csv'), 'x\n0\n1.5\n');
    const regression = await run(predict, [sine, join(temp.dir, 'x.csv')]);
    expect(regression.code).toBe(0);
    const [header, ...values] = regression.stdout.trim().split('\n');
    expect(header).toBe('predicted');
    expect(values.map(Number).every(Number.isFinite)).toBe(true);

    const xor = join(temp.dir, 'xor.nnproj');
    expect((await run(train, ['examples/xor.nnproj', '--epochs', '2', '--out', xor])).code).toBe(0);
    writeFileSync(join(temp.dir, 'xy.csv'), 'y,x\n3,3\n');
    const binary = await run(predict, [xor, join(temp.dir, 'xy.csv')]);
    const [binaryHeader, row] = binary.stdout.trim().split('\n');
    expect(binaryHeader).toBe('predicted,P(same sign),P(opposite sign)');
    const [, p0, p1] = row.split(',').map(Number);
    expect(p0 + p1).toBeCloseTo(1, 5);
  });

  it('predicts with a run trained on an embedded CSV, whose saved settings leave the text to the project', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `${i / 10},${(i % 7) / 7},${i % 2 === 0 ? 'even' : 'odd'}`);
    const embedded = JSON.parse(readFileSync('examples/xor.nnproj', 'utf8')) as Record<string, unknown>;
    embedded.dataset = {
      kind: 'csv',
      validationSplit: 0.25,
      seed: 1,
      text: ['a,b,label', ...rows].join('\n'),
      target: 'label',
    };
    embedded.runs = [];
    const source = join(temp.dir, 'embedded.nnproj');
    writeFileSync(source, JSON.stringify(embedded));
    const out = join(temp.dir, 'embedded-trained.nnproj');
    expect((await run(train, [source, '--epochs', '2', '--out', out])).code).toBe(0);
    const parsed = parseProject(readFileSync(out, 'utf8'), out);
    if (!parsed.ok) throw new Error(parsed.errors[0].message);
    expect(parsed.project.runs[0].settings.dataset.text).toBeUndefined();
    writeFileSync(join(temp.dir, 'ab.csv'), 'a,b\n0.5,0.2\n');
    const result = await run(predict, [out, join(temp.dir, 'ab.csv')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')[0]).toMatch(/^predicted,P\(even\),P\(odd\)$/);
  });
});
