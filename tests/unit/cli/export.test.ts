/**
 * `npm run export`: every example in every format writes the files the format lists; a trained run's
 * weights are the ones exported; wrong arguments and runs without weights are refused with the reason.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportProject } from '../../../src/cli/export-command';
import { train } from '../../../src/cli/train-command';
import { EXPORT_FORMATS, EXPORT_FORMAT_INFO } from '../../../src/export';
import { EXAMPLES, run, tempDir } from './helpers';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

describe('npm run export', () => {
  it.each(EXAMPLES.flatMap((name) => EXPORT_FORMATS.map((format) => [name, format] as const)))(
    'examples/%s.nnproj --to %s writes the files the format lists',
    async (name, format) => {
      const out = join(dir, `${name}-${format}`);
      const result = await run(exportProject, [`examples/${name}.nnproj`, '--to', format, '--out', out]);
      expect(result.stderr).toContain('has no trained run, so the export holds the initial weights');
      expect(result.code).toBe(0);
      expect(readdirSync(out).sort()).toEqual(EXPORT_FORMAT_INFO[format].files.map((f) => f.path).sort());
    },
    60_000,
  );

  it('exports the weights of the trained run, and says which run', async () => {
    const trained = join(dir, 'xor-trained.nnproj');
    expect((await run(train, ['examples/xor.nnproj', '--epochs', '2', '--out', trained])).code).toBe(0);
    const out = join(dir, 'xor-trained-tfjs');
    const result = await run(exportProject, [trained, '--to', 'tfjs', '--out', out, '--run', '1']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('(run run-1)');
    const project = JSON.parse(readFileSync(trained, 'utf8'));
    const bias = Buffer.from(project.runs[0].weights.out.bias.data, 'base64');
    const manifest = JSON.parse(readFileSync(join(out, 'model.json'), 'utf8')).weightsManifest[0].weights;
    const names = manifest.map((w: { name: string }) => w.name);
    expect(names).toEqual(['hidden_1/kernel', 'hidden_1/bias', 'output/kernel', 'output/bias']);
    // The output bias is the last weight in weights.bin: the trained run's, byte for byte.
    const bin = readFileSync(join(out, 'weights.bin'));
    expect(bin.subarray(bin.length - bias.length)).toEqual(bias);
  });

  it('refuses a missing or unknown format, a missing --out and an unknown run, saying what to give', async () => {
    const cases: [string[], string][] = [
      [['examples/xor.nnproj', '--out', join(dir, 'x')], '--to is missing: give one of pytorch, onnx, tfjs.'],
      [['examples/xor.nnproj', '--to', 'keras', '--out', join(dir, 'x')], '--to "keras" is not a format'],
      [['examples/xor.nnproj', '--to', 'onnx'], '--out is missing'],
      [['examples/xor.nnproj', '--to', 'onnx', '--out', join(dir, 'x'), '--run', '3'], 'has no runs yet'],
    ];
    for (const [argv, message] of cases) {
      const result = await run(exportProject, argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
    }
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });
});
