import { mkdtemp, readFile, rm, writeFile, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecentFiles, MAX_RECENT_FILES } from '../../../src/main/recent-files';

let dir: string;
let storePath: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'layerwise-recent-'));
  storePath = path.join(dir, 'userData', 'recent-files.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function project(name: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, '{}');
  return file;
}

describe('recent files', () => {
  it('keeps the last ten, newest first, without duplicates, and survives a restart', async () => {
    let tick = 0;
    const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++));
    const recent = createRecentFiles({ storePath, now, platform: 'linux' });
    const files: string[] = [];
    for (let i = 0; i < 12; i++) files.push(await project(`p${i}.nnproj`));
    for (const file of files) await recent.add(file);
    await recent.add(files[5]); // opened again: moves to the top

    const restarted = createRecentFiles({ storePath, platform: 'linux' });
    const { files: listed, note } = await restarted.list();
    expect(note).toBeNull();
    expect(listed).toHaveLength(MAX_RECENT_FILES);
    expect(listed.map((f) => f.fileName)).toEqual([
      'p5.nnproj',
      'p11.nnproj',
      'p10.nnproj',
      'p9.nnproj',
      'p8.nnproj',
      'p7.nnproj',
      'p6.nnproj',
      'p4.nnproj',
      'p3.nnproj',
      'p2.nnproj',
    ]);
    expect(await restarted.has(files[5])).toBe(true);
    expect(await restarted.has(files[0])).toBe(false);
  });

  it('drops files that no longer exist and says which', async () => {
    const recent = createRecentFiles({ storePath, platform: 'linux' });
    const kept = await project('kept.nnproj');
    const gone = await project('gone.nnproj');
    await recent.add(kept);
    await recent.add(gone);
    await unlink(gone);
    const first = await createRecentFiles({ storePath, platform: 'linux' }).list();
    expect(first.files.map((f) => f.fileName)).toEqual(['kept.nnproj']);
    expect(first.note).toContain('“gone.nnproj” was removed from Recent Files');
    expect(first.note).toContain(gone);
    // The removal was saved: the next launch has no note.
    expect((await createRecentFiles({ storePath, platform: 'linux' }).list()).note).toBeNull();
  });

  it('treats paths case-insensitively on macOS and Windows only', async () => {
    const a = await project('Case.nnproj');
    const mac = createRecentFiles({ storePath, platform: 'darwin', exists: async () => true });
    await mac.add(a);
    await mac.add(a.replace('Case', 'CASE'));
    expect((await mac.list()).files).toHaveLength(1);
    const linux = createRecentFiles({ storePath: storePath + '2', platform: 'linux', exists: async () => true });
    await linux.add(a);
    await linux.add(a.replace('Case', 'CASE'));
    expect((await linux.list()).files).toHaveLength(2);
  });

  it('clears, and starts empty from a damaged store', async () => {
    const recent = createRecentFiles({ storePath, platform: 'linux' });
    await recent.add(await project('a.nnproj'));
    await recent.clear();
    expect(JSON.parse(await readFile(storePath, 'utf8')).files).toEqual([]);
    await writeFile(storePath, '{ not json');
    expect(await createRecentFiles({ storePath, platform: 'linux' }).list()).toEqual({ files: [], note: null });
  });
});
