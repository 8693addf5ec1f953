import { describe, expect, it, vi } from 'vitest';
import { createApi, type IpcRendererLike } from '../../../src/preload/api';

function fakeIpc(answers: Record<string, unknown> = {}) {
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  const invoked: [string, unknown][] = [];
  const ipc: IpcRendererLike = {
    invoke: async (channel, payload) => {
      invoked.push([channel, payload]);
      return answers[channel];
    },
    on: (channel, listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const emit = (channel: string, payload: unknown) =>
    listeners.get(channel)?.forEach((l) => l({ sender: 'secret' }, payload));
  return { ipc, invoked, emit, listeners };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('preload API', () => {
  it('exposes only functions, the platform name and the checked OS languages, never ipcRenderer', () => {
    const api = createApi(fakeIpc().ipc, 'linux', ['--layerwise-locales=ja-JP']);
    for (const [key, value] of Object.entries(api)) {
      if (key === 'platform') expect(value).toBe('linux');
      else if (key === 'preferredLanguages') expect(value).toEqual(['ja-JP']);
      else expect(typeof value, key).toBe('function');
    }
  });

  it('sends checked requests and returns checked answers', async () => {
    const { ipc, invoked } = fakeIpc({
      'app:version': '0.1.0',
      'file:save': { ok: true, value: { fileName: 'a.nnproj', path: '/a.nnproj' } },
    });
    const api = createApi(ipc, 'linux');
    expect(await api.appVersion()).toBe('0.1.0');
    expect(await api.saveProject('{}', '/a.nnproj')).toEqual({
      ok: true,
      value: { fileName: 'a.nnproj', path: '/a.nnproj' },
    });
    expect(invoked).toEqual([
      ['app:version', null],
      ['file:save', { text: '{}', path: '/a.nnproj' }],
    ]);
  });

  it('refuses to send a malformed request and rejects a malformed answer', async () => {
    const { ipc, invoked } = fakeIpc({ 'app:confirmUnsaved': 'maybe' });
    const api = createApi(ipc, 'linux');
    await expect(api.setTitle(42 as unknown as string)).rejects.toThrow(/did not send "window:setTitle"/);
    await expect(api.discardBackup('../../etc/passwd')).rejects.toThrow(/did not send/);
    expect(invoked).toEqual([]);
    await expect(api.confirmUnsaved('xor.nnproj')).rejects.toThrow(/unexpected answer on "app:confirmUnsaved"/);
  });

  it('passes valid menu commands on, drops malformed ones, and unsubscribes', () => {
    const { ipc, emit } = fakeIpc();
    const api = createApi(ipc, 'linux');
    const seen: string[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const off = api.onMenuCommand((id) => seen.push(id));
    emit('menu:command', { id: 'file.save' });
    emit('menu:command', { id: 7 });
    off();
    emit('menu:command', { id: 'file.open' });
    expect(seen).toEqual(['file.save']);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('delivers files opened before the page listened, even across a StrictMode re-subscribe, and later ones once', async () => {
    const file = { ok: true, value: { fileName: 'xor.nnproj', path: '/p/xor.nnproj', text: '{}' } };
    const { ipc, emit, invoked } = fakeIpc({ 'file:takePending': [file] });
    const api = createApi(ipc, 'darwin');
    const first: unknown[] = [];
    const off = api.onOpenFile((f) => first.push(f));
    off(); // StrictMode cleanup before takePending answered
    await tick();
    const second: unknown[] = [];
    const third: unknown[] = [];
    api.onOpenFile((f) => second.push(f));
    api.onOpenFile((f) => third.push(f));
    expect(second).toEqual([file]);
    const later = { ok: false, message: 'Could not open “b.nnproj”: …' };
    emit('file:openRequested', later);
    expect(second).toEqual([file, later]);
    expect(third).toEqual([later]);
    expect(first).toEqual([]);
    expect(invoked.filter(([c]) => c === 'file:takePending')).toHaveLength(1);
  });
});
