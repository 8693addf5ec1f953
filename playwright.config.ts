import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { electronBinary } from './tests/e2e/electron-binary';

/**
 * End-to-end tests drive the renderer's browser build (`npm run build:web`, served by `vite preview`) in
 * Chromium: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else Playwright's own browser.
 */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

// The list reporter does not print skip reasons, so say here why the Electron spec will skip.
const electron = electronBinary();
if ('missing' in electron && !process.env.TEST_WORKER_INDEX) {
  console.log(`Note: the Electron end-to-end spec is skipped: ${electron.missing}.`);
}

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'npm run preview:web',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
