import { expect, test, type Page } from '@playwright/test';
import { epochsShown, menuName } from './helpers';

/**
 * The WebAssembly SIMD kernels in the browser build: the training worker compiles and runs them (About names
 * the path), while the page itself may not compile WebAssembly at all (its CSP has no 'wasm-unsafe-eval').
 */

async function openAbout(page: Page) {
  await menuName(page, 'Help').click();
  await page.getByRole('menu', { name: 'Help menu' }).getByRole('menuitem', { name: 'About Layerwise' }).click();
  return page.getByRole('dialog', { name: 'About Layerwise' });
}

test('training runs on the WASM-SIMD kernels, and About says so', async ({ page }) => {
  await page.goto('/');
  let about = await openAbout(page);
  await expect(about.getByTestId('about-kernels')).toHaveText(/shown once a training run has started/);
  await expect(about.getByTestId('about-threads')).toHaveCount(0);
  await page.keyboard.press('Escape');

  const panel = page.getByRole('region', { name: 'Training', exact: true });
  const train = panel.getByRole('button', { name: 'Train', exact: true });
  await expect(train).toBeEnabled();
  await train.click();
  await expect.poll(() => epochsShown(page)).toBeGreaterThan(1);

  about = await openAbout(page);
  await expect(about.getByTestId('about-kernels')).toHaveText('Training kernels: WASM-SIMD.');
  // Batches of 16 rows are never shared between threads.
  await expect(about.getByTestId('about-threads')).toHaveText('The last run computed its gradients on one thread.');
});

test('the page itself is refused WebAssembly compilation by its Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  const outcome = await page.evaluate(async () => {
    try {
      await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
      return 'compiled';
    } catch (e) {
      return String(e);
    }
  });
  expect(outcome).not.toBe('compiled');
  expect(outcome).toMatch(/Content Security Policy|unsafe-eval/i);
});

test('the page is cross-origin isolated (SharedArrayBuffer) and still loads its fonts and workers', async ({
  page,
}) => {
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('/');
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  expect(await page.evaluate(() => typeof SharedArrayBuffer)).toBe('function');
  // A training run starts its worker and the kernels load under COEP require-corp.
  const train = page
    .getByRole('region', { name: 'Training', exact: true })
    .getByRole('button', { name: 'Train', exact: true });
  await train.click();
  await expect.poll(() => epochsShown(page)).toBeGreaterThan(1);
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'error').length)).toBe(0);
  expect(failed).toEqual([]);
});
