/**
 * The browser build shows the app's icon: the page loads without a single failed request (no 404 for
 * /favicon.ico), the icon it links is the SVG, and the committed PNG the installers use is still that SVG
 * (re-render it with `npm run icon` after editing the SVG).
 */
import { expect, test } from '@playwright/test';

test('the page links its icon and no request fails', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Training', exact: true })).toBeVisible();
  const link = page.locator('link[rel="icon"]');
  await expect(link).toHaveAttribute('type', 'image/svg+xml');
  const href = await link.evaluate((element: HTMLLinkElement) => element.href);
  const icon = await page.request.get(href);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
  expect(failed).toEqual([]);
});

test('the PNG for the installers and the window is the SVG, rendered at 512×512', async ({ page }) => {
  await page.goto('/');
  const difference = await page.evaluate(async () => {
    const pixels = async (url: string) => {
      const image = new Image(512, 512);
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = 512;
      canvas.height = 512;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0, 512, 512);
      return ctx.getImageData(0, 0, 512, 512).data;
    };
    const [svg, png] = await Promise.all([pixels('./icon.svg'), pixels('./icon.png')]);
    let differing = 0;
    for (let i = 0; i < svg.length; i += 4) {
      const delta = Math.max(...[0, 1, 2, 3].map((c) => Math.abs(svg[i + c] - png[i + c])));
      if (delta > 48) differing++;
    }
    return differing / (512 * 512);
  });
  // Anti-aliasing may differ along edges; a changed drawing differs in far more than 1% of the pixels.
  expect(difference).toBeLessThan(0.01);
});
