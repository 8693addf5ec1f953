/**
 * Renders public/icon.svg to public/icon.png (512×512, transparent corners) with Chromium, for what needs a
 * bitmap: electron-builder's installers and the desktop window's icon. Run it after editing the SVG
 * (`npm run icon`) and commit both files.
 *
 * Why a committed PNG and not one made at build time: rasterising SVG in Node needs a native library
 * (sharp, resvg) the project does not otherwise use, or a Chromium on every machine that runs `npm run dist`;
 * the icon changes rarely, and tests/e2e/icon.spec.ts fails when the PNG no longer matches the SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

export const ICON_SIZE = 512;
const root = path.join(import.meta.dirname, '..');
const svg = readFileSync(path.join(root, 'public/icon.svg'), 'utf8');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: ICON_SIZE, height: ICON_SIZE } });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${ICON_SIZE}" height="${ICON_SIZE}">`,
  );
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  const png = await page.screenshot({
    omitBackground: true,
    clip: { x: 0, y: 0, width: ICON_SIZE, height: ICON_SIZE },
  });
  writeFileSync(path.join(root, 'public/icon.png'), png);
  console.log(`public/icon.png: ${ICON_SIZE}×${ICON_SIZE}, ${png.length} bytes`);
} finally {
  await browser.close();
}
