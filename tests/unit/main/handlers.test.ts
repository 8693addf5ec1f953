import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWriteFile } from '../../../src/main/atomic-write';
import { createBackupStore } from '../../../src/main/backups';
import { createHandlers, type HandlerContext, type MainDeps } from '../../../src/main/handlers';
import { projectValidator } from '../../../src/main/project-validator';
import { createRecentFiles } from '../../../src/main/recent-files';
import { createSession, type WindowSession } from '../../../src/main/session';

let dir: string;
let xorText: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'layerwise-handlers-'));
  xorText = await readFile('examples/xor.nnproj', 'utf8');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function setup(
  answers: { open?: (string | null)[]; save?: (string | null)[] } = {},
  backupFs?: Parameters<typeof createBackupStore>[2],
) {
  const sessions: WindowSession[] = [];
  const opened: string[] = [];
  const windowLog: string[] = [];
  const backupFolder = path.join(dir, 'userData', 'backups');
  const deps: MainDeps = {
    platform: 'darwin',
    appVersion: '0.1.0',
    showOpenDialog: async () => answers.open?.shift() ?? null,
    showSaveDialog: async (_w, suggested, folder) => {
      windowLog.push(`save dialog ${suggested} in ${folder}`);
      return answers.save?.shift() ?? null;
    },
    confirmUnsaved: async () => 'cancel',
    writeFile: (file, text) => atomicWriteFile(file, text),
    openExternal: async (url) => void opened.push(url),
    validator: projectValidator,
    recent: createRecentFiles({ storePath: path.join(dir, 'userData', 'recent.json'), platform: 'linux' }),
    backups: createBackupStore(backupFolder, undefined, backupFs),
    liveBackupIds: () => new Set(sessions.map((s) => s.backupId)),
    setMenuCommands: (commands) => windowLog.push(`menu ${commands.map((c) => c.id).join(',')}`),
  };
  const handlers = createHandlers(deps);
  let n = 0;
  const context = (): HandlerContext => {
    const session = createSession({
      platform: 'linux',
      writeBackup: (id, c) => deps.backups.write(id, c),
      onBackupError: (e) => {
        throw e;
      },
      newId: () => `win-${++n}`,
    });
    sessions.push(session);
    return {
      session,
      window: {
        setTitle: (t) => windowLog.push(`title ${t}`),
        setDocumentEdited: (e) => windowLog.push(`edited ${e}`),
        close: () => windowLog.push('close'),
      },
    };
  };
  return { handlers, context, sessions, opened, windowLog, backupFolder, deps };
}

describe('file handlers', () => {
  it('opens through the dialog, then saves back to that file only', async () => {
    const xor = path.join(dir, 'xor.nnproj');
    await writeFile(xor, xorText);
    const { handlers, context } = setup({ open: [null, xor] });
    const ctx = context();
    expect(await handlers['file:open'](null, ctx)).toEqual({ ok: true, value: null }); // cancelled
    expect(await handlers['file:open'](null, ctx)).toEqual({
      ok: true,
      value: { fileName: 'xor.nnproj', path: xor, text: xorText },
    });

    const edited = xorText.replace('XOR with one hidden layer', 'XOR, edited');
    expect(await handlers['file:save']({ text: edited, path: xor }, ctx)).toEqual({
      ok: true,
      value: { fileName: 'xor.nnproj', path: xor },
    });
    expect(await readFile(xor, 'utf8')).toBe(edited);

    const elsewhere = path.join(dir, 'other.nnproj');
    const refused = await handlers['file:save']({ text: 'x', path: elsewhere }, ctx);
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('Save As') });
    expect(await readdir(dir)).not.toContain('other.nnproj');
    // Another window was never granted xor.nnproj.
    expect(await handlers['file:save']({ text: 'x', path: xor }, context())).toMatchObject({ ok: false });
  });

  it('Save As adds the extension, suggests a clean name and reports a cancelled dialog as null', async () => {
    const { handlers, context, windowLog } = setup({ save: [null, path.join(dir, 'my net')] });
    const ctx = context();
    expect(await handlers['file:saveAs']({ text: xorText, suggestedName: 'My: net' }, ctx)).toEqual({
      ok: true,
      value: null,
    });
    const saved = await handlers['file:saveAs']({ text: xorText, suggestedName: 'My: net' }, ctx);
    expect(saved).toEqual({ ok: true, value: { fileName: 'my net.nnproj', path: path.join(dir, 'my net.nnproj') } });
    expect(windowLog[0]).toBe('save dialog My- net.nnproj in null');
    expect(await readFile(path.join(dir, 'my net.nnproj'), 'utf8')).toBe(xorText);
    // Now Save may write there without a dialog.
    expect(await handlers['file:save']({ text: '{}', path: path.join(dir, 'my net.nnproj') }, ctx)).toMatchObject({
      ok: true,
    });
  });

  it('reports a failed save in words and keeps the old file', async () => {
    const xor = path.join(dir, 'xor.nnproj');
    await writeFile(xor, xorText);
    const { handlers, context, deps } = setup({ open: [xor] });
    const ctx = context();
    await handlers['file:open'](null, ctx);
    deps.writeFile = async () => {
      throw new Error('Could not save “xor.nnproj”: the disk is full. Free some space on the disk and try again.');
    };
    expect(await handlers['file:save']({ text: 'new', path: xor }, ctx)).toEqual({
      ok: false,
      message: expect.stringMatching(/disk is full/),
    });
    expect(await readFile(xor, 'utf8')).toBe(xorText);
  });

  it('opens a path from the renderer only when it is in Recent Files', async () => {
    const xor = path.join(dir, 'xor.nnproj');
    await writeFile(xor, xorText);
    const { handlers, context } = setup({ open: [xor] });
    const refused = await handlers['file:openPath']({ path: xor }, context());
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('not in Recent Files') });
    await handlers['file:open'](null, context());
    expect((await handlers['recent:list'](null, context())).files.map((f) => f.path)).toEqual([xor]);
    expect(await handlers['file:openPath']({ path: xor }, context())).toMatchObject({
      ok: true,
      value: { fileName: 'xor.nnproj' },
    });
    await handlers['recent:clear'](null, context());
    expect(await handlers['file:openPath']({ path: xor }, context())).toMatchObject({ ok: false });
  });

  it('opens links in the browser for https only', async () => {
    const { handlers, context, opened } = setup();
    expect(await handlers['shell:openExternal']({ url: 'https://en.wikipedia.org/wiki/Perceptron' }, context())).toBe(
      true,
    );
    expect(await handlers['shell:openExternal']({ url: 'file:///etc/passwd' }, context())).toBe(false);
    expect(opened).toEqual(['https://en.wikipedia.org/wiki/Perceptron']);
  });

  it('sets the title and, on macOS, the edited dot', async () => {
    const { handlers, context, windowLog } = setup();
    const ctx = context();
    await handlers['window:setTitle']({ title: 'xor.nnproj — Layerwise' }, ctx);
    await handlers['window:setDirty']({ dirty: true }, ctx);
    expect(windowLog).toEqual(['title xor.nnproj — Layerwise', 'edited true']);
    expect(ctx.session.dirty).toBe(true);
    expect(await handlers['app:version'](null, ctx)).toBe('0.1.0');
    await handlers['menu:setCommands']({ commands: [{ id: 'file.new', label: 'New', group: 'File' }] }, ctx);
    expect(windowLog.at(-1)).toBe('menu file.new');
  });
});

