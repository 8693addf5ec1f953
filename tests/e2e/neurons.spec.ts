import { readFileSync, writeFileSync } from 'node:fs';
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

/**
 * On demand (NEURONS_BENCH=1): while a 2-8-8-1 net trains on XOR with every neuron shown, the main thread's
 * long tasks (PerformanceObserver 'longtask', over 50 ms) are counted and the longest printed; screenshots at
 * 1280×800 in English and Japanese go to test-results/. Nothing here asserts a time.
 */
test('measure: long tasks while a 2-8-8-1 net trains with all neurons shown', async ({ page }, info) => {
  test.skip(!process.env.NEURONS_BENCH, 'a measurement, run with NEURONS_BENCH=1');
  await page.setViewportSize({ width: 1280, height: 800 });
  const project = JSON.parse(readFileSync('examples/xor.nnproj', 'utf8')) as {
    name: string;
    graph: { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
    training: Record<string, unknown>;
    dataset: Record<string, unknown>;
  };
  project.name = '2-8-8-1 on XOR';
  project.graph = {
    nodes: [
      { id: 'in', type: 'input', label: 'Input', position: { x: 0, y: 120 }, params: {} },
      {
        id: 'h1',
        type: 'dense',
        label: 'Hidden 1',
        position: { x: 240, y: 60 },
        params: { units: 8, activation: 'tanh' },
      },
      {
        id: 'h2',
        type: 'dense',
        label: 'Hidden 2',
        position: { x: 520, y: 60 },
        params: { units: 8, activation: 'tanh' },
      },
      {
        id: 'out',
        type: 'output',
        label: 'Output',
        position: { x: 800, y: 120 },
        params: { activation: 'sigmoid', loss: 'binaryCrossEntropy' },
      },
    ],
    edges: [
      { id: 'e1', source: 'in', target: 'h1' },
      { id: 'e2', source: 'h1', target: 'h2' },
      { id: 'e3', source: 'h2', target: 'out' },
    ],
  };
  // 2000 samples and 1500 epochs: about 15 s of training whose loss chart stays small enough that the
  // charts alone cause no long task, so what is measured is the neuron pictures' share.
  project.dataset = { ...project.dataset, samples: 2000 };
  project.training = { ...project.training, epochs: 1500 };
  const file = info.outputPath('net-2-8-8-1.nnproj');
  writeFileSync(file, JSON.stringify(project));
  await openExample(page, file);
  await expect(page.getByTestId('node-Hidden 2')).toBeVisible();

  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const menu = page.getByRole('menubar', { name: 'Main menu' });
  // NEURONS_BENCH=off measures the same run with no neuron shown, for comparison.
  const shown = process.env.NEURONS_BENCH !== 'off';
  if (shown) {
    await menu.getByRole('menuitem', { name: 'View', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Show or hide all neurons' }).click();
  }
  await training(page).getByRole('button', { name: 'Train', exact: true }).click();
  await expect(status(page)).toHaveAttribute('data-status', 'running');
  await expect(page.locator('canvas[data-testid^="neuron-Hidden 2-"]')).toHaveCount(shown ? 8 : 0);
  await page.waitForTimeout(12_000);
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  const epochs = await page.getByTestId('loss-chart').locator('[data-epochs]').getAttribute('data-epochs');
  console.log(
    `2-8-8-1 with ${shown ? 'all' : 'no'} neurons shown, 12 s of training (${epochs} epochs): ${tasks.length} main-thread tasks over 50 ms` +
      (tasks.length ? `, longest ${Math.max(...tasks).toFixed(0)} ms` : ''),
  );
  if (!shown) return;
  await page.locator('[data-neuron="h2:2"]').hover();
  await page.screenshot({ path: info.outputPath('neurons-en.png') });
  const pause = training(page).getByRole('button', { name: 'Pause', exact: true });
  if (await pause.isEnabled()) await pause.click();
  await menu.getByRole('menuitem', { name: 'View', exact: true }).click();
  await page.getByRole('menuitem', { name: /日本語/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.getByTestId('weight-h1-3-h2-2').dispatchEvent('click');
  await page.locator('[data-neuron="h1:0"]').hover();
  await page.screenshot({ path: info.outputPath('neurons-ja.png') });
});
