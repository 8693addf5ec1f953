import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openMenu, openThroughPicker, training, trainingStatus } from './helpers';

/**
 * Neuron pictures on the canvas (issue 14): open the XOR example, train, expand the hidden layer: one painted
 * tile per unit that changes as training goes on, a hover card with the unit's formula and numbers, collapse,
 * and undo untouched (expanding is a view setting); a reopened project's saved run; compare side by side.
 * Screenshots on demand (NEURONS_BENCH=1). The long-task measurement is bench/ui/neurons.spec.ts.
 */

/** The XOR example, open with its hidden layer on the canvas, set to train `epochs` epochs. */
async function openXor(page: Page, epochs: string) {
  await openThroughPicker(page, 'examples/xor.nnproj');
  await expect(page.getByTestId('node-Hidden 1')).toBeVisible();
  await training(page).getByLabel('Epochs', { exact: true }).fill(epochs);
  await training(page).getByLabel('Epochs', { exact: true }).blur();
}

async function compareCommand(page: Page, label: string) {
  await (await openMenu(page, 'Compare')).getByRole('menuitem', { name: label }).click();
}

/** A tile's pixels, and whether any of them is not blank white. */
async function pixels(page: Page, testId: string, inside?: string): Promise<{ url: string; painted: boolean }> {
  const target = inside ? page.getByTestId(testId).locator(inside) : page.getByTestId(testId);
  return target.evaluate((c: HTMLCanvasElement) => {
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
  await openThroughPicker(page, 'examples/xor.nnproj');
  await expect(page.getByTestId('node-Hidden 1')).toBeVisible();
  const menu = page.getByRole('menubar', { name: 'Main menu' });
  const panel = training(page);
  await panel.getByLabel('Epochs', { exact: true }).fill('100000');
  await panel.getByLabel('Epochs', { exact: true }).blur();

  // Step one epoch, expand: four tiles (the hidden layer has 4 units), each painted.
  await panel.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(trainingStatus(page)).toHaveAttribute('data-status', 'paused');
  const title = await page.title();
  const toggle = page.getByTestId('neurons-toggle-Hidden 1');
  await expect(toggle).toHaveAttribute('aria-label', 'Show neurons');
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
  await expect(trainingStatus(page)).toHaveAttribute('data-status', 'paused');

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
  await expect(toggle).toHaveAttribute('aria-label', 'Show neurons');
  await expect(page).toHaveTitle(title);
  await menu.getByRole('menuitem', { name: 'Edit', exact: true }).click();
  await page.getByRole('menu', { name: 'Edit menu' }).getByRole('menuitem', { name: 'Undo', exact: true }).click();
  await expect(panel.getByLabel('Epochs', { exact: true })).toHaveValue('100');

  // The keyboard: select the node and press N.
  await page.getByTestId('node-Hidden 1').click();
  await page.keyboard.press('n');
  await expect(tiles).toHaveCount(4);

  // Expand the output too: a weight line from each hidden unit; a click shows its value and last gradient.
  await page.getByTestId('neurons-toggle-Output').click();
  const lines = page.getByTestId('weight-lines').locator('.weight-hit');
  await expect(lines).toHaveCount(4);
  // The four lines meet at the one output tile, so the click goes to the line itself, not to a point on screen.
  await page.getByTestId('weight-h1-3-out-1').dispatchEvent('click');
  const weightCard = page.getByTestId('weight-card');
  await expect(weightCard).toContainText('Weight from Hidden 1 ₃ to Output ₁');
  await expect(weightCard).toContainText(/value −?\d+\.\d\d/);
  await expect(weightCard).toContainText(/gradient at the last step −?\d\.\d\de[+−]\d+/);
});

test("a reopened project's hidden layer shows its saved run's neurons, recomputed from the saved weights", async ({
  page,
}) => {
  await openThroughPicker(page, 'tests/fixtures/projects/xor.nnproj');
  await expect(page.getByRole('region', { name: 'Run history' }).locator('tbody tr')).toHaveCount(1);
  await page.getByTestId('neurons-toggle-Hidden').click();
  const tiles = page.getByTestId('node-Hidden').locator('canvas[data-testid^="neuron-Hidden-"]');
  // The saved network's hidden layer has 4 units; nothing was trained in this session.
  await expect(tiles).toHaveCount(4);
  for (let u = 1; u <= 4; u++) expect((await pixels(page, `neuron-Hidden-${u}`)).painted).toBe(true);
  // Two units of a trained layer have learnt different features.
  expect((await pixels(page, 'neuron-Hidden-1')).url).not.toBe((await pixels(page, 'neuron-Hidden-2')).url);
});

test("compare shows the variants' neurons of the hidden layer side by side", async ({ page }) => {
  await openXor(page, '20');
  await compareCommand(page, 'Compare activation functions');
  const view = page.getByRole('dialog', { name: 'Compare' });
  await expect(view.getByTestId('compare-results')).toHaveAttribute('data-running', 'false', { timeout: 100_000 });
  const rows = view.getByTestId('compare-neurons');
  await expect(rows).toHaveCount(4);
  await expect(view.getByLabel('Layer', { exact: true })).toHaveValue('h1');
  for (let v = 1; v <= 4; v++) await expect(rows.nth(v - 1).locator('canvas')).toHaveCount(4);
  // sigmoid (variant 1) and ReLU (variant 3) units look different.
  expect((await pixels(page, 'compare-neuron-1-1')).painted).toBe(true);
  expect((await pixels(page, 'compare-neuron-1-1')).url).not.toBe((await pixels(page, 'compare-neuron-3-1')).url);
  await view.getByLabel('Layer', { exact: true }).selectOption('out');
  for (let v = 1; v <= 4; v++) await expect(rows.nth(v - 1).locator('canvas')).toHaveCount(1);
});

test("a 2-variant comparison paints the chosen layer's units live, from the variants' own workers", async ({
  page,
}) => {
  await openXor(page, '100000');
  await compareCommand(page, 'Compare…');
  const view = page.getByRole('dialog', { name: 'Compare' });
  const form = view.getByRole('form', { name: 'New comparison' });
  await form.getByRole('checkbox', { name: 'tanh', exact: true }).uncheck();
  await form.getByRole('checkbox', { name: 'Leaky ReLU', exact: true }).uncheck();
  await form.getByRole('button', { name: 'Train 2 variants' }).click();
  const results = view.getByTestId('compare-results');
  await expect(results).toHaveAttribute('data-running', 'true');
  const rows = view.getByTestId('compare-neurons');
  await expect(rows).toHaveCount(2);
  await expect(view.getByLabel('Layer', { exact: true })).toHaveValue('h1');
  // While both train: four painted tiles each, and sigmoid's first unit changes from one picture to the next.
  for (let v = 1; v <= 2; v++) await expect(rows.nth(v - 1).locator('canvas')).toHaveCount(4);
  expect((await pixels(page, 'compare-neuron-1-1')).painted).toBe(true);
  expect((await pixels(page, 'compare-neuron-2-1')).painted).toBe(true);
  const before = (await pixels(page, 'compare-neuron-1-1')).url;
  await expect.poll(async () => (await pixels(page, 'compare-neuron-1-1')).url, { timeout: 20_000 }).not.toBe(before);
  await expect(results).toHaveAttribute('data-running', 'true');
  const epoch = Number(await rows.first().getAttribute('data-epoch'));
  await expect.poll(async () => Number(await rows.first().getAttribute('data-epoch'))).toBeGreaterThan(epoch);
  // Another layer while training: the workers picture it.
  await view.getByLabel('Layer', { exact: true }).selectOption('out');
  for (let v = 1; v <= 2; v++) await expect(rows.nth(v - 1).locator('canvas')).toHaveCount(1);
  await view.getByRole('button', { name: 'Stop all' }).click();
  await expect(results).toHaveAttribute('data-running', 'false', { timeout: 30_000 });
  // Stopped: the last pictures stay, and the hidden layer is pictured again from the saved weights.
  for (let v = 1; v <= 2; v++) await expect(rows.nth(v - 1).locator('canvas')).toHaveCount(1);
  await view.getByLabel('Layer', { exact: true }).selectOption('h1');
  for (let v = 1; v <= 2; v++) await expect(rows.nth(v - 1).locator('canvas')).toHaveCount(4);
  expect((await pixels(page, 'compare-neuron-1-1')).url).not.toBe((await pixels(page, 'compare-neuron-2-1')).url);
});

/** On demand (NEURONS_BENCH=1): screenshots of the 1-D fit's pieces (sine) and the per-class bars (iris). */
for (const name of ['sine', 'iris']) {
  test(`screenshot: neurons of the ${name} example`, async ({ page }, info) => {
    test.skip(!process.env.NEURONS_BENCH, 'screenshots, run with NEURONS_BENCH=1');
    await page.setViewportSize({ width: 1280, height: 800 });
    await openThroughPicker(page, `examples/${name}.nnproj`);
    await expect(page.getByTestId('node-Output')).toBeVisible();
    await page.getByRole('menubar', { name: 'Main menu' }).getByRole('menuitem', { name: 'View', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Show or hide all neurons' }).click();
    await training(page).getByRole('button', { name: 'Train', exact: true }).click();
    await expect(trainingStatus(page)).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await page.getByTestId('node-Hidden 1').locator('[data-neuron]').first().hover();
    await page.screenshot({ path: info.outputPath(`neurons-${name}.png`) });
  });
}

test('a layer of 40 units shows 32 tiles and "+8 more", which opens the inspector\'s list of all 40', async ({
  page,
}) => {
  await openThroughPicker(page, 'examples/xor.nnproj');
  const node = page.getByTestId('node-Hidden 1');
  await node.click();
  const inspector = page.getByTestId('inspector');
  await inspector.getByLabel('Units', { exact: true }).fill('40');
  await inspector.getByLabel('Units', { exact: true }).blur();
  await training(page).getByRole('button', { name: 'Step', exact: true }).click();
  await expect(trainingStatus(page)).toHaveAttribute('data-status', 'paused');
  await page.getByTestId('neurons-toggle-Hidden 1').click();
  await expect(node.locator('canvas[data-testid^="neuron-Hidden 1-"]')).toHaveCount(32);
  const more = page.getByTestId('neurons-more-Hidden 1');
  await expect(more).toHaveText('+8 more');

  // With nothing selected, click it: the node is selected and its inspector lists every unit, painted.
  await page.locator('.react-flow__pane').click({ position: { x: 8, y: 8 } });
  await expect(inspector).toHaveCount(0);
  await more.click();
  const list = inspector.getByRole('listbox', { name: 'All 40 units of Hidden 1' });
  await expect(list).toBeFocused();
  await expect(list.getByRole('option')).toHaveCount(40);
  await expect(list.locator('canvas')).toHaveCount(40);
  expect((await pixels(page, 'inspector-neuron-40', 'canvas')).painted).toBe(true);

  // The keyboard reaches the last unit; its formula is shown with its numbers.
  await page.keyboard.press('End');
  const card = inspector.getByTestId('inspector-neuron-card');
  await expect(card).toContainText('Unit 40 of 40');
  await expect(card.getByTestId('neuron-formula')).toHaveText(
    /^a = relu\(−?\d+\.\d\d·x₁ [+−] \d+\.\d\d·x₂ [+−] \d+\.\d\d\)$/,
  );
  await page.keyboard.press('ArrowLeft');
  await expect(card).toContainText('Unit 39 of 40');
  // The list passes axe: a listbox of named options, its chosen one the active descendant.
  const axe = await new AxeBuilder({ page }).include('[data-testid="inspector-neurons"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});
