import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { createApi, type IpcRendererLike } from '../../../src/preload/api';
import { createBrowserPlatform, type BrowserEnv, type PickedFile } from '../../../src/renderer/platform/browser';
import { createElectronPlatform } from '../../../src/renderer/platform/electron';
import { choosePlatform } from '../../../src/renderer/platform/index';
import { memoryStore, webStorageStore, type StorageLike } from '../../../src/renderer/platform/key-value-store';
import { failureLines } from '../../../src/renderer/platform/failureText';
import { PlatformError, type Platform } from '../../../src/renderer/platform/types';
import { createTranslator, problemText } from '../../../src/shared/i18n';
import { MAX_PROJECT_BYTES } from '../../../src/project/parse';

function electronApi(answers: Record<string, unknown> = {}) {
  const invoked: [string, unknown][] = [];
  const ipc: IpcRendererLike = {
    invoke: async (channel, payload) => {
      invoked.push([channel, payload]);
      return answers[channel];
    },
    on: () => undefined,
    removeListener: () => undefined,
  };
  return { api: createApi(ipc, 'linux'), invoked };
}

function browserEnv(overrides: Partial<BrowserEnv> = {}) {
  const log: string[] = [];
  const timers: { fn: () => void; id: number }[] = [];
  let id = 0;
  let clock = 0;
  const kv = memoryStore();
  const env: BrowserEnv = {
    pickFile: async () => null,
    download: (name, text) => log.push(`download ${name} ${text}`),
    downloadBytes: (name, bytes, type) => log.push(`download ${name} ${bytes.length} bytes ${type}`),
    setDocumentTitle: (t) => log.push(`title ${t}`),
    setLeaveWarning: (on) => log.push(`leave warning ${on}`),
    confirm: () => true,
    openWindow: (url) => log.push(`open ${url}`),
    store: async () => kv,
    version: '0.1.0',
    newId: () => `id${++id}`,
    now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)),
    setTimeout: (fn) => {
      const t = { fn, id: timers.length };
      timers.push(t);
      return t;
    },
    clearTimeout: (t) => {
      const i = timers.indexOf(t as (typeof timers)[number]);
      if (i >= 0) timers.splice(i, 1);
    },
    ...overrides,
  };
  const runTimers = async () => {
    for (const t of timers.splice(0)) t.fn();
    await new Promise((r) => setImmediate(r));
  };
  return { env, log, kv, runTimers };
}

const picked = (name: string, text: string, size = text.length): PickedFile & { reads: number } => ({
  name,
  size,
  reads: 0,
  async text() {
    this.reads++;
    return text;
  },
});

/** Every member of Platform; the type test below fails to compile when one is added and not listed here. */
const PLATFORM_MEMBERS = [
  'kind',
  'openProject',
  'saveProject',
  'saveProjectAs',
  'recentFiles',
  'openRecent',
  'clearRecentFiles',
  'setTitle',
  'setDirty',
  'appVersion',
  'saveDownload',
  'confirmUnsaved',
  'openExternal',
  'backups',
  'setMenuCommands',
  'setNativeTexts',
  'onMenuCommand',
  'onOpenFile',
  'onSaveBeforeClose',
  'closeWindow',
] as const satisfies readonly (keyof Platform)[];

describe('both platforms implement the same interface', () => {
  it('at the type level', () => {
    expectTypeOf(createElectronPlatform).returns.toEqualTypeOf<Platform>();
    expectTypeOf(createBrowserPlatform).returns.toEqualTypeOf<Platform>();
    expectTypeOf<Exclude<keyof Platform, (typeof PLATFORM_MEMBERS)[number]>>().toEqualTypeOf<never>();
  });

  it('at run time, member for member', () => {
    const electron = createElectronPlatform(electronApi().api);
    const browser = createBrowserPlatform(browserEnv().env);
    const expected = [...PLATFORM_MEMBERS].sort();
    expect(Object.keys(electron).sort()).toEqual(expected);
    expect(Object.keys(browser).sort()).toEqual(expected);
    expect(Object.keys(electron.backups).sort()).toEqual(Object.keys(browser.backups).sort());
    for (const p of [electron, browser]) {
      for (const member of PLATFORM_MEMBERS)
        if (member !== 'kind' && member !== 'backups') expect(typeof p[member], member).toBe('function');
    }
    expect([electron.kind, browser.kind]).toEqual(['electron', 'browser']);
  });

  it('choosePlatform picks Electron only when the preload API is there', () => {
    const browser = createBrowserPlatform(browserEnv().env);
    expect(choosePlatform({ layerwise: electronApi().api }, () => browser).kind).toBe('electron');
    expect(choosePlatform({}, () => browser)).toBe(browser);
  });
});

