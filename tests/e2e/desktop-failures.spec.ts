import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fsProblem } from '../../src/main/fs-errors';
import { readProjectFile } from '../../src/main/open-project';
import { projectValidator } from '../../src/main/project-validator';
import { problemsFailure, type Failure, type RecentList } from '../../src/shared/ipc';
import { JAPANESE } from './helpers';

/**
 * The desktop window (the renderer with a `window.layerwise` API, as the preload exposes it) in Japanese: main's
 * refusals arrive as problems and the window words them. The failures are made here, in Node, by main's own
 * code (readProjectFile over real files, fs-errors over a simulated full disk), so the page sees exactly what
 * main would send; only the IPC transport is a stand-in (the real one needs the Electron binary).
 */
test.use({ locale: 'ja-JP', viewport: { width: 1280, height: 800 } });

async function failures() {
  const folder = mkdtempSync(path.join(tmpdir(), 'layerwise-desktop-'));
  const binary = path.join(folder, 'バイナリ.nnproj');
  writeFileSync(binary, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
  const broken = path.join(folder, 'こわれた.nnproj');
  const project = {
    format: 'layerwise-project',
    version: 1,
    name: 'x',
    graph: {
      nodes: Array.from({ length: 13 }, (_, i) => ({ id: `d${i}`, type: 'dense', params: { units: 0 } })),
      edges: [],
    },
  };
  writeFileSync(broken, JSON.stringify(project));
  const gone = path.join(folder, 'sub', '消えた.nnproj');
  mkdirSync(path.join(folder, 'sub'));
  const fail = async (file: string) => {
    const result = await readProjectFile(file, projectValidator);
    if (result.ok) throw new Error(`${file} should not open`);
    return result;
  };
  const diskFull = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  const recent: RecentList = {
    files: [{ path: gone, fileName: '消えた.nnproj', openedAt: '2026-12-01T09:00:00.000Z' }],
    note: null,
  };
  return {
    folder,
    pending: await fail(binary),
    open: await fail(broken),
    save: problemsFailure([fsProblem(diskFull, 'save', path.join(folder, '学習.nnproj'))]),
    recent,
    openPath: await fail(gone),
  };
}

async function desktopPage(page: Page, answers: Awaited<ReturnType<typeof failures>>) {
  await page.addInitScript((a) => {
    const menu = new Set<(id: string) => void>();
    const w = window as unknown as Record<string, unknown>;
    w.__menu = (id: string) => menu.forEach((callback) => callback(id));
    let pending = [a.pending as Failure];
    w.layerwise = {
      preferredLanguages: ['ja-JP'],
      platform: 'linux',
      openProject: async () => a.open,
      openPath: async () => a.openPath,
      saveProject: async () => a.save,
      saveProjectAs: async () => a.save,
      recentFiles: async () => a.recent,
      clearRecentFiles: async () => undefined,
      writeBackup: async () => undefined,
      listBackups: async () => [],
      restoreBackup: async () => ({ ok: false, message: 'x' }),
      discardBackup: async () => undefined,
      setTitle: async () => undefined,
      setDirty: async () => undefined,
      closeWindow: async () => undefined,
      appVersion: async () => '0.0.0-e2e',
      confirmUnsaved: async () => 'discard',
      openExternal: async () => false,
      setMenuCommands: async () => undefined,
      setNativeTexts: async (texts: unknown) => {
        w.__nativeTexts = texts;
      },
      onMenuCommand: (callback: (id: string) => void) => {
        menu.add(callback);
        return () => menu.delete(callback);
      },
      onSaveBeforeClose: () => () => undefined,
      onOpenFile: (callback: (file: Failure) => void) => {
        const delivered = pending;
        pending = [];
        setTimeout(() => delivered.forEach(callback), 0);
        return () => undefined;
      },
    };
  }, answers);
  await page.goto('/');
}

const alert = (page: Page) => page.getByRole('alertdialog');
const menuCommand = (page: Page, id: string) =>
  page.evaluate((command) => (window as unknown as { __menu: (id: string) => void }).__menu(command), id);

test('main’s open, save and recent failures read in Japanese in a Japanese window', async ({ page }, info) => {
  const answers = await failures();
  await desktopPage(page, answers);

  // Main's own close prompt is worded by the window.
  const nativeTexts = () => page.evaluate(() => (window as unknown as { __nativeTexts?: unknown }).__nativeTexts);
  await expect
    .poll(nativeTexts)
    .toMatchObject({ dontSave: '保存しない', unsavedMessage: '「{name}」に加えた変更を保存しますか？' });

  // A file the OS handed over that is not UTF-8 text.
  await expect(alert(page)).toBeVisible();
  await expect(alert(page)).toContainText(
    '「バイナリ.nnproj」を開けませんでした。テキストファイルではありません（UTF-8 でないバイトが含まれています）。',
  );
  await expect(alert(page)).not.toContainText('Could not');
  await alert(page).getByRole('button', { name: 'OK' }).click();

  // File → Open of a project with many broken values: ten, then the count of the rest, each a line.
  await menuCommand(page, 'file.open');
  const problems = alert(page).locator('.file-dialog__problems li');
  await expect(problems).toHaveCount(11);
  for (const line of await problems.allInnerTexts()) expect(line).toMatch(JAPANESE);
  await expect(problems.first()).toContainText('こわれた.nnproj');
  const rest = answers.open.problems?.[10]?.params?.count;
  expect(rest).toBeGreaterThan(3);
  await expect(problems.last()).toHaveText(`…ほかに同じ種類の問題が ${rest} 件あります。`);
  await expect(alert(page)).not.toContainText(/must be|Could not/);
  await page.screenshot({ path: info.outputPath('desktop-open-broken-ja.png') });
  await alert(page).getByRole('button', { name: 'OK' }).click();

  // Save on a full disk.
  await menuCommand(page, 'file.save');
  await expect(alert(page)).toContainText(
    '「学習.nnproj」を保存できませんでした。ディスクがいっぱいです。ディスクの空き容量を増やしてから、もう一度試してください。前の版のファイルは変わっていません。',
  );
  await page.screenshot({ path: info.outputPath('desktop-save-full-ja.png') });
  await alert(page).getByRole('button', { name: 'OK' }).click();

  // Open Recent of a file that has vanished from its folder.
  await menuCommand(page, 'file.openRecent');
  await page.getByRole('button', { name: /消えた\.nnproj/ }).click();
  await expect(alert(page)).toContainText(
    `「消えた.nnproj」を開けませんでした。ファイルが「${path.join(answers.folder, 'sub')}」にもうありません。`,
  );

  // View → Language → English at run time: the same failure now reads as main's English sentence.
  await alert(page).getByRole('button', { name: 'OK' }).click();
  await menuCommand(page, 'view.languageEn');
  await menuCommand(page, 'file.save');
  await expect(alert(page).locator('.file-dialog__problems li')).toHaveText([answers.save.message]);
  await expect.poll(nativeTexts).toMatchObject({ dontSave: "Don't Save", projectFiles: 'Layerwise projects' });
  await page.screenshot({ path: info.outputPath('desktop-save-full-en.png') });
});
