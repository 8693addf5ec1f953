import { existsSync } from 'node:fs';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from './electron-binary';

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
});
