import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { electronBinary } from './scripts/electron-binary';

/**
 * End-to-end tests drive the renderer's browser build (`npm run build:web`, served by `vite preview`) in
 * Chromium: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else Playwright's own browser.
 */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

// Several checkouts of the project may test on one machine at once; each picks its own port with E2E_PORT.
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

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
    baseURL,
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
    command: `npm run preview:web -- --port ${port}`,
    url: baseURL,
    // Never reuse a server found on the port: it may be serving another checkout's build, whose tests would
    // then pass or fail here without a word. The preview server's strictPort makes a taken port an error;
    // pick another with E2E_PORT. E2E_REUSE_SERVER=1 reuses one on purpose (a server you started yourself).
    reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
    timeout: 60_000,
  },
});