describe('backup handlers', () => {
  it('backs up unsaved work, offers it to a later window, restores it and removes it on save', async () => {
    const { handlers, context, backupFolder, sessions } = setup({ save: [path.join(dir, 'recovered.nnproj')] });
    const crashed = context();
    await handlers['backup:write']({ name: 'Untitled', text: '{"v":1}' }, crashed);
    await handlers['backup:write']({ name: 'Untitled', text: '{"v":2}' }, crashed);
    await crashed.session.backupWriter.flush();
    // The crashed window's session is gone (as after a restart).
    sessions.splice(0, 1);

    const next = context();
    const list = await handlers['backup:list'](null, next);
    expect(list.map((b) => [b.id, b.name])).toEqual([['win-1', 'Untitled']]);
    expect(await handlers['backup:restore']({ id: 'win-1' }, next)).toMatchObject({
      ok: true,
      value: { text: '{"v":2}', name: 'Untitled' },
    });
    // Adopted by the new window: not offered again while it is open.
    expect(await handlers['backup:list'](null, context())).toEqual([]);
    const adopted = next.session.backupId;
    expect(adopted).not.toBe('win-1');
    expect(await readdir(backupFolder)).toEqual([`${adopted}.json`, `${adopted}.nnproj`].sort());

    await handlers['file:saveAs']({ text: '{"v":2}', suggestedName: 'Untitled' }, next);
    expect(await readdir(backupFolder)).toEqual([]);
  });

  it("a restore that fails part-way keeps both the window's own backup and the one being restored", async () => {
    let failNext = false;
    const { handlers, context, sessions } = setup(
      {},
      {
        writeFile: async (file, data) => {
          if (failNext && file.endsWith('.json'))
            throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
          await atomicWriteFile(file, data);
        },
      },
    );
    const crashed = context();
    await handlers['backup:write']({ name: 'Old work', text: '{"old":1}' }, crashed);
    await crashed.session.backupWriter.flush();
    sessions.splice(0, 1);
    const next = context();
    await handlers['backup:write']({ name: 'Current work', text: '{"current":1}' }, next);
    await next.session.backupWriter.flush();
    const own = next.session.backupId;

    failNext = true;
    expect(await handlers['backup:restore']({ id: crashed.session.backupId }, next)).toMatchObject({ ok: false });
    failNext = false;
    expect(next.session.backupId).toBe(own);
    sessions.splice(0, sessions.length);
    const listed = await handlers['backup:list'](null, context());
    expect(listed.map((b) => b.name).sort()).toEqual(['Current work', 'Old work']);
  });

  it('drops the backup when the document becomes clean and never discards a live window', async () => {
    const { handlers, context, backupFolder } = setup();
    const a = context();
    await handlers['backup:write']({ name: 'A', text: '{}' }, a);
    await a.session.backupWriter.flush();
    await handlers['backup:discard']({ id: a.session.backupId }, context());
    expect(await readdir(backupFolder)).toHaveLength(2);
    expect(await handlers['backup:restore']({ id: a.session.backupId }, context())).toMatchObject({ ok: false });
    await handlers['window:setDirty']({ dirty: false }, a);
    expect(await readdir(backupFolder)).toEqual([]);
  });
});
