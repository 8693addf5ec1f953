/**
 * The Content-Security-Policy headers of the app:// protocol: WebAssembly may be compiled only by the training
 * worker (which runs the engine's SIMD kernels), never by the page or the other workers; and the page's header
 * is the policy of index.html's meta tag.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { UserConfig } from 'vite';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicyFor,
  CROSS_ORIGIN_ISOLATION_HEADERS,
  responseHeadersFor,
  TRAINING_WORKER_CONTENT_SECURITY_POLICY,
} from '../../../src/main/app-protocol';

const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );

describe('Content-Security-Policy headers of app://', () => {
  it("give the training worker's script 'wasm-unsafe-eval' and nothing else more than the page", () => {
    const worker = directives(contentSecurityPolicyFor('/app/out/renderer/assets/trainingWorker-CidKo2yq.js'));
    expect(worker.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    const page = directives(CONTENT_SECURITY_POLICY);
    worker.delete('script-src');
    page.delete('script-src');
    expect(worker).toEqual(page);
    expect(TRAINING_WORKER_CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'/);
    // The parallel trainer's helper workers run the same kernels.
    expect(contentSecurityPolicyFor('/app/out/renderer/assets/gradientHelperWorker-B2x9.js')).toBe(
      TRAINING_WORKER_CONTENT_SECURITY_POLICY,
    );
  });

  it.each([
    '/app/out/renderer/index.html',
    '/app/out/renderer/assets/index-3Fm1BEIv.js',
    '/app/out/renderer/assets/dataWorker-DvOyxd4N.js',
    '/app/out/renderer/assets/serializeWorker-C6r_LkVO.js',
    '/app/out/renderer/assets/kernels-CBmrtZRN.wasm',
    '/app/out/renderer/assets/trainingWorker-CidKo2yq.js.map',
    '/app/out/renderer/evil/trainingWorker.html',
  ])('let no other file compile WebAssembly: %s', (file) => {
    const policy = contentSecurityPolicyFor(file);
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
    expect(directives(policy).get('script-src')).toEqual(["'self'"]);
    expect(policy).not.toContain('wasm');
  });

  it("match index.html's meta policy for the page (the header adds frame-ancestors)", () => {
    const html = readFileSync('src/renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const header = directives(CONTENT_SECURITY_POLICY);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    header.delete('frame-ancestors');
    expect(directives(meta!)).toEqual(header);
  });
});

describe('cross-origin isolation (SharedArrayBuffer for parallel training)', () => {
  it.each([
    '/app/out/renderer/index.html',
    '/app/out/renderer/assets/trainingWorker-CidKo2yq.js',
    '/app/out/renderer/assets/kernels-CBmrtZRN.wasm',
    '/app/out/renderer/assets/KaTeX_Main-Regular-B22Nviop.woff2',
  ])('app:// sends COOP same-origin and COEP require-corp with %s', (file) => {
    const headers = responseHeadersFor(file, 'text/plain');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['cross-origin-embedder-policy']).toBe('require-corp');
    expect(headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(headers['content-security-policy']).toBe(contentSecurityPolicyFor(file));
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it("the browser build's dev and preview servers send the same isolation headers", async () => {
    const web = (await import('../../../vite.web.config')).default as UserConfig;
    expect(web.preview?.headers).toEqual(CROSS_ORIGIN_ISOLATION_HEADERS);
    expect(web.server?.headers).toEqual(CROSS_ORIGIN_ISOLATION_HEADERS);
    expect(web.preview?.port).toBe(4173);
  });
});
