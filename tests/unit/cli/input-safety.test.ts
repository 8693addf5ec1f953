/**
 * Issue 12's defects in what the command line reads: files outside the project's folder (2), exit codes and
 * messages for unreadable inputs (8), paths under npm (9), numbers (5) and encodings (6). Each test here
 * failed on the code before the fix.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { predict } from '../../../src/cli/predict-command';
import { train } from '../../../src/cli/train-command';
import { validate } from '../../../src/cli/validate-command';
import { run, tempDir } from './helpers';

const temp = tempDir();
afterAll(() => temp.cleanup());

const XOR = JSON.parse(readFileSync('examples/xor.nnproj', 'utf8')) as Record<string, unknown>;

/** A folder holding a project whose dataset is the CSV at `path` (relative to the project). */
function csvProject(name: string, dataset: Record<string, unknown>): { folder: string; file: string } {
  const folder = join(temp.dir, name);
  mkdirSync(folder, { recursive: true });
  const project = {
    ...XOR,
    dataset: {
      kind: 'csv',
      validationSplit: 0.25,
      seed: 1,
      features: ['a', 'b'],
      target: 'y',
      ...dataset,
    },
  };
  const file = join(folder, 'p.nnproj');
  writeFileSync(file, JSON.stringify(project, null, 2));
  return { folder, file };
}

const XOR_ROWS = 'a,b,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n0.1,0.9,1\n0.9,0.1,1\n0.9,0.9,0\n0.1,0.1,0\n';

