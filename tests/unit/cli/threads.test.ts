/**
 * `train --threads N`: the gradients of each batch computed on N threads (real worker_threads) give the same
 * numbers as one thread: every epoch's losses to the last bit and the saved weights alike.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { train } from '../../../src/cli/train-command';
import { parseProject } from '../../../src/project';
import { jsonLines, run, tempDir } from './helpers';

const temp = tempDir();
afterAll(() => temp.cleanup());

/** The digits example with batches of 128 rows (2 blocks of 64), so two threads share every full batch. */
function digitsProject(): string {
  const project = JSON.parse(readFileSync('examples/digits-mlp.nnproj', 'utf8')) as {
    training: { batchSize: number };
    dataset: { samples: number };
  };
  project.training.batchSize = 128;
  project.dataset.samples = 600;
  const path = join(temp.dir, 'digits-128.nnproj');
  writeFileSync(path, JSON.stringify(project));
  return path;
}

function savedWeights(path: string): number[] {
  const parsed = parseProject(readFileSync(path, 'utf8'), path);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  const weights = parsed.project.runs.at(-1)?.weights;
  if (!weights) throw new Error(`${path} has no trained weights.`);
  return Object.keys(weights)
    .sort()
    .flatMap((id) => [...weights[id].kernel.data, ...(weights[id].bias?.data ?? [])]);
}

describe('train --threads', () => {
  it('trains the same numbers on 2 threads as on 1', { timeout: 120_000 }, async () => {
    const project = digitsProject();
    const outs = [join(temp.dir, 'one.nnproj'), join(temp.dir, 'two.nnproj')];
    const one = await run(train, [project, '--epochs', '2', '--json', '--threads', '1', '--out', outs[0]]);
    const two = await run(train, [project, '--epochs', '2', '--json', '--threads', '2', '--out', outs[1]]);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    const [a, b] = [jsonLines(one.stdout), jsonLines(two.stdout)];
    expect(a.at(-1)).toMatchObject({ done: true, end: 'completed', threads: 1 });
    expect(b.at(-1)).toMatchObject({ done: true, end: 'completed', threads: 2 });
    // Every epoch's losses and accuracies, as JSON numbers (which keep every bit of a double).
    expect(b.slice(0, -1)).toEqual(a.slice(0, -1));
    expect(a.slice(0, -1).map((l) => l.epoch)).toEqual([1, 2]);
    const [wa, wb] = [savedWeights(outs[0]), savedWeights(outs[1])];
    // The first layer alone has 784 × 64 weights.
    expect(wa.length).toBeGreaterThan(784 * 64);
    expect(wb).toEqual(wa);
  });

  it.each([['0'], ['17'], ['two'], ['1.5']])('refuses --threads %s and exits 2', async (value) => {
    const result = await run(train, ['examples/xor.nnproj', '--threads', value]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      `--threads must be auto or a whole number from 1 to 16 (got "${value}").`,
    );
  });
});
