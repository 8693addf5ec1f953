/**
 * Main's refusals cross IPC as problems (code, params, English message), so the desktop window words them in
 * its own language: a broken project, a file that is not UTF-8, a folder, a full or forbidden disk. In English
 * they read exactly as main's sentences did before they became data; in Japanese, with the file and folder.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeAtomicFs, type AtomicFs } from '../../../src/main/atomic-write';
import { describeFsError, fsProblem, FS_ACTIONS } from '../../../src/main/fs-errors';
import { readProjectFile } from '../../../src/main/open-project';
import { projectValidator } from '../../../src/main/project-validator';
import { createRecentFiles } from '../../../src/main/recent-files';
import { describeProjectErrors, parseProject } from '../../../src/project';
import { PlatformError } from '../../../src/renderer/platform/types';
import { createTranslator, problemText } from '../../../src/shared/i18n';
import {
  invokeChannels,
  MAX_PROBLEM_MESSAGE,
  MAX_PROBLEMS,
  problemsFailure,
  type Failure,
  type Problem,
} from '../../../src/shared/ipc';
import { desktop } from './helpers';

const en = createTranslator('en');
const ja = createTranslator('ja');
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'layerwise-problems-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function failed<T>(result: { ok: true; value: T } | Failure): Failure {
  if (result.ok) throw new Error('expected a failure');
  return result;
}

/** The window's wording: one line per problem, as the file controller shows them. */
const worded = (t: typeof en, problems: readonly Problem[] = []) => problems.map((p) => problemText(t, p));