describe('electron platform', () => {
  it('turns result values into files, handles and user-facing errors', async () => {
    const { api, invoked } = electronApi({
      'file:open': { ok: true, value: { fileName: 'xor.nnproj', path: '/p/xor.nnproj', text: '{}' } },
      'file:save': { ok: false, message: 'Could not save “xor.nnproj”: the disk is full.' },
      'file:saveAs': { ok: true, value: null },
      'recent:list': { files: [{ path: '/p/xor.nnproj', fileName: 'xor.nnproj', openedAt: 't' }], note: null },
      'shell:openExternal': false,
    });
    const platform = createElectronPlatform(api);
    expect(await platform.openProject()).toEqual({ fileName: 'xor.nnproj', text: '{}', handle: '/p/xor.nnproj' });
    await expect(platform.saveProject('{}', 'xor', '/p/xor.nnproj')).rejects.toThrow('the disk is full');
    expect(await platform.saveProject('{}', 'Untitled')).toBeNull(); // no handle → Save As, cancelled
    expect(invoked.map(([c]) => c)).toEqual(['file:open', 'file:save', 'file:saveAs']);
    expect((await platform.recentFiles()).files[0]).toEqual({
      id: '/p/xor.nnproj',
      fileName: 'xor.nnproj',
      path: '/p/xor.nnproj',
      openedAt: 't',
    });
    await expect(platform.openExternal('http://example.com')).rejects.toThrow(/only https/);
  });

  it('hands an export to the page’s download (Electron asks where to save it), or says it cannot', async () => {
    const downloads: string[] = [];
    const platform = createElectronPlatform(electronApi().api, (name, bytes) =>
      downloads.push(`${name} ${bytes.length}`),
    );
    await platform.saveDownload('iris-pytorch.zip', new Uint8Array(3), 'application/zip');
    expect(downloads).toEqual(['iris-pytorch.zip 3']);
    await expect(
      createElectronPlatform(electronApi().api).saveDownload('a.zip', new Uint8Array(1), 'application/zip'),
    ).rejects.toThrow('a.zip cannot be saved');
  });
});

describe('browser platform', () => {
  it('opens through the picker, remembers the file, and reports a cancelled picker as null', async () => {
    const file = picked('xor.nnproj', '{"format":"layerwise-project"}');
    let next: PickedFile | null = null;
    const { env } = browserEnv({ pickFile: async () => next });
    const platform = createBrowserPlatform(env);
    expect(await platform.openProject()).toBeNull();
    next = file;
    expect(await platform.openProject()).toEqual({ fileName: 'xor.nnproj', text: '{"format":"layerwise-project"}' });
    expect(file.reads).toBe(1);
    const recent = await platform.recentFiles();
    expect(recent.files.map((f) => f.fileName)).toEqual(['xor.nnproj']);
    expect(await platform.openRecent(recent.files[0].id)).toEqual({
      fileName: 'xor.nnproj',
      text: '{"format":"layerwise-project"}',
    });
    await platform.clearRecentFiles();
    expect((await platform.recentFiles()).files).toEqual([]);
    await expect(platform.openRecent(recent.files[0].id)).rejects.toThrow(/no longer stored/);
  });

  it('offers an export as a download of its bytes', async () => {
    const { env, log } = browserEnv();
    await createBrowserPlatform(env).saveDownload('xor-onnx.zip', new Uint8Array(12), 'application/zip');
    expect(log).toContain('download xor-onnx.zip 12 bytes application/zip');
  });

  it('refuses an oversized file before reading it', async () => {
    const huge = picked('huge.nnproj', '', MAX_PROJECT_BYTES + 1);
    const platform = createBrowserPlatform(browserEnv({ pickFile: async () => huge }).env);
    await expect(platform.openProject()).rejects.toThrow(/huge\.nnproj/);
    expect(huge.reads).toBe(0);
  });

  it('saves as a download with the extension, and keeps the ten newest recent files', async () => {
    const { env, log } = browserEnv();
    const platform = createBrowserPlatform(env);
    expect(await platform.saveProject('{"a":1}', 'My net', 'ignored-handle')).toEqual({ fileName: 'My net.nnproj' });
    expect(await platform.saveProjectAs('{"a":2}', 'b/c.nnproj')).toEqual({ fileName: 'b-c.nnproj' });
    expect(log).toEqual(['download My net.nnproj {"a":1}', 'download b-c.nnproj {"a":2}']);
    for (let i = 0; i < 12; i++) await platform.saveProjectAs('{}', `p${i}`);
    const files = (await platform.recentFiles()).files;
    expect(files).toHaveLength(10);
    expect(files[0].fileName).toBe('p11.nnproj');
  });

  it('backs up unsaved work after a pause, offers it to the next session, restores and removes it', async () => {
    const shared = browserEnv();
    const crashed = createBrowserPlatform(shared.env);
    crashed.backups.write('Untitled', '{"v":1}');
    crashed.backups.write('Untitled', '{"v":2}');
    expect(await shared.kv.keys('backup:')).toEqual([]); // not yet: debounced
    await shared.runTimers();
    expect(await crashed.backups.list()).toEqual([]); // its own backup is not "recovered" by itself

    const next = createBrowserPlatform(shared.env);
    const list = await next.backups.list();
    expect(list.map((b) => [b.name, b.path])).toEqual([['Untitled', null]]);
    expect((await next.backups.restore(list[0].id)).text).toBe('{"v":2}');
    expect(await createBrowserPlatform(shared.env).backups.list()).toHaveLength(1); // now owned by `next`
    next.setDirty(false);
    await new Promise((r) => setImmediate(r));
    expect(await shared.kv.keys('backup:')).toEqual([]);
    expect(shared.log).toContain('leave warning false');
  });

  it('asks before discarding, opens only https links, sets the title', async () => {
    const { env, log } = browserEnv({ confirm: vi.fn(() => false) });
    const platform = createBrowserPlatform(env);
    expect(await platform.confirmUnsaved('xor.nnproj')).toBe('cancel');
    await platform.openExternal('https://layerwise.app/help');
    await expect(platform.openExternal('javascript:alert(1)')).rejects.toThrow(/only https/);
    platform.setTitle('xor.nnproj — Layerwise');
    expect(log).toEqual(['open https://layerwise.app/help', 'title xor.nnproj — Layerwise']);
    expect(await platform.appVersion()).toBe('0.1.0');
  });
});

