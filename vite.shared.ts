/**
 * Renderer build settings shared by the Electron build (electron.vite.config.ts) and the plain web build
 * (vite.web.config.ts), so the two renderers are the same program and differ only in the platform adapter
 * they pick at run time.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { CROSS_ORIGIN_ISOLATION_HEADERS } from './src/main/app-protocol.ts';

const root = import.meta.dirname;
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

/**
 * The dev server's React refresh preamble is an inline script, which the strict CSP of index.html forbids.
 * Only while serving (never in a build) the policy is relaxed for it; built files keep `script-src 'self'`.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'layerwise:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
    },
  };
}

export function rendererConfig(): UserConfig {
  return {
    root: resolve(root, 'src/renderer'),
    publicDir: resolve(root, 'public'),
    base: './',
    plugins: [react(), relaxCspForDevServer()],
    worker: { format: 'es' },
    // Cross-origin isolated as app:// is (SharedArrayBuffer for parallel training): dev and preview servers.
    server: { headers: { ...CROSS_ORIGIN_ISOLATION_HEADERS } },
    preview: { headers: { ...CROSS_ORIGIN_ISOLATION_HEADERS } },
    // The WebAssembly SIMD kernels, a build output outside src/ (scripts/build-wasm.mjs); the training worker
    // imports them as an asset URL: import kernelsUrl from '@layerwise/kernels.wasm?url'.
    resolve: { alias: [{ find: /^@layerwise\/kernels\.wasm/, replacement: resolve(root, 'wasm/build/kernels.wasm') }] },
    // The browser build shows the app's version (Electron asks main, which reads it from package.json).
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      chunkSizeWarningLimit: 2000,
    },
  };
}
