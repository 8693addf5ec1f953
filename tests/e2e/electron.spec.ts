import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { electronBinary } from '../../scripts/electron-binary';

// Launches the real desktop app (npm run build output) where the Electron binary exists; skips, saying why, elsewhere.
const binary = electronBinary();

test.describe('desktop app (Electron)', () => {
  test.skip(
    'missing' in binary,
    `Skipped: ${'missing' in binary ? binary.missing : ''}. Run "npm install" with internet access to fetch it.`,
  );
  test.skip(!existsSync('out/main/index.js'), 'Skipped: run "npm run build" first so out/main/index.js exists.');

  test('opens a sandboxed window with the editor', async () => {
    const app = await electron.launch({
      args: ['out/main/index.js'],
      executablePath: 'path' in binary ? binary.path : undefined,
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('button', { name: /add dense layer/i })).toBeVisible();
      await expect(window).toHaveTitle(/Layerwise/);
      // Sandboxed, context-isolated renderer: no Node globals, only the preload's narrow API.
      const globals = await window.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        api: typeof (globalThis as { layerwise?: unknown }).layerwise,
      }));
      expect(globals).toEqual({ require: 'undefined', process: 'undefined', api: 'object' });
    } finally {
      await app.close();
    }
  });
  /** Launches the app with a fresh profile (recent files, backups) and optional extra arguments. */
  async function launch(profile: string, ...extra: string[]): Promise<ElectronApplication> {
    return electron.launch({
      args: ['out/main/index.js', `--user-data-dir=${profile}`, ...extra],
      executablePath: 'path' in binary ? binary.path : undefined,
    });
  }

  test('saves a project, and opens it again when given on the command line', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'layerwise-e2e-'));
    const file = path.join(folder, 'saved.nnproj');
    let app = await launch(path.join(folder, 'profile'));
    try {
      const window = await app.firstWindow();
      await window.getByRole('button', { name: /add dense layer/i }).focus();
      await window.keyboard.press('Enter');
      const nodes = await window.locator('.react-flow__node').count();
      // Native dialogs cannot be clicked by Playwright: answer the Save dialog from the main process.
      await app.evaluate(({ dialog }, target) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: target })) as typeof dialog.showSaveDialog;
      }, file);
      await window.keyboard.press('Control+Shift+S');
      await expect.poll(() => existsSync(file)).toBe(true);
      await expect(window).toHaveTitle(/saved\.nnproj/);
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { graph: { nodes: unknown[] } };
      expect(saved.graph.nodes).toHaveLength(nodes);
      await app.close();

      app = await launch(path.join(folder, 'profile'), file);
      const reopened = await app.firstWindow();
      await expect(reopened).toHaveTitle(/saved\.nnproj/);
      await expect(reopened.locator('.react-flow__node')).toHaveCount(nodes);
    } finally {
      await app.close();
    }
  });

  test('closing with unsaved changes asks; Cancel keeps the window and the work', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'layerwise-e2e-'));
    const app = await launch(path.join(folder, 'profile'));
    const window = await app.firstWindow();
    await window.getByRole('button', { name: /add dense layer/i }).focus();
    await window.keyboard.press('Enter');
    const nodes = await window.locator('.react-flow__node').count();
    // The question is answered from the main process, which counts how often it was asked.
    const answer = async (response: number): Promise<void> =>
      app.evaluate(({ dialog }, r) => {
        const main = globalThis as { questionsAsked?: number };
        main.questionsAsked = 0;
        dialog.showMessageBox = (async () => {
          main.questionsAsked = (main.questionsAsked ?? 0) + 1;
          return { response: r, checkboxChecked: false };
        }) as typeof dialog.showMessageBox;
      }, response);
    const questionsAsked = () => app.evaluate(() => (globalThis as { questionsAsked?: number }).questionsAsked);
    await answer(2); // Cancel
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await expect.poll(questionsAsked).toBe(1);
    // Cancel answered, the editor still answers too: the window did not close under it.
    await expect(window.getByRole('button', { name: /add dense layer/i })).toBeVisible();
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    await expect(window.locator('.react-flow__node')).toHaveCount(nodes);
    await answer(1); // Don't Save
    const closed = app.waitForEvent('close');
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await closed;
  });
});