describe('platform refusals in the reader’s language', () => {
  const en = createTranslator('en');
  const ja = createTranslator('ja');
  async function lines(promise: Promise<unknown>) {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PlatformError);
    return { english: failureLines(en, error), japanese: failureLines(ja, error), message: (error as Error).message };
  }

  it('words each refusal in English exactly as its message, and in Japanese with the names', async () => {
    const browser = createBrowserPlatform(
      browserEnv({ pickFile: async () => picked('巨大.nnproj', '', MAX_PROJECT_BYTES + 1) }).env,
    );
    const electronPlatform = createElectronPlatform(
      electronApi({
        'shell:openExternal': false,
        'recent:list': {
          files: [],
          note: '“a.nnproj” was removed from Recent Files because it no longer exists at /p/a.nnproj. It may have been moved, renamed or deleted.',
          noteProblem: {
            code: 'recent-removed',
            params: { names: '“a.nnproj”', path: '/p/a.nnproj' },
            message:
              '“a.nnproj” was removed from Recent Files because it no longer exists at /p/a.nnproj. It may have been moved, renamed or deleted.',
          },
        },
      }).api,
    );
    const all = [
      await lines(browser.openProject()),
      await lines(browser.openRecent('nothing')),
      await lines(browser.openExternal('javascript:alert(1)')),
      await lines(browser.backups.restore('gone')),
      await lines(electronPlatform.openExternal('http://example.com')),
      await lines(electronPlatform.saveDownload('重み.zip', new Uint8Array(1), 'application/zip')),
    ];
    for (const { english, japanese, message } of all) {
      expect(english).toEqual([message]);
      expect(japanese).toHaveLength(1);
      expect(japanese[0]).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(japanese[0]).not.toMatch(/ (is|was|the|only) /);
    }
    expect(all[0].japanese[0]).toContain('巨大.nnproj');
    expect(all[2].japanese[0]).toContain('「javascript:alert(1)」');
    expect(all[4].japanese[0]).toContain('ブラウザで');
    expect(all[5].japanese[0]).toMatch(/^重み\.zip を保存できません/);
    const recent = await electronPlatform.recentFiles();
    expect(problemText(ja, recent.noteProblem!)).toBe(
      '“a.nnproj” は /p/a.nnproj にもうないため、「最近使ったファイル」から外しました。移動、名前の変更、削除のどれかがされた可能性があります。',
    );
  });

  it('keeps a plain error’s own sentence', () => {
    expect(failureLines(ja, new Error('Something only English.'))).toEqual(['Something only English.']);
  });
});

describe('webStorageStore', () => {
  it('namespaces keys, survives damaged values and reports a full quota in words', async () => {
    const data = new Map<string, string>();
    let full = false;
    const storage: StorageLike = {
      get length() {
        return data.size;
      },
      key: (i) => [...data.keys()][i] ?? null,
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => {
        if (full) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
        data.set(k, v);
      },
      removeItem: (k) => void data.delete(k),
    };
    const store = webStorageStore(storage);
    await store.set('backup:a', { text: 'x' });
    data.set('other-app', '1');
    data.set('layerwise:backup:broken', '{');
    expect(await store.get('backup:a')).toEqual({ text: 'x' });
    expect(await store.get('backup:broken')).toBeUndefined();
    expect((await store.keys('backup:')).sort()).toEqual(['backup:a', 'backup:broken']);
    full = true;
    await expect(store.set('k', 1)).rejects.toThrow(/storage for this site may be full/);
    await store.delete('backup:a');
    expect(await store.get('backup:a')).toBeUndefined();
  });
});
