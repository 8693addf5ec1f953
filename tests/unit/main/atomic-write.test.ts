import { execFileSync, spawnSync } from 'node:child_process';
import { lstatSync, statSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile, symlink, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWriteFile, FileOperationError, nodeAtomicFs, type AtomicFs } from '../../../src/main/atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'layerwise-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function systemError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** The real file system, except that one step fails the way a real disk would. */
function failing(step: 'rename' | 'write' | 'sync', code: string): AtomicFs {
  return {
    ...nodeAtomicFs,
    async open(filePath, flags, mode) {
      const handle = await nodeAtomicFs.open(filePath, flags, mode);
      if (flags !== 'wx') return handle;
      return {
        async writeFile(data) {
          if (step === 'write') {
            await handle.writeFile(typeof data === 'string' ? data.slice(0, 3) : data.subarray(0, 3)); // a partial write
            throw systemError(code);
          }
          await handle.writeFile(data);
        },
        async sync() {
          if (step === 'sync') throw systemError(code);
          await handle.sync();
        },
        close: () => handle.close(),
      };
    },
    async rename(from, to) {
      if (step === 'rename') throw systemError(code);
      await nodeAtomicFs.rename(from, to);
    },
  };
}

describe('atomicWriteFile', () => {
  it('creates a new file and replaces an existing one, leaving no temporary files', async () => {
    const target = path.join(dir, 'xor.nnproj');
    await atomicWriteFile(target, 'first');
    expect(await readFile(target, 'utf8')).toBe('first');
    await atomicWriteFile(target, 'second version');
    expect(await readFile(target, 'utf8')).toBe('second version');
    expect(await readdir(dir)).toEqual(['xor.nnproj']);
  });

  it.each([
    ['rename', 'ENOSPC', /disk is full/],
    ['write', 'ENOSPC', /disk is full/],
    ['sync', 'EIO', /EIO/],
    ['rename', 'EACCES', /permission denied/],
    ['rename', 'EPERM', /permission denied/],
  ] as const)(
    'a failure in %s (%s) keeps the old file byte-identical and explains why',
    async (step, code, wording) => {
      const target = path.join(dir, 'project.nnproj');
      const original = Buffer.from('{"format":"layerwise-project","version":1}\n\u00e9\u0000', 'utf8');
      await writeFile(target, original);
      const error = await atomicWriteFile(target, 'new content that must not land', failing(step, code)).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(FileOperationError);
      expect((error as FileOperationError).code).toBe(code);
      expect((error as Error).message).toMatch(wording);
      expect((error as Error).message).toContain('project.nnproj');
      expect((error as Error).message).toContain('previous version of the file was not changed');
      expect(Buffer.compare(await readFile(target), original)).toBe(0);
      expect(await readdir(dir)).toEqual(['project.nnproj']);
    },
  );

  it('says the folder is gone when it was deleted', async () => {
    const target = path.join(dir, 'gone', 'project.nnproj');
    await expect(atomicWriteFile(target, 'x')).rejects.toThrow(/folder .*gone.* no longer exists/);
  });

  it('replaces the real file behind a symlink instead of the link', async () => {
    const real = path.join(dir, 'real.nnproj');
    const link = path.join(dir, 'link.nnproj');
    await writeFile(real, 'old');
    await symlink(real, link);
    await atomicWriteFile(link, 'new');
    expect(await readFile(real, 'utf8')).toBe('new');
    expect((await readdir(dir)).sort()).toEqual(['link.nnproj', 'real.nnproj']);
  });

  it.skipIf(process.getuid?.() === 0)('reports a read-only folder as permission denied', async () => {
    const folder = path.join(dir, 'locked');
    await import('node:fs/promises').then((fs) => fs.mkdir(folder));
    await chmod(folder, 0o500);
    try {
      await expect(atomicWriteFile(path.join(folder, 'a.nnproj'), 'x')).rejects.toThrow(/permission denied/);
    } finally {
      await chmod(folder, 0o700);
    }
  });
});

describe('atomicWriteFile only replaces regular files (issue 12, defects 3 and 10)', () => {
  it('refuses a character device, a named pipe and a folder, and leaves them as they were', async () => {
    const fifo = path.join(dir, 'pipe.nnproj');
    execFileSync('mkfifo', [fifo]);
    for (const target of ['/dev/null', fifo]) {
      const error = await atomicWriteFile(target, 'x').catch((e: unknown) => e);
      expect((error as Error).message).toMatch(/not a regular file/);
    }
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    await expect(atomicWriteFile(dir, 'x')).rejects.toThrow(/is a folder/);
  });

  it('keeps the mode of the file it replaces (0600 stays 0600)', async () => {
    const target = path.join(dir, 'private.nnproj');
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    await atomicWriteFile(target, 'new');
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('removes the temporary file a killed save left beside the target, on the next save', async () => {
    const target = path.join(dir, 'big.nnproj');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid ?? 999_999;
    const leftover = `.big.nnproj.${dead}-89abcdef.tmp`;
    await writeFile(path.join(dir, leftover), 'x'.repeat(1000));
    await writeFile(path.join(dir, '.other.nnproj.1-89abcdef.tmp'), 'another file’s');
    await atomicWriteFile(target, 'saved');
    expect((await readdir(dir)).sort()).toEqual(['.other.nnproj.1-89abcdef.tmp', 'big.nnproj']);
  });
});
