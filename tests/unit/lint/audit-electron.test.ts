import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The security gate (npm run audit:electron) must fail when a window turns node integration on.
describe('Electron security scan', () => {
  it('fails on a window with nodeIntegration: true and names the check', () => {
    const run = spawnSync(
      process.execPath,
      [
        'scripts/audit-electron.mjs',
        '--input',
        'tests/fixtures/electronegativity/insecure',
        '--output',
        'out/test-insecure.sarif',
      ],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/window\.ts:\d+\s+NODE_INTEGRATION_JS_CHECK/);
  });
});