describe('a dataset path must stay inside the project folder (defect 2)', () => {
  const secret = join(temp.dir, 'secret');
  mkdirSync(secret, { recursive: true });
  writeFileSync(join(secret, 'creds.csv'), 'user,password,y\nadmin,hunter2,1\nroot,swordfish,0\n');

  it('refuses "../" before reading, naming the path and quoting nothing of the file', async () => {
    const { file } = csvProject('dotdot', { path: '../secret/creds.csv', features: ['user', 'password'] });
    const result = await run(validate, [file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('dataset.path');
    expect(result.stderr).toMatch(/p\.nnproj:\d+:\d+: dataset\.path: must stay inside the project's folder/);
    expect(result.stderr).not.toMatch(/hunter2|password|admin/);
  });

  it('refuses a symbolic link inside the folder that leads out of it', async () => {
    const { folder, file } = csvProject('link', { path: 'data.csv', features: ['user', 'password'] });
    symlinkSync(join(secret, 'creds.csv'), join(folder, 'data.csv'));
    const result = await run(validate, [file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("outside the project's folder");
    expect(result.stderr).not.toMatch(/hunter2|password|admin/);
  });

  it('still reads a CSV in a subfolder, and through a link that stays inside', async () => {
    const { folder, file } = csvProject('inside', { path: 'data/./rows.csv' });
    mkdirSync(join(folder, 'data'));
    writeFileSync(join(folder, 'data', 'rows.csv'), XOR_ROWS);
    expect((await run(validate, [file])).code).toBe(0);
    symlinkSync(join(folder, 'data', 'rows.csv'), join(folder, 'alias.csv'));
    const linked = csvProject('inside', { path: 'alias.csv' });
    expect((await run(validate, [linked.file])).stderr).toBe('');
  });
});

describe('every unreadable input exits 2 and says what it is (defect 8)', () => {
  it.each([
    ['/dev/zero', 'is a character device, not a file'],
    ['/dev/null', 'is a character device, not a file'],
    ['/tmp', 'is a folder, not a file'],
  ])('validate %s', async (path, message) => {
    const result = await run(validate, [path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${path} ${message}`);
  });

  it('a file without read permission', async () => {
    const file = join(temp.dir, 'locked.nnproj');
    writeFileSync(file, readFileSync('examples/xor.nnproj'));
    chmodSync(file, 0o000);
    const result = await run(validate, [file]);
    chmodSync(file, 0o644);
    if (process.getuid?.() === 0) return; // root reads anything; the message is checked where it can be seen
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('permission denied');
  });

  it('a named pipe as dataset.path is refused at once, not waited on', async () => {
    const { folder, file } = csvProject('fifo', { path: 'pipe.csv' });
    execFileSync('mkfifo', [join(folder, 'pipe.csv')]);
    const result = await run(validate, [file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('dataset.path "pipe.csv" is a named pipe (FIFO), not a file');
  });
});

describe('relative paths under npm resolve where the command was typed (defect 9)', () => {
  it('cd examples && npm run validate -- xor.nnproj', () => {
    const result = spawnSync('npm', ['run', '--silent', 'validate', '--', 'xor.nnproj'], {
      cwd: join(process.cwd(), 'examples'),
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^ok xor\.nnproj:/);
    expect(result.status).toBe(0);
  });
});

describe('numbers are decimal and finite in float32 (defect 5)', () => {
  it('a CSV cell beyond float32 is a bad cell with its line, not a diverged run', async () => {
    const { folder, file } = csvProject('big', { path: 'rows.csv' });
    writeFileSync(join(folder, 'rows.csv'), `${XOR_ROWS}1e39,0,1\n0x1A,1,0\n`);
    const result = await run(validate, [file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("rows.csv line 10: column 'a' is '1e39', beyond the range of 32-bit floats");
    expect(result.stderr).toContain("rows.csv line 11: column 'a' is '0x1A', not a decimal number");
  });

  it('predict refuses 1e39 and 0b11 instead of printing NaN', async () => {
    const out = join(temp.dir, 'trained-xor.nnproj');
    expect((await run(train, ['examples/xor.nnproj', '--epochs', '2', '--out', out])).code).toBe(0);
    const inputs = join(temp.dir, 'inputs.csv');
    writeFileSync(inputs, 'x,y\n0.5,1e39\n0b11,0\n');
    const result = await run(predict, [out, inputs]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("line 2: column 'y' is '1e39', beyond the range of 32-bit floats");
    expect(result.stderr).toContain("line 3: column 'x' is '0b11', not a decimal number");
  });

  it('class labels 1 and 1.0 stay two classes, with a warning', async () => {
    const { folder, file } = csvProject('labels', { path: 'rows.csv' });
    writeFileSync(join(folder, 'rows.csv'), 'a,b,y\n0,0,1\n0,1,1.0\n1,0,1.0\n1,1,1\n');
    const result = await run(validate, [file]);
    expect(result.stderr).toContain("the labels '1', '1.0': the same number written differently");
  });

  it('a cell is quoted by a short prefix only', async () => {
    const { folder, file } = csvProject('long', { path: 'rows.csv' });
    writeFileSync(join(folder, 'rows.csv'), `${XOR_ROWS}${'x'.repeat(200)}TAIL,1,0\n`);
    const result = await run(validate, [file]);
    expect(result.stderr).toContain("'xxxxxxxxxxxxxxx…'");
    expect(result.stderr).not.toContain('TAIL');
  });
});

describe('encodings and delimiters (defect 6)', () => {
  it('a Latin-1 project is refused with its encoding named, not read as Caf\\uFFFD', async () => {
    const file = join(temp.dir, 'latin1.nnproj');
    const text = readFileSync('examples/xor.nnproj', 'utf8').replace(/"name": "[^"]*"/, '"name": "Café"');
    writeFileSync(file, Buffer.from(text, 'latin1'));
    const result = await run(validate, [file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /latin1\.nnproj is not in an encoding Layerwise reads: it looks like .*Latin-1.*\(line 4, column \d+ is byte 0xE9\)/,
    );
  });

  it('a UTF-16 project with a byte-order mark is read', async () => {
    const file = join(temp.dir, 'utf16.nnproj');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync('examples/xor.nnproj', 'utf8'), 'utf16le')]),
    );
    const result = await run(validate, [file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('a Shift-JIS CSV keeps its Japanese column and class names', async () => {
    const { folder, file } = csvProject('sjis', { path: 'rows.csv', features: ['長さ', '幅'], target: '品種' });
    const text = '長さ,幅,品種\n0,0,あ\n0,1,い\n1,0,い\n1,1,あ\n0.1,0.9,い\n0.9,0.1,い\n';
    writeFileSync(join(folder, 'rows.csv'), Buffer.from(new Uint8Array(sjisEncode(text))));
    const result = await run(validate, [file]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('ok');
  });

  it('a semicolon CSV (Excel in much of Europe) is read, not "only one column"', async () => {
    const { folder, file } = csvProject('semicolon', { path: 'rows.csv' });
    writeFileSync(join(folder, 'rows.csv'), XOR_ROWS.replace(/,/g, ';'));
    const result = await run(validate, [file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

/** Shift-JIS bytes of text, by searching the decoder's table (Node has no Shift-JIS encoder). */
function sjisEncode(text: string): number[] {
  const decoder = new TextDecoder('shift_jis');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0x9f; lead++) {
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      table.set(decoder.decode(new Uint8Array([lead, trail])), [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const code = table.get(ch);
      if (!code) throw new Error(`no Shift-JIS code for ${ch}`);
      bytes.push(...code);
    }
  }
  return bytes;
}
