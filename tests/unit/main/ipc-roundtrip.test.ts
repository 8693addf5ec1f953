// The whole desktop file path without Electron: renderer Platform → preload API → IPC guard → handlers → disk.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { desktop } from './helpers';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'layerwise-roundtrip-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('desktop file round trip', () => {
  it('opens, saves in place and saves as, through every layer', async () => {
    const xor = path.join(dir, 'xor.nnproj');
    const original = await readFile('examples/xor.nnproj', 'utf8');
    await writeFile(xor, original);
    const copy = path.join(dir, 'copy');
    const platform = desktop(dir, [xor, copy]);

    const opened = await platform.openProject();
    expect(opened).toEqual({ fileName: 'xor.nnproj', text: original, handle: xor });
    const edited = original.replace('"epochs": 200', '"epochs": 300');
    expect(await platform.saveProject(edited, 'xor', opened!.handle)).toEqual({ fileName: 'xor.nnproj', handle: xor });
    expect(await readFile(xor, 'utf8')).toBe(edited);
    expect(await platform.saveProjectAs(edited, 'copy')).toEqual({ fileName: 'copy.nnproj', handle: `${copy}.nnproj` });
    expect((await platform.recentFiles()).files.map((f) => f.fileName)).toEqual(['copy.nnproj', 'xor.nnproj']);
    await expect(platform.saveProject('{}', 'x', path.join(dir, 'never-granted.nnproj'))).rejects.toThrow(/Save As/);
    expect((await readdir(dir)).sort()).toEqual(['copy.nnproj', 'userData', 'xor.nnproj']);
  });

  it('reports an invalid project with the file name before the renderer sees it', async () => {
    const broken = path.join(dir, 'broken.nnproj');
    await writeFile(broken, '{"format": "layerwise-project", "version": 1, ');
    const platform = desktop(dir, [broken]);
    await expect(platform.openProject()).rejects.toThrow(/broken\.nnproj/);
  });

  it('refuses everything from a page that is not ours', async () => {
    const platform = desktop(dir, [], { frame: { url: 'https://evil.example/', parent: null } });
    await expect(platform.appVersion()).rejects.toThrow(/not the app's main frame/);
    await expect(platform.openProject()).rejects.toThrow(/not the app's main frame/);
  });
});
