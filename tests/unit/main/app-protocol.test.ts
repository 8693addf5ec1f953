import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveAppFile } from '../../../src/main/app-protocol';

const root = path.resolve('/opt/layerwise/out/renderer');

describe('resolveAppFile', () => {
  it('serves files inside the renderer folder, index.html for the root', () => {
    expect(resolveAppFile('app://layerwise/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://layerwise/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://layerwise/assets/main-abc.js?v=1#x', root)).toBe(
      path.join(root, 'assets', 'main-abc.js'),
    );
    expect(resolveAppFile('app://layerwise/assets/with%20space.css', root)).toBe(
      path.join(root, 'assets', 'with space.css'),
    );
  });

  it.each([
    'app://layerwise/assets/..%2f..%2fsecret',
    'app://layerwise/..%5c..%5csecret',
    'app://layerwise/a%00.html',
    'app://layerwise/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://layerwise/index.html',
    'garbage',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it('never resolves outside the renderer folder, whatever the path', () => {
    // The URL parser folds "../" away before we see it; what matters is where the result lands.
    expect(resolveAppFile('app://layerwise/../../etc/passwd', root)).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolveAppFile('app://layerwise/%2e%2e/%2e%2e/etc/passwd', root)).toBe(path.join(root, 'etc', 'passwd'));
    const segment = fc.constantFrom(
      '..',
      '.',
      '%2e%2e',
      '%2E.',
      'a',
      'assets',
      '',
      '%2f',
      '%5c',
      '\\',
      '%00',
      '~',
      'C:',
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (parts) => {
        const resolved = resolveAppFile(`app://layerwise/${parts.join('/')}`, root);
        return resolved === null || resolved.startsWith(root + path.sep);
      }),
      { numRuns: 2000 },
    );
  });

  it('names the right content types', () => {
    expect(mimeTypeFor('a/index.html')).toMatch(/text\/html/);
    expect(mimeTypeFor('a/x.JS')).toMatch(/javascript/);
    expect(mimeTypeFor('a/x.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('a/x.unknown')).toBe('application/octet-stream');
  });
});
