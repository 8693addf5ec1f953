/**
 * `train --out` (issue 12, defects 3, 7, 8 and 10): it writes only regular files, keeps the mode of the file
 * it replaces, checks its folder before training, cleans up after interrupted saves, and refuses to write a
 * file that could not be opened again.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { train } from '../../../src/cli/train-command';
import { validate } from '../../../src/cli/validate-command';
import { run, tempDir } from './helpers';

const temp = tempDir();
afterAll(() => temp.cleanup());

const XOR = ['examples/xor.nnproj', '--epochs', '1'];

describe('--out writes only regular files', () => {
  it('refuses a named pipe and a character device, before training', async () => {
    const fifo = join(temp.dir, 'fifo.nnproj');
    execFileSync('mkfifo', [fifo]);
    for (const [out, kind] of [
      [fifo, 'a named pipe (FIFO)'],
      ['/dev/null', 'a character device'],
    ]) {
      const result = await run(train, [...XOR, '--out', out]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe(''); // nothing trained
      expect(result.stderr).toContain(`--out ${out} is ${kind}; --out only replaces regular files`);
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses a symbolic link to a device, and follows one to a regular file, saying so', async () => {
    const toDevice = join(temp.dir, 'to-null.nnproj');
    symlinkSync('/dev/null', toDevice);
    const refused = await run(train, [...XOR, '--out', toDevice]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('is a symbolic link to /dev/null, which is a character device');

    const real = join(temp.dir, 'real.nnproj');
    writeFileSync(real, 'old');
    const link = join(temp.dir, 'link.nnproj');
    symlinkSync(real, link);
    const followed = await run(train, [...XOR, '--out', link]);
    expect(followed.code).toBe(0);
    expect(followed.stderr).toContain(`--out ${link} is a symbolic link: the trained project will replace ${real}.`);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toContain('"runs"');
  });

  it('keeps the mode of the file it replaces', async () => {
    const out = join(temp.dir, 'private.nnproj');
    writeFileSync(out, 'old');
    chmodSync(out, 0o600);
    expect((await run(train, [...XOR, '--out', out])).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('checks that the folder is writable before training', async () => {
    if (process.getuid?.() === 0) return; // root may write anywhere
    const folder = join(temp.dir, 'readonly');
    mkdirSync(folder);
    chmodSync(folder, 0o500);
    const result = await run(train, [...XOR, '--out', join(folder, 'x.nnproj')]);
    chmodSync(folder, 0o700);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('you may not write in the folder');
  });

  it('removes the temporary file of a save that was killed, at the next train --out', async () => {
    const folder = join(temp.dir, 'leftovers');
    mkdirSync(folder);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid ?? 999_999;
    writeFileSync(join(folder, `.out.nnproj.${dead}.0123abcd.tmp`), 'x'.repeat(10_000));
    expect((await run(train, [...XOR, '--out', join(folder, 'out.nnproj')])).code).toBe(0);
    expect(readdirSync(folder)).toEqual(['out.nnproj']);
  });
});

describe('one depth limit, on save as on open (defect 7)', () => {
  it('a field nested too deep is refused on open with its line, so it never reaches a save that would overflow', async () => {
    const text = JSON.stringify(JSON.parse(readFileSync('examples/xor.nnproj', 'utf8')));
    const file = join(temp.dir, 'deep.nnproj');
    writeFileSync(file, `${text.slice(0, -1)},"extra":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`);
    const result = await run(train, [file, '--epochs', '1', '--out', join(temp.dir, 'deep-out.nnproj')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/deep\.nnproj is nested more than 256 levels deep at line 1, column \d+/);
  });

  it('a nesting within the limit trains and saves', async () => {
    const project = JSON.parse(readFileSync('examples/xor.nnproj', 'utf8')) as Record<string, unknown>;
    let deep: unknown = 1;
    for (let k = 0; k < 250; k++) deep = { a: deep };
    project.extra = deep;
    const file = join(temp.dir, 'deepish.nnproj');
    const out = join(temp.dir, 'deepish-out.nnproj');
    writeFileSync(file, JSON.stringify(project));
    expect((await run(train, [file, '--epochs', '1', '--out', out])).code).toBe(0);
    expect((await run(validate, [out])).code).toBe(0);
  });
});
