/**
 * Serves the renderer from a custom `app://layerwise/` origin instead of file://.
 *
 * Why app:// and not file://: with file:// every file on the disk shares the page's origin, so a script
 * injected into the page could fetch ~/.ssh or any project the user did not open; CSP 'self' would cover the
 * whole disk; and the IPC sender check could not tell our page from another local HTML file. A privileged
 * standard scheme gives the renderer one exact origin (`app://layerwise`) that the IPC guard and navigation
 * rules compare against, and a handler that serves only files inside out/renderer. `resolveAppFile` is the
 * pure part (tested against path traversal); registration with Electron happens in index.ts.
 */
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'layerwise';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Sent as a header on every page the protocol serves (the same policy as index.html's meta tag, plus
 * frame-ancestors, which a meta tag cannot express).
 */
export const CONTENT_SECURITY_POLICY = cspWith("script-src 'self'");

/**
 * The training worker's policy: the page's, plus 'wasm-unsafe-eval', so that it and its gradient helpers (and
 * nothing else) may compile the engine's WebAssembly SIMD kernels. A dedicated worker follows the policy its own script was served with.
 */
export const TRAINING_WORKER_CONTENT_SECURITY_POLICY = cspWith("script-src 'self' 'wasm-unsafe-eval'");

/**
 * The training worker's script and its helpers' (which instantiate the same kernels for parallel training),
 * as Vite names them in out/renderer/assets (src/renderer/run/trainingWorker.ts, gradientHelperWorker.ts).
 */
const TRAINING_WORKER_FILE = /^(trainingWorker|gradientHelperWorker)-[\w-]+\.js$/;

/**
 * Cross-origin isolation, so that the training worker may use SharedArrayBuffer for data-parallel training
 * (src/engine/parallel): the page keeps its own browsing context group (COOP) and loads only resources that
 * agree to it (COEP require-corp; every resource of the app is same-origin, which needs no opt-in). Sent by
 * the app:// protocol and by the browser build's dev and preview servers (vite.shared.ts).
 */
export const CROSS_ORIGIN_ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'cross-origin-resource-policy': 'same-origin',
};

/** Every header of a file the app:// protocol serves. */
export function responseHeadersFor(filePath: string, contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': contentSecurityPolicyFor(filePath),
    'x-content-type-options': 'nosniff',
    ...CROSS_ORIGIN_ISOLATION_HEADERS,
  };
}

/** The Content-Security-Policy header for a file the protocol serves. */
export function contentSecurityPolicyFor(filePath: string): string {
  return TRAINING_WORKER_FILE.test(path.basename(filePath))
    ? TRAINING_WORKER_CONTENT_SECURITY_POLICY
    : CONTENT_SECURITY_POLICY;
}

function cspWith(scriptSrc: string): string {
  return [
    "default-src 'self'",
    scriptSrc,
    "worker-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeFor(filePath: string): string {
  return MIME[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an `app://layerwise/...` request URL to a file inside `rootDir`, or null when the request must be
 * refused: another scheme or host, an encoded slash or NUL, or a path that would leave the root.
 */
export function resolveAppFile(requestUrl: string, rootDir: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  // Encoded separators and NUL would let a request name something the URL parser did not normalise.
  if (/%2f|%5c|%00/i.test(url.pathname)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, relative);
  const fromRoot = path.relative(root, resolved);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return null;
  return resolved;
}
