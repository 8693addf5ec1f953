/**
 * Format version 2 from the command line (issue 11): CSV projects without samples/noise, MSE on a
 * classification set, a learning rate of 100, predictions that survive an edited or deleted training CSV,
 * and the one-time upgrade notice.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { predict } from '../../../src/cli/predict-command';
import { train } from '../../../src/cli/train-command';
import { validate } from '../../../src/cli/validate-command';
import { parseProject } from '../../../src/project';
import { jsonLines, run, tempDir } from './helpers';

const temp = tempDir();
afterAll(() => temp.cleanup());

const XOR = JSON.parse(readFileSync('examples/xor.nnproj', 'utf8')) as Record<string, unknown>;

function write(name: string, project: Record<string, unknown>): string {
  const file = join(temp.dir, name);
  writeFileSync(file, JSON.stringify(project, null, 2));
  return file;
}

/** 80 points of two classes, "left" and "right" of a slanted line, as CSV text. */
function pointsCsv(shift = 0): string {
  const rows = Array.from({ length: 80 }, (_, i) => {
    const a = ((i * 37) % 80) / 8 - 5 + shift;
    const b = ((i * 53) % 80) / 8 - 5;
    return `${a.toFixed(3)},${b.toFixed(3)},${a + 0.5 * b > 0 ? 'right' : 'left'}`;
  });
  return ['a,b,side', ...rows].join('\n') + '\n';
}

const csvDataset = { kind: 'csv', path: 'points.csv', target: 'side', validationSplit: 0.25, seed: 3 };

describe('CSV projects in format version 2', () => {
  it('trains a CSV project that has neither samples nor noise', async () => {
    writeFileSync(join(temp.dir, 'points.csv'), pointsCsv());
    const file = write('csv.nnproj', { ...XOR, dataset: csvDataset, runs: [] });
    const result = await run(train, [file, '--epochs', '3', '--json']);
    expect(result.code).toBe(0);
    const lines = jsonLines(result.stdout);
    expect(lines.at(-1)).toMatchObject({ done: true, end: 'completed' });
    expect(lines.filter((l) => typeof l.valAccuracy === 'number')).toHaveLength(3);
  });

  it('refuses noise on a CSV dataset, naming dataset.noise and the kind', async () => {
    const file = write('csv-noise.nnproj', { ...XOR, dataset: { ...csvDataset, noise: 0.1 }, runs: [] });
    const result = await run(validate, [file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /csv-noise\.nnproj:\d+:\d+: dataset\.noise: does not belong to a "csv" dataset, which takes path or text/,
    );
  });
});

describe('mean squared error on a classification set', () => {
  const mseXor = () => {
    const project = structuredClone(XOR) as { graph: { nodes: { type: string; params: Record<string, unknown> }[] } };
    const out = project.graph.nodes.find((n) => n.type === 'output');
    if (!out) throw new Error('xor.nnproj has no output node');
    out.params = { activation: 'sigmoid', loss: 'mse' };
    return write('xor-mse.nnproj', project as unknown as Record<string, unknown>);
  };

  it('validate exits 0 and prints the warning with what usually works better', async () => {
    const result = await run(validate, [mseXor()]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ok /);
    expect(result.stderr).toMatch(
      /warning: Output .* uses sigmoid with mean squared error on a 2-class task: it trains, but sigmoid with binary cross-entropy usually learns faster, because/,
    );
  });

  it('train trains it and still reports accuracy', async () => {
    const result = await run(train, [mseXor(), '--epochs', '4', '--json']);
    expect(result.code).toBe(0);
    const epochs = jsonLines(result.stdout).filter((l) => l.epoch !== undefined);
    expect(epochs).toHaveLength(4);
    for (const e of epochs) expect(e.valAccuracy).toEqual(expect.any(Number));
    expect(epochs[3].trainLoss as number).toBeLessThan(epochs[0].trainLoss as number);
  });
});

describe('a learning rate of 100', () => {
  it('is accepted, trains, and diverges with the engine message', async () => {
    const file = write('xor-lr100.nnproj', {
      ...XOR,
      training: { optimizer: 'sgd', learningRate: 100, batchSize: 16, epochs: 50, seed: 42 },
      runs: [],
    });
    const result = await run(train, [file, '--json']);
    expect(result.code).toBe(1);
    const last = jsonLines(result.stdout).at(-1);
    expect(last).toMatchObject({ done: true, end: 'diverged' });
    expect(result.stderr).toMatch(
      /^Training diverged at .*: the loss became (NaN|infinite)\. Try a learning rate 10× lower \(10\)\./,
    );
  });
});

describe('predict after the training CSV changes', () => {
  it('gives identical output after the CSV is edited and after it is deleted, and says so once', async () => {
    writeFileSync(join(temp.dir, 'points.csv'), pointsCsv());
    const source = write('csv-train.nnproj', { ...XOR, dataset: csvDataset, runs: [] });
    const trained = join(temp.dir, 'csv-trained.nnproj');
    expect((await run(train, [source, '--epochs', '5', '--out', trained])).code).toBe(0);
    const parsed = parseProject(readFileSync(trained, 'utf8'), trained);
    if (!parsed.ok) throw new Error(parsed.errors[0].message);
    const transform = parsed.project.runs[0].transform;
    expect(transform).toMatchObject({ featureNames: ['a', 'b'], classNames: ['left', 'right'], target: 'side' });
    expect(transform?.standardization?.mean).toHaveLength(2);
    expect(transform?.source?.rows).toBe(80);

    writeFileSync(join(temp.dir, 'inputs.csv'), 'b,a\n1,2\n-3,0.5\n0,-4\n');
    const before = await run(predict, [trained, join(temp.dir, 'inputs.csv')]);
    expect(before).toMatchObject({ code: 0, stderr: '' });
    expect(before.stdout.split('\n')[0]).toBe('predicted,P(left),P(right)');

    // Edited: different rows change the mean and deviation a rebuilt standardization would use.
    writeFileSync(join(temp.dir, 'points.csv'), pointsCsv(3));
    const edited = await run(predict, [trained, join(temp.dir, 'inputs.csv')]);
    expect(edited.code).toBe(0);
    expect(edited.stdout).toBe(before.stdout);
    expect(edited.stderr).toBe(
      `Note: dataset.path "points.csv" has changed since run-1 was trained on it (80 rows then); the predictions use the run's recorded features, standardization and classes.\n`,
    );

    rmSync(join(temp.dir, 'points.csv'));
    const deleted = await run(predict, [trained, join(temp.dir, 'inputs.csv')]);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toBe(before.stdout);
    expect(deleted.stderr.trim().split('\n')).toEqual([
      `Note: run-1 was trained on dataset.path "points.csv" (80 rows), which cannot be read now; the predictions use the run's recorded features, standardization and classes.`,
    ]);
  });
});

describe('a file of the previous format version', () => {
  it('is upgraded, and the command line says so once', async () => {
    const result = await run(validate, ['tests/fixtures/projects/v1/xor.nnproj']);
    expect(result.code).toBe(0);
    const notes = result.stderr.split('\n').filter((l) => l.includes('upgraded'));
    expect(notes).toEqual([
      'Note: tests/fixtures/projects/v1/xor.nnproj was saved in file format version 1 and was upgraded to version 2. The file on disk changes only when you save it; older versions of Layerwise cannot open the saved file.',
    ]);
  });
});
