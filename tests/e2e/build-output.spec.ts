import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { contentSecurityPolicyFor, TRAINING_WORKER_CONTENT_SECURITY_POLICY } from '../../src/main/app-protocol';

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

// app:// gives 'wasm-unsafe-eval' to the training worker's script and its gradient helpers' (which run the same
// kernels for parallel training) by their file names: the build must name them so, and nothing else may match.
test('the built training worker and its gradient helper are the only scripts app:// lets compile WebAssembly, and the kernels are beside them', () => {
  const assets = readdirSync('out/renderer/assets');
  const compiling = assets.filter((f) => contentSecurityPolicyFor(f) === TRAINING_WORKER_CONTENT_SECURITY_POLICY);
  expect(compiling).toHaveLength(2);
  expect(compiling.filter((f) => /^trainingWorker-.*\.js$/.test(f))).toHaveLength(1);
  expect(compiling.filter((f) => /^gradientHelperWorker-.*\.js$/.test(f))).toHaveLength(1);
  expect(assets.filter((f) => /\.js$/.test(f)).length).toBeGreaterThan(compiling.length);
  expect(assets.filter((f) => /^kernels-.*\.wasm$/.test(f))).toHaveLength(1);
});
