import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { explain } from '../../../src/cli/explain-command';
import { train } from '../../../src/cli/train-command';
import { prepareData } from '../../../src/engine/data';
import type { DatasetSpec } from '../../../src/engine/types';
import { parseProject } from '../../../src/project';
import { run, tempDir } from './helpers';

const temp = tempDir();
afterAll(() => temp.cleanup());

interface Explained {
  run: string | null;
  sample: { index: number; x: number[]; target: number[] };
  forward: { nodeId: string; output: number[]; units?: { z: number; a: number }[] }[];
  loss: { value: number; prediction: number[] };
  backward: { nodeId: string; units?: { delta: number }[]; kernelGrad?: number[][]; biasGrad?: number[] }[];
  update: { nodeId: string; i: number; j: number; grad: number; w: number; wNew: number; optimizer: string };
}

const close = (got: number, want: number) => expect(Math.abs(got - want)).toBeLessThan(1e-5);

describe('npm run explain', () => {
  it('explains sample 0 of a briefly trained XOR exactly as an independent forward/backward pass does', async () => {
    const xor = join(temp.dir, 'xor.nnproj');
    expect((await run(train, ['examples/xor.nnproj', '--epochs', '3', '--out', xor])).code).toBe(0);
    const result = await run(explain, [xor, '--sample', '0', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as Explained;

    const parsed = parseProject(readFileSync(xor, 'utf8'), 'xor.nnproj');
    if (!parsed.ok) throw new Error('the trained project does not parse');
    const saved = parsed.project.runs.at(-1)!;
    expect(out.run).toBe(saved.id);
    const W1 = saved.weights!.h1.kernel.data; // [2, 4]
    const b1 = saved.weights!.h1.bias!.data;
    const W2 = saved.weights!.out.kernel.data; // [4, 1]
    const b2 = saved.weights!.out.bias!.data[0];
    const train0 = prepareData(parsed.project.dataset as DatasetSpec).split.train;
    const x = [train0.x[0], train0.x[1]];
    const y = train0.y[0];
    expect(out.sample.x).toEqual(x);
    expect(out.sample.target).toEqual([y]);

    // Hidden 1: relu(x·W1 + b1); Output: σ(a1·W2 + b2); binary cross-entropy; then back by the chain rule.
    const z1 = [0, 1, 2, 3].map((j) => x[0] * W1[j] + x[1] * W1[4 + j] + b1[j]);
    const a1 = z1.map((z) => Math.max(z, 0));
    const z2 = a1.reduce((s, a, j) => s + a * W2[j], b2);
    const p = 1 / (1 + Math.exp(-z2));
    const L = -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
    const d2 = p - y;
    const d1 = z1.map((z, j) => (z > 0 ? W2[j] * d2 : 0));

    const h1 = out.forward.find((n) => n.nodeId === 'h1')!;
    h1.units!.forEach((u, j) => {
      close(u.z, z1[j]);
      close(u.a, a1[j]);
    });
    close(out.forward.find((n) => n.nodeId === 'out')!.units![0].z, z2);
    close(out.loss.prediction[0], p);
    close(out.loss.value, L);
    const back = (id: string) => out.backward.find((b) => b.nodeId === id)!;
    close(back('out').units![0].delta, d2);
    a1.forEach((a, j) => close(back('out').kernelGrad![j][0], a * d2));
    close(back('out').biasGrad![0], d2);
    d1.forEach((d, j) => {
      close(back('h1').units![j].delta, d);
      close(back('h1').kernelGrad![0][j], x[0] * d);
      close(back('h1').kernelGrad![1][j], x[1] * d);
    });
    // The default weight is the first layer's w[0][0], updated by the project's optimizer (Adam, η = 0.02), fresh state.
    expect(out.update).toMatchObject({ nodeId: 'h1', i: 0, j: 0, optimizer: 'adam' });
    const g = x[0] * d1[0];
    close(out.update.grad, g);
    const alpha = (0.02 * Math.sqrt(1 - 0.999)) / (1 - 0.9);
    close(out.update.wNew, W1[0] - (alpha * 0.1 * g) / (Math.sqrt(0.001 * g * g) + 1e-7));
  });

  it('uses the seeded initial weights when there is no run, and prints a readable report', async () => {
    const result = await run(explain, [
      'examples/xor.nnproj',
      '--input',
      '0.5,-0.5',
      '--target',
      '1',
      '--weight',
      'out:b:0',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('the seeded initial weights');
    expect(result.stdout).toMatch(/Loss \(binaryCrossEntropy\): prediction \[[\d.e-]+\], target \[1\], L = [\d.]+/);
    expect(result.stdout).toContain('Update of Output b[0] (adam, η = 0.02)');
    expect(result.stdout).toMatch(/Hidden 1 w\[1\]\[·\]: \[/);
  });

  it('exits with 2 and says where for bad input', async () => {
    const far = await run(explain, ['examples/xor.nnproj', '--sample', '100000']);
    expect(far.code).toBe(2);
    expect(far.stderr).toMatch(
      /--sample 100000: examples\/xor\.nnproj has \d+ training rows, so give a number from 0 to \d+\./,
    );
    const short = await run(explain, ['examples/xor.nnproj', '--input', '0.5', '--target', '1']);
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('--input "0.5" has 1 values but the network\'s Input takes 2.');
    const noTarget = await run(explain, ['examples/xor.nnproj', '--input', '0.5,1']);
    expect(noTarget.code).toBe(2);
    expect(noTarget.stderr).toContain('--input needs --target');
    const weight = await run(explain, ['examples/xor.nnproj', '--weight', 'h1:7:0']);
    expect(weight.code).toBe(2);
    expect(weight.stderr).toContain('--weight "h1:7:0": layer h1 has inputs 0 to 1 (or b) and units 0 to 3.');
  });
});