describe('readProjectFile failures as problems', () => {
  it('carries a schema-broken file’s problems as they are, ten and a count of the rest', async () => {
    const project = JSON.parse(await readFile('examples/xor.nnproj', 'utf8'));
    const hidden = project.graph.nodes[1];
    for (let i = 0; i < 14; i++)
      project.graph.nodes.push({ ...hidden, id: `extra${i}`, params: { ...hidden.params, units: 0 } });
    hidden.params.units = 0;
    const file = path.join(dir, '重み.nnproj');
    const text = JSON.stringify(project);
    await writeFile(file, text);

    const failure = failed(await readProjectFile(file, projectValidator));
    const parsed = parseProject(text, '重み.nnproj');
    if (parsed.ok) throw new Error('the file should be broken');
    expect(parsed.errors.length).toBe(15);
    // Today's message, word for word.
    expect(failure.message).toBe(describeProjectErrors(parsed.errors, 10));
    expect(failure.problems).toHaveLength(11);
    expect(failure.problems!.slice(0, 10).every((p) => p.code?.startsWith('schema-'))).toBe(true);
    expect(failure.problems![10]).toEqual({
      code: 'project-more-problems',
      params: { count: 5 },
      message: '…and 5 more problems of the same kind.',
    });
    // The problems cross with their own three fields only.
    expect(Object.keys(failure.problems![0]).sort()).toEqual(['code', 'message', 'params']);

    expect(worded(en, failure.problems).join('\n')).toBe(failure.message);
    const japanese = worded(ja, failure.problems);
    for (const line of japanese) expect(line).toMatch(JAPANESE);
    expect(japanese[0]).toContain('重み.nnproj');
    expect(japanese[0]).toContain('graph.nodes[1].params.units');
    expect(japanese[0]).not.toMatch(/must be|found/);
    expect(japanese[10]).toBe('…ほかに同じ種類の問題が 5 件あります。');
  });

  it('says a file that is not UTF-8 is not text, in either language', async () => {
    const file = path.join(dir, 'binary.nnproj');
    await writeFile(file, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    const failure = failed(await readProjectFile(file, projectValidator));
    expect(failure.message).toBe(
      'Could not open “binary.nnproj”: it is not a text file (it contains bytes that are not UTF-8). Layerwise projects are JSON text.',
    );
    expect(failure.problems?.map((p) => p.code)).toEqual(['fs-not-utf8']);
    expect(worded(en, failure.problems)).toEqual([failure.message]);
    const [japanese] = worded(ja, failure.problems);
    expect(japanese).toBe(
      '「binary.nnproj」を開けませんでした。テキストファイルではありません（UTF-8 でないバイトが含まれています）。Layerwise のプロジェクトは JSON のテキストです。',
    );
  });

  it('says a folder is not a project file', async () => {
    const folder = path.join(dir, 'looks-like.nnproj');
    await mkdir(folder);
    const failure = failed(await readProjectFile(folder, projectValidator));
    expect(failure.message).toBe('Could not open “looks-like.nnproj”: it is a folder or device, not a project file.');
    expect(failure.problems?.map((p) => p.code)).toEqual(['fs-not-file']);
    expect(worded(en, failure.problems)).toEqual([failure.message]);
    expect(worded(ja, failure.problems)).toEqual([
      '「looks-like.nnproj」を開けませんでした。フォルダかデバイスで、プロジェクトファイルではありません。',
    ]);
  });

  it('names the folder a vanished file was in', async () => {
    const file = path.join(dir, 'gone.nnproj');
    const failure = failed(await readProjectFile(file, projectValidator));
    expect(failure.problems?.map((p) => p.code)).toEqual(['fs-missing']);
    expect(worded(en, failure.problems)).toEqual([failure.message]);
    expect(failure.message).toBe(
      `Could not open “gone.nnproj”: the file no longer exists at “${dir}”. It may have been moved or deleted.`,
    );
    expect(worded(ja, failure.problems)[0]).toBe(
      `「gone.nnproj」を開けませんでした。ファイルが「${dir}」にもうありません。移動または削除された可能性があります。`,
    );
  });
});

describe('file-system problems', () => {
  const errnos = ['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'ENOENT', 'EISDIR', 'ENOTREGULAR', 'EBUSY'];
  const all = [...errnos, 'ENAMETOOLONG', 'EIO'];

  it('words every errno and action in English exactly as describeFsError, and in Japanese', () => {
    const codes = new Set<string>();
    for (const errno of all)
      for (const action of FS_ACTIONS) {
        const error = Object.assign(new Error(`${errno}: simulated`), { code: errno });
        const problem = fsProblem(error, action, '/home/ユーザー/projects/xor.nnproj');
        codes.add(problem.code);
        expect(problem.message).toBe(describeFsError(error, action, '/home/ユーザー/projects/xor.nnproj'));
        expect(problemText(en, problem), `${errno} ${action}`).toBe(problem.message);
        const japanese = problemText(ja, problem);
        expect(japanese).toContain('「xor.nnproj」');
        expect(japanese).not.toMatch(/Could not|disk|folder|permission/);
        expect(japanese.includes('前の版のファイルは変わっていません'), `${errno} ${action}`).toBe(
          problem.message.includes('previous version of the file was not changed'),
        );
        if (problem.message.includes('/home/ユーザー/projects')) expect(japanese).toContain('/home/ユーザー/projects');
      }
    expect([...codes].sort()).toEqual([
      'fs-busy',
      'fs-disk-full',
      'fs-folder',
      'fs-missing',
      'fs-name-too-long',
      'fs-not-regular',
      'fs-other',
      'fs-permission',
      'fs-read-only',
    ]);
  });

  it('keeps the sentences main wrote before they were data', () => {
    const fail = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
    expect(describeFsError(fail('ENOSPC'), 'save', '/a/b/p.nnproj')).toBe(
      'Could not save “p.nnproj”: the disk is full. Free some space on the disk and try again. The previous version of the file was not changed.',
    );
    expect(describeFsError(fail('ENOENT'), 'save', '/a/b/p.nnproj')).toBe(
      'Could not save “p.nnproj”: the folder “/a/b” no longer exists. Use Save As to choose another folder.',
    );
    expect(describeFsError(fail('EIO'), 'read', '/a/b/p.nnproj')).toBe(
      'Could not read “p.nnproj” in “/a/b”: EIO: simulated.',
    );
  });
});

/** The real disk, except that saving fails the way a full or forbidden disk would. */
function failingSave(code: 'ENOSPC' | 'EACCES'): AtomicFs {
  const error = () => Object.assign(new Error(`${code}: simulated`), { code });
  return {
    ...nodeAtomicFs,
    async open(filePath, flags, mode) {
      if (flags === 'wx' && code === 'EACCES') throw error();
      const handle = await nodeAtomicFs.open(filePath, flags, mode);
      if (flags !== 'wx') return handle;
      return {
        writeFile: async () => {
          throw error();
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
  };
}

async function rejection(promise: Promise<unknown>): Promise<PlatformError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlatformError);
  return error as PlatformError;
}

describe('the desktop window words main’s failures in its language', () => {
  it.each([
    [
      'ENOSPC',
      'Could not save “学習.nnproj”: the disk is full. Free some space on the disk and try again. The previous version of the file was not changed.',
      '「学習.nnproj」を保存できませんでした。ディスクがいっぱいです。ディスクの空き容量を増やしてから、もう一度試してください。前の版のファイルは変わっていません。',
    ],
    [
      'EACCES',
      "Could not save “学習.nnproj”: permission denied in “{dir}”. Choose another folder or check the file's permissions. The previous version of the file was not changed.",
      '「学習.nnproj」を保存できませんでした。「{dir}」にアクセスする権限がありません。別のフォルダを選ぶか、ファイルのアクセス権を確かめてください。前の版のファイルは変わっていません。',
    ],
  ] as const)('a save that fails with %s', async (code, english, japanese) => {
    const file = path.join(dir, '学習.nnproj');
    const xor = await readFile('examples/xor.nnproj', 'utf8');
    await writeFile(file, xor);
    const platform = desktop(dir, [file], { fs: failingSave(code) });
    expect(await platform.openProject()).toMatchObject({ fileName: '学習.nnproj' });
    const error = await rejection(platform.saveProject(xor.replace('"units": 4', '"units": 5'), '学習', file));
    expect(error.message).toBe(english.replace('{dir}', dir));
    expect(error.problems.map((p) => p.code)).toEqual([code === 'ENOSPC' ? 'fs-disk-full' : 'fs-permission']);
    expect(worded(en, error.problems)).toEqual([english.replace('{dir}', dir)]);
    expect(worded(ja, error.problems)).toEqual([japanese.replace('{dir}', dir)]);
    expect(await readFile(file, 'utf8')).toBe(xor);
  });

  it('an open of a broken project, through the preload’s checks', async () => {
    const broken = path.join(dir, 'こわれた.nnproj');
    await writeFile(broken, '{"format": "layerwise-project", "version": 1, ');
    const error = await rejection(desktop(dir, [broken]).openProject());
    expect(error.problems.map((p) => p.code)).toEqual(['project-syntax']);
    expect(worded(en, error.problems)).toEqual([error.message]);
    const [line] = worded(ja, error.problems);
    expect(line).toMatch(/^こわれた\.nnproj は正しい JSON ではありません（1 行 \d+ 列）/);
  });

  it('a recent file main will not open, and a save main will not make', async () => {
    const platform = desktop(dir, []);
    const notRecent = await rejection(platform.openRecent(path.join(dir, 'x.nnproj')));
    expect(worded(ja, notRecent.problems)).toEqual([
      '「x.nnproj」は「最近使ったファイル」にないため、Layerwise は開きませんでした。「ファイル › 開く…」で選んでください。',
    ]);
    expect(worded(en, notRecent.problems)).toEqual([notRecent.message]);
    const notGranted = await rejection(platform.saveProject('{}', 'x', path.join(dir, 'x.nnproj')));
    expect(worded(en, notGranted.problems)).toEqual([notGranted.message]);
    expect(worded(ja, notGranted.problems)[0]).toMatch(/^「x\.nnproj」はこのウィンドウで開いたり選んだりした/);
  });
});

describe('the recent-files note as a problem', () => {
  it('says which files were dropped, in the window’s language, through the preload’s checks', async () => {
    const storePath = path.join(dir, 'userData', 'recent.json');
    const recent = createRecentFiles({ storePath, platform: 'linux' });
    const files = ['gone.nnproj', 'also gone.nnproj', '消えた.nnproj', 'kept.nnproj'].map((n) => path.join(dir, n));
    for (const file of files) {
      await writeFile(file, '{}');
      await recent.add(file);
    }
    await rm(files[0]);
    const one = await recent.list();
    expect(one.noteProblem?.code).toBe('recent-removed');
    expect(problemText(en, one.noteProblem!)).toBe(one.note);
    expect(problemText(ja, one.noteProblem!)).toBe(
      `“gone.nnproj” は ${files[0]} にもうないため、「最近使ったファイル」から外しました。移動、名前の変更、削除のどれかがされた可能性があります。`,
    );

    await rm(files[1]);
    await rm(files[2]);
    const platform = desktop(dir, []);
    const several = await platform.recentFiles();
    expect(several.files.map((f) => f.fileName)).toEqual(['kept.nnproj']);
    expect(problemText(en, several.noteProblem!)).toBe(several.note);
    expect(problemText(ja, several.noteProblem!)).toBe(
      '“消えた.nnproj”, “also gone.nnproj” はもとの場所にもうないため、「最近使ったファイル」から外しました。移動、名前の変更、削除のどれかがされた可能性があります。',
    );
    expect((await platform.recentFiles()).noteProblem).toBeUndefined();
  });
});

describe('the IPC schema of a failure', () => {
  const response = invokeChannels['file:openPath'].response;
  const problem = { code: 'fs-disk-full', params: { action: 'save', file: 'a.nnproj', count: 3 }, message: 'x' };

  it('accepts a failure with or without problems, and problems without code or params', () => {
    expect(response.safeParse({ ok: false, message: 'x' }).success).toBe(true);
    expect(response.safeParse({ ok: false, message: 'x', problems: [problem, { message: 'y' }] }).success).toBe(true);
  });

  it.each([
    ['a parameter that is an object', { ...problem, params: { file: { name: 'a' } } }],
    ['a parameter that is a boolean', { ...problem, params: { missing: true } }],
    ['a problem without a message', { code: 'fs-busy', params: {} }],
    ['an empty code', { ...problem, code: '' }],
    ['a sentence too long', { ...problem, message: 'x'.repeat(MAX_PROBLEM_MESSAGE + 1) }],
    [
      'too many parameters',
      { ...problem, params: Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`p${i}`, i])) },
    ],
  ])('rejects %s', (_what, bad) => {
    expect(response.safeParse({ ok: false, message: 'x', problems: [bad] }).success).toBe(false);
  });

  it('rejects more problems than a failure carries', () => {
    const many = Array.from({ length: MAX_PROBLEMS + 1 }, () => problem);
    expect(response.safeParse({ ok: false, message: 'x', problems: many }).success).toBe(false);
  });

  it('fits what main sends to those bounds, so a huge value still crosses as its sentence', () => {
    const huge = { code: 'schema-x', params: { found: 'v'.repeat(10_000) }, message: 'm'.repeat(20_000) };
    const many = Array.from({ length: 20 }, (_, i) => ({ ...problem, message: `p${i}` }));
    const fitted = problemsFailure([huge, ...many]);
    expect(response.safeParse(fitted).success).toBe(true);
    expect(fitted.problems).toHaveLength(MAX_PROBLEMS);
    expect(fitted.problems![0]).toEqual({ message: 'm'.repeat(MAX_PROBLEM_MESSAGE) });
    expect(fitted.message.split('\n')).toHaveLength(21);
  });
});
