import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// `npm run build` (run by `npm run test:e2e` before Playwright) must leave the three parts the desktop app loads.
test('the Electron build leaves main, a CommonJS preload and the renderer page', () => {
  expect(existsSync('out/main/index.js')).toBe(true);
  expect(existsSync('out/renderer/index.html')).toBe(true);
  const preload = readFileSync('out/preload/index.cjs', 'utf8');
  // A sandboxed preload cannot be an ES module: it must require electron, never import it.
  expect(preload).toMatch(/require\(["']electron["']\)/);
  expect(preload).not.toMatch(/^\s*import\s/m);
  const html = readFileSync('out/renderer/index.html', 'utf8');
  expect(html).toContain("script-src 'self'");
  expect(html).not.toContain("'unsafe-inline' 'self'");
  expect(html).not.toMatch(/script-src[^;]*unsafe-inline/);
});
