/** The app's icon reaches every place that shows one: the page's favicon, the window and the installers. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../src/main/window-options';

const root = path.join(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, file));

/** Width, height and colour type from a PNG's IHDR chunk. */
function pngHeader(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colourType: bytes[25] };
}

describe('the app icon', () => {
  it('is linked from the page, so the browser build does not ask for /favicon.ico', () => {
    const html = read('src/renderer/index.html').toString();
    const link = /<link rel="icon" type="image\/svg\+xml" href="\.\/([^"]+)"/.exec(html);
    expect(link?.[1]).toBe('icon.svg');
    expect(read(`public/${link![1]}`).toString()).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('has a 512×512 PNG with transparency for the installers, named in electron-builder.yml', () => {
    expect(pngHeader(read('public/icon.png'))).toEqual({ width: 512, height: 512, colourType: 6 });
    const config = read('electron-builder.yml').toString();
    const icon = /^icon: (\S+)$/m.exec(config)?.[1];
    expect(icon).toBe('public/icon.png');
    expect(existsSync(path.join(root, icon!))).toBe(true);
  });

  it('is given to every window', () => {
    const options = windowOptions({
      preloadPath: 'p',
      iconPath: '/app/out/renderer/icon.png',
      bounds: { x: 0, y: 0, width: 900, height: 700 },
      title: 'Layerwise',
      isDev: false,
    });
    expect(options.icon).toBe('/app/out/renderer/icon.png');
  });
});
