import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { atomicWriteFile } from '../../../src/main/atomic-write';
import { createBackupStore } from '../../../src/main/backups';
import { createDebouncedWriter, type Timers } from '../../../src/main/debounced-writer';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'layerwise-backups-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('backup store', () => {
  it('writes, lists (newest first, without live windows), restores and discards', async () => {
    let minute = 0;
    const store = createBackupStore(path.join(dir, 'backups'), () => new Date(Date.UTC(2026, 0, 1, 10, minute++)));
    await store.write('win-a', { name: 'XOR.nnproj', path: '/home/u/XOR.nnproj', text: '{"a":1}' });
    await store.write('win-b', { name: 'Untitled', path: null, text: '{"b":2}' });
    await store.write('win-c', { name: 'Live', path: null, text: '{}' });

    const listed = await store.list(new Set(['win-c']));
    expect(listed.map((b) => [b.id, b.name, b.path])).toEqual([
      ['win-b', 'Untitled', null],
      ['win-a', 'XOR.nnproj', '/home/u/XOR.nnproj'],
    ]);
    expect(listed[0].savedAt).toBe('2026-01-01T10:01:00.000Z');

    const restored = await store.read('win-a');
    expect(restored).toEqual({ ok: true, value: { ...listed[1], text: '{"a":1}' } });

    await store.adopt('win-a', 'win-new');
    expect((await store.list()).map((b) => b.id).sort()).toEqual(['win-b', 'win-c', 'win-new']);

    await store.discard('win-new');
    await store.discard('win-new'); // twice is fine
    await store.discard('win-b');
    await store.discard('win-c');
    expect(await readdir(path.join(dir, 'backups'))).toEqual([]);
    expect(await store.read('win-a')).toMatchObject({ ok: false, message: /no longer available/ });
  });

  it('ignores damaged metadata and refuses ids that could name other files', async () => {
    const folder = path.join(dir, 'backups');
    const store = createBackupStore(folder);
    await store.write('good', { name: 'A', path: null, text: '{}' });
    await writeFile(path.join(folder, 'broken.json'), '{ nope');
    await writeFile(
      path.join(folder, 'orphan.json'),
      JSON.stringify({ format: 'layerwise-backup', version: 1, name: 'x', path: null, savedAt: 'now' }),
    );
    expect((await store.list()).map((b) => b.id)).toEqual(['good']);
    await expect(store.write('../escape', { name: 'A', path: null, text: '' })).rejects.toThrow(
      /not a valid backup id/,
    );
    expect(await createBackupStore(path.join(dir, 'missing')).list()).toEqual([]);
  });
});

describe('debounced writer', () => {
  function fakeTimers() {
    let time = 0;
    const queue: { at: number; fn: () => void; id: number }[] = [];
    let nextId = 0;
    const timers: Timers = {
      setTimeout: (fn, ms) => {
        const id = nextId++;
        queue.push({ at: time + ms, fn, id });
        return id;
      },
      clearTimeout: (id) => {
        const i = queue.findIndex((t) => t.id === id);
        if (i >= 0) queue.splice(i, 1);
      },
    };
    const advance = async (ms: number) => {
      time += ms;
      for (const t of queue.filter((t) => t.at <= time)) {
        queue.splice(queue.indexOf(t), 1);
        t.fn();
      }
      await new Promise((r) => setImmediate(r));
    };
    return { timers, advance };
  }

  it('writes once, the latest value, within the delay of the last edit', async () => {
    const { timers, advance } = fakeTimers();
    const written: string[] = [];
    const writer = createDebouncedWriter(async (v: string) => void written.push(v), 1000, vi.fn(), timers);
    writer.schedule('a');
    await advance(500);
    writer.schedule('b');
    await advance(500);
    writer.schedule('c');
    await advance(999);
    expect(written).toEqual([]);
    await advance(1);
    expect(written).toEqual(['c']);
  });

  it('cancel drops the pending write; flush writes it now; errors go to onError', async () => {
    const { timers, advance } = fakeTimers();
    const written: string[] = [];
    const onError = vi.fn();
    const writer = createDebouncedWriter(
      async (v: string) => {
        if (v === 'bad') throw new Error('disk full');
        written.push(v);
      },
      1000,
      onError,
      timers,
    );
    writer.schedule('dropped');
    await writer.cancel();
    await advance(2000);
    writer.schedule('now');
    await writer.flush();
    writer.schedule('bad');
    await writer.flush();
    writer.schedule('after');
    await advance(1000);
    expect(written).toEqual(['now', 'after']);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it.each(['text', 'metadata'] as const)(
    'adopt is crash-safe: a failure writing the new %s keeps the old backup listed and whole',
    async (step) => {
      const folder = path.join(dir, 'backups');
      const store = createBackupStore(folder, undefined, {
        writeFile: async (file, data) => {
          const failing = step === 'text' ? file.endsWith('win-new.nnproj') : file.endsWith('win-new.json');
          if (failing) throw Object.assign(new Error('EIO: simulated'), { code: 'EIO' });
          await atomicWriteFile(file, data);
        },
      });
      await store.write('win-old', { name: 'Work', path: null, text: '{"w":1}' });
      await expect(store.adopt('win-old', 'win-new')).rejects.toThrow(/EIO/);
      expect((await store.list()).map((b) => b.id)).toEqual(['win-old']);
      expect(await store.read('win-old')).toMatchObject({ ok: true, value: { text: '{"w":1}' } });
      expect((await readdir(folder)).sort()).toEqual(['win-old.json', 'win-old.nnproj']);
    },
  );

  it('adopt writes the new pair before removing the old one', async () => {
    const folder = path.join(dir, 'backups');
    const seen: string[][] = [];
    const store = createBackupStore(folder, undefined, {
      writeFile: async (file, data) => {
        await atomicWriteFile(file, data);
        seen.push((await readdir(folder)).filter((f) => !f.endsWith('.tmp')).sort());
      },
    });
    await store.write('win-old', { name: 'Work', path: null, text: '{"w":1}' });
    seen.length = 0;
    await store.adopt('win-old', 'win-new');
    // After each write of the adoption, the old pair is still complete.
    for (const files of seen) expect(files).toEqual(expect.arrayContaining(['win-old.json', 'win-old.nnproj']));
    expect(await readdir(folder)).toEqual(['win-new.json', 'win-new.nnproj']);
    expect(await store.read('win-new')).toMatchObject({ ok: true, value: { text: '{"w":1}', name: 'Work' } });
  });

  it('removes temporary files that an interrupted save left, when listing at start', async () => {
    const folder = path.join(dir, 'backups');
    const store = createBackupStore(folder);
    await store.write('win-a', { name: 'A', path: null, text: '{}' });
    const dead = spawnSync(process.execPath, ['-e', '0']).pid ?? 999_999;
    await writeFile(path.join(folder, `.win-a.nnproj.${dead}-0123abcd.tmp`), 'half a save');
    await writeFile(path.join(folder, `.win-a.nnproj.${process.pid}-0123abcd.tmp`), 'a save in progress');
    await store.list();
    expect((await readdir(folder)).sort()).toEqual([
      `.win-a.nnproj.${process.pid}-0123abcd.tmp`,
      'win-a.json',
      'win-a.nnproj',
    ]);
  });
});
