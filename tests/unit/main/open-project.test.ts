import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readProjectFile, nodeReadFs, type ProjectValidator } from '../../../src/main/open-project';
import { projectValidator } from '../../../src/main/project-validator';
import { MAX_PROJECT_BYTES } from '../../../src/project/parse';
import { MAX_PROJECT_TEXT } from '../../../src/shared/ipc';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'layerwise-open-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readProjectFile', () => {
  it('opens a valid example project', async () => {
    const file = path.resolve('examples/xor.nnproj');
    const result = await readProjectFile(file, projectValidator);
    expect(result).toEqual({
      ok: true,
      value: { fileName: 'xor.nnproj', path: file, text: await readFile(file, 'utf8') },
    });
  });

  it('names the file and the line and column of a JSON syntax error', async () => {
    const file = path.join(dir, 'broken.nnproj');
    await writeFile(file, '{\n  "format": "layerwise-project",\n  "version": 1,,\n}');
    const result = await readProjectFile(file, projectValidator);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('broken.nnproj');
      expect(result.message).toMatch(/line 3/);
      expect(result.message).toMatch(/column \d+/);
    }
  });

  it('names the JSON path of a value that does not fit the format', async () => {
    const project = JSON.parse(await readFile('examples/xor.nnproj', 'utf8'));
    project.graph.nodes[1].params.units = 0;
    const file = path.join(dir, 'bad-units.nnproj');
    await writeFile(file, JSON.stringify(project));
    const result = await readProjectFile(file, projectValidator);
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/bad-units\.nnproj[\s\S]*graph\.nodes\[1\]\.params\.units/),
    });
  });

  it('checks the size before reading a byte', async () => {
    const readFileSpy = vi.fn(nodeReadFs.readFile);
    const fs = { stat: async () => ({ size: MAX_PROJECT_BYTES + 1, isFile: () => true }), readFile: readFileSpy };
    const result = await readProjectFile('/x/huge.nnproj', projectValidator, fs);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('huge.nnproj') });
    expect(readFileSpy).not.toHaveBeenCalled();
    expect(MAX_PROJECT_TEXT).toBe(MAX_PROJECT_BYTES);
  });

  it('explains a missing file, a folder and a binary file', async () => {
    const accept: ProjectValidator = { checkSize: () => null, validate: () => null };
    expect(await readProjectFile(path.join(dir, 'gone.nnproj'), accept)).toMatchObject({
      ok: false,
      message: /no longer exists/,
    });
    await mkdir(path.join(dir, 'folder.nnproj'));
    expect(await readProjectFile(path.join(dir, 'folder.nnproj'), accept)).toMatchObject({
      ok: false,
      message: /folder or device/,
    });
    await writeFile(path.join(dir, 'image.nnproj'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]));
    expect(await readProjectFile(path.join(dir, 'image.nnproj'), accept)).toMatchObject({
      ok: false,
      message: /not a text file/,
    });
  });
});
