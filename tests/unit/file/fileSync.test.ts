import { describe, expect, it } from 'vitest';
import { parseProject } from '../../../src/project';
import { BACKUP_SERIALIZE_MS, startFileSync, type Timers } from '../../../src/renderer/features/file/fileSync';
import { fixtureText, setup } from './helpers';

function manualTimers() {
  let now = 0;
  const pending = new Map<number, { at: number; fn: () => void }>();
  let next = 0;
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      pending.set(++next, { at: now + ms, fn });
      return next;
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...pending]) {
      if (t.at > now) continue;
      pending.delete(id);
      t.fn();
    }
  };
  return { timers, advance, pending };
}

describe('title, unsaved marker and crash backups', () => {
  it('updates the title and marker on every change and backs up unsaved work after the last edit', async () => {
    const { controller, editor, runs, comparisons, platform } = setup();
    const clock = manualTimers();
    const stop = startFileSync(controller, { platform, editor, runs, comparisons: comparisons.port }, clock.timers);
    expect(platform.titles.at(-1)).toBe('One hidden layer — Layerwise');
    expect(platform.dirtyFlags).toEqual([false]);

    editor.getState().updateParams('dense-1', { units: 5 });
    expect(platform.titles.at(-1)).toBe('One hidden layer• — Layerwise');
    expect(platform.dirtyFlags).toEqual([false, true]);
    clock.advance(BACKUP_SERIALIZE_MS - 1);
    editor.getState().updateParams('dense-1', { units: 6 });
    clock.advance(BACKUP_SERIALIZE_MS - 1);
    expect(platform.backupsWritten).toHaveLength(0);
    clock.advance(1);
    expect(platform.backupsWritten).toHaveLength(1);
    const backup = parseProject(platform.backupsWritten[0].text, 'backup');
    expect(backup.ok && backup.project.graph.nodes.find((n) => n.id === 'dense-1')?.params).toMatchObject({ units: 6 });
    // The platform then writes within about a second: well inside the two-second promise.
    expect(BACKUP_SERIALIZE_MS + 1000).toBeLessThanOrEqual(2000);

    // Selecting a node changes no content: no new backup.
    editor.getState().setSelection(['dense-1'], []);
    clock.advance(BACKUP_SERIALIZE_MS);
    expect(platform.backupsWritten).toHaveLength(1);

    editor.getState().updateParams('dense-1', { units: 7 });
    await controller.save();
    clock.advance(BACKUP_SERIALIZE_MS);
    expect(platform.backupsWritten).toHaveLength(1);
    expect(platform.dirtyFlags.at(-1)).toBe(false);
    expect(platform.titles.at(-1)).toBe('One hidden layer — One hidden layer.nnproj — Layerwise');
    stop();
  });

  it('reports opening a file as one change, never as unsaved', async () => {
    const { controller, editor, runs, comparisons, platform } = setup();
    const clock = manualTimers();
    startFileSync(controller, { platform, editor, runs, comparisons: comparisons.port }, clock.timers);
    await controller.openFile({ fileName: 'xor.nnproj', text: fixtureText('xor.nnproj') });
    expect(platform.dirtyFlags).toEqual([false]);
    expect(platform.titles.at(-1)).toBe('XOR with one hidden layer — xor.nnproj — Layerwise');
    clock.advance(5000);
    expect(platform.backupsWritten).toHaveLength(0);
  });

  it('restores crash work as unsaved, with its file, and offers it again only until saved', async () => {
    const { controller, editor, platform } = setup();
    platform.backups.restore = async (id) => ({
      id,
      name: 'xor.nnproj',
      savedAt: '2026-01-01T00:00:00.000Z',
      path: '/home/a/xor.nnproj',
      text: fixtureText('xor.nnproj'),
    });
    expect(await controller.restoreBackup('b1')).toBe(true);
    expect(editor.getState().doc.name).toBe('XOR with one hidden layer');
    expect(controller.isDirty()).toBe(true);
    expect(controller.canRevert()).toBe(false);
    await controller.save();
    expect(platform.saved[0]).toMatchObject({ handle: '/home/a/xor.nnproj', name: 'xor.nnproj' });
    expect(controller.isDirty()).toBe(false);
  });
});
