import { describe, expect, it } from 'vitest';
import { canReuseForOpen, createSession, grantPath, isGranted } from '../../../src/main/session';

const make = () =>
  createSession({ platform: 'linux', writeBackup: async () => undefined, onBackupError: () => undefined });

describe('window session', () => {
  it('gives every window its own backup id, safe as a file name', () => {
    const a = make();
    const b = make();
    expect(a.backupId).not.toBe(b.backupId);
    expect(a.backupId).toMatch(/^[A-Za-z0-9-]{1,64}$/);
  });

  it('grants paths per window, case-insensitively only where the file system is', () => {
    const session = make();
    grantPath(session, '/home/u/XOR.nnproj', 'linux');
    expect(isGranted(session, '/home/u/XOR.nnproj', 'linux')).toBe(true);
    expect(isGranted(session, '/home/u/xor.nnproj', 'linux')).toBe(false);
    expect(isGranted(session, '/home/u/sub/../XOR.nnproj', 'linux')).toBe(true);
    const mac = make();
    grantPath(mac, '/Users/u/XOR.nnproj', 'darwin');
    expect(isGranted(mac, '/users/u/xor.nnproj', 'darwin')).toBe(true);
  });

  it('reuses a window for an OS-opened file only when it holds nothing', () => {
    const session = make();
    expect(canReuseForOpen(session)).toBe(true);
    session.pending.push({ ok: false, message: 'x' });
    expect(canReuseForOpen(session)).toBe(false);
    session.pending = [];
    session.dirty = true;
    expect(canReuseForOpen(session)).toBe(false);
    session.dirty = false;
    session.currentPath = '/a.nnproj';
    expect(canReuseForOpen(session)).toBe(false);
  });
});
