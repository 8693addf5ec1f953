import { expect, test, type Page } from '@playwright/test';

/**
 * Neuron pictures on the canvas (issue 14): open the XOR example, train, expand the hidden layer: one painted
 * tile per unit that changes as training goes on, a hover card with the unit's formula and numbers, collapse,
 * and undo untouched (expanding is a view setting). The long-task measurement of a 2-8-8-1 net with every
 * neuron shown runs on demand only (NEURONS_BENCH=1) and prints its figures.
 */

const training = (page: Page) => page.getByRole('region', { name: 'Training', exact: true });
const status = (page: Page) => page.locator('.training-status');

async function fileCommand(page: Page, label: string) {
  await page.getByRole('menubar', { name: 'Main menu' }).getByRole('menuitem', { name: 'File', exact: true }).click();
  await page.getByRole('menu', { name: 'File menu' }).getByRole('menuitem', { name: label, exact: true }).click();
}

async function openExample(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await fileCommand(page, 'Open…');
  await (await chooser).setFiles(file);
}

/** A tile's pixels, and whether any of them is not blank white. */
async function pixels(page: Page, testId: string): Promise<{ url: string; painted: boolean }> {
  return page.getByTestId(testId).evaluate((c: HTMLCanvasElement) => {
    const ctx = c.getContext('2d')!;
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let painted = false;
    for (let i = 0; i < data.length; i += 4)
      if (data[i] < 250 || data[i + 1] < 250 || data[i + 2] < 250) painted = true;
    return { url: c.toDataURL(), painted };
  });
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(training(page)).toBeVisible();
});

test('the hidden layer of XOR shows one painted tile per unit that changes as it trains; hover, collapse, undo', async ({
  page,
}) => {
  await openExample(page, 'examples/xor.nnproj');
  await expect(page.getByTestId('node-Hidden 1')).toBeVisible();
  const menu = page.getByRole('menubar', { name: 'Main menu' });
  const panel = training(page);
  await panel.getByLabel('Epochs', { exact: true }).fill('100000');
  await panel.getByLabel('Epochs', { exact: true }).blur();

  // Step one epoch, expand: four tiles (the hidden layer has 4 units), each painted.
  await panel.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(status(page)).toHaveAttribute('data-status', 'paused');
  const title = await page.title();
  const toggle = page.getByTestId('neurons-toggle-Hidden 1');
  await expect(toggle).toHaveText('Show neurons');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const tiles = page.getByTestId('node-Hidden 1').locator('canvas[data-testid^="neuron-Hidden 1-"]');
  await expect(tiles).toHaveCount(4);
  for (let u = 1; u <= 4; u++) expect((await pixels(page, `neuron-Hidden 1-${u}`)).painted).toBe(true);
  const first = await pixels(page, 'neuron-Hidden 1-1');

  // Train on: the first unit's picture changes between two epochs.
  await panel.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect.poll(async () => (await pixels(page, 'neuron-Hidden 1-1')).url, { timeout: 20_000 }).not.toBe(first.url);
  await panel.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(status(page)).toHaveAttribute('data-status', 'paused');

  // Hover: the enlarged tile and the formula with its numbers, a = relu(w₁·x₁ + w₂·x₂ + b).
  await page.locator('[data-neuron="h1:1"]').hover();
  const card = page.getByTestId('neuron-card-Hidden 1');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Unit 2 of 4');
  await expect(card.getByTestId('neuron-formula')).toHaveText(
    /^a = relu\(−?\d+\.\d\d·x₁ [+−] \d+\.\d\d·x₂ [+−] \d+\.\d\d\)$/,
  );
  await page.mouse.move(5, 5);
  await expect(card).toHaveCount(0);

  // Collapse. None of it was a document change: the title is as it was, and Undo still undoes the epochs edit.
  await toggle.click();
  await expect(tiles).toHaveCount(0);
  await expect(toggle).toHaveText('Show neurons');
  await expect(page).toHaveTitle(title);
  await menu.getByRole('menuitem', { name: 'Edit', exact: true }).click();
  await page.getByRole('menu', { name: 'Edit menu' }).getByRole('menuitem', { name: 'Undo', exact: true }).click();
  await expect(panel.getByLabel('Epochs', { exact: true })).toHaveValue('100');

  // The keyboard: select the node and press N.
  await page.getByTestId('node-Hidden 1').click();
  await page.keyboard.press('n');
  await expect(tiles).toHaveCount(4);
});
