/**
 * Side-by-side comparison in the browser build: one click on "Compare activation functions" trains the
 * spiral network with sigmoid, tanh, ReLU and Leaky ReLU in parallel workers; four curves, four decision
 * boundaries and a four-row table appear, every variant trained on the same first-epoch data, and Stop all
 * ends a long comparison. (The README's picture of this view is taken by `npm run screenshots`.)
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chooseTemplate, openMenu, setNumber, training } from './helpers';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Compare' });

/**
 * The texts of one column of the results table, found by its header's name as a reader finds it, so adding or
 * moving a column does not make the test read another one.
 */
async function column(table: Locator, header: string | RegExp): Promise<string[]> {
  const head = table.getByRole('columnheader', { name: header });
  await expect(head).toHaveCount(1);
  const index = await head.evaluate((th) => (th as HTMLTableCellElement).cellIndex);
  return table
    .locator('tbody tr')
    .evaluateAll((rows, i) => rows.map((tr) => (tr as HTMLTableRowElement).cells[i]?.textContent?.trim() ?? ''), index);
}

/**
 * The Deep MLP template (three hidden ReLU layers, 16-16-8) on the spiral: deep enough to wind around the
 * arms, so the comparison shows a real difference (tanh and ReLU learn the spiral, sigmoid lags behind)
 * rather than four networks stuck near chance.
 */
async function spiralWithEpochs(page: Page, epochs: string) {
  await page.goto('/');
  await expect(training(page)).toBeVisible();
  await chooseTemplate(page, 'deep-mlp');
  await expect(page.getByTestId('node-Dense 3')).toBeVisible();
  await training(page).getByLabel('Dataset', { exact: true }).selectOption('spiral');
  await expect(page.getByTestId('data-scatter')).toBeVisible();
  await setNumber(training(page).getByLabel('Learning rate', { exact: true }), '0.01');
  await setNumber(training(page).getByLabel('Epochs', { exact: true }), epochs);
}

test('compares four activation functions on the spiral from the same data, seed and weights', async ({ page }) => {
  await spiralWithEpochs(page, '150');
  const menu = await openMenu(page, 'Compare');
  const first = menu.getByRole('menuitem').first();
  await expect(first).toHaveText(/Compare activation functions/);
  await first.click();

  const view = dialog(page);
  await expect(view).toBeVisible();
  const results = view.getByTestId('compare-results');
  await expect(results).toBeVisible();
  await expect(view.getByRole('progressbar')).toHaveCount(4);
  await expect(results).toHaveAttribute('data-running', 'false', { timeout: 100_000 });

  // Four curves: one legend entry per variant, named by its value.
  const chart = view.getByTestId('compare-loss-chart');
  await expect(chart.locator('.chart-frame__plot')).toHaveAttribute('data-series', '4');
  await expect(chart.locator('.recharts-legend-item')).toHaveText(['sigmoid', 'tanh', 'ReLU', 'Leaky ReLU']);
  await expect(chart.locator('.recharts-line')).toHaveCount(8); // training and validation per variant

  // Four decision boundaries, each drawn on its own canvas.
  await expect(view.getByTestId('decision-boundary')).toHaveCount(4);
  await expect(view.getByTestId('compare-output').locator('canvas')).toHaveCount(4);

  // The table: a real table with column headers and one row per variant.
  const table = view.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Best epoch' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /Epochs to loss/ })).toBeVisible();
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.getByRole('rowheader')).toHaveText(['sigmoid', 'tanh', 'ReLU', 'Leaky ReLU']);
  expect(await column(table, 'Status')).toEqual(['completed', 'completed', 'completed', 'completed']);

  // Same first-epoch data everywhere: each worker reports the checksum of the rows its first epoch actually
  // fed, in order; all four agree with each other and with the main thread's own copy of the data and seed.
  // Each worker's report of the data it built (sizes, standardisation) matches the main thread's too.
  const expected = await table.getAttribute('data-expected-ready-checksum');
  expect(expected).toMatch(/^[0-9a-f]{8}$/);
  const checksums = await rows.evaluateAll((trs) =>
    trs.map((tr) => [tr.getAttribute('data-checksum'), tr.getAttribute('data-ready-checksum')]),
  );
  expect(new Set(checksums.map(([c]) => c)).size).toBe(1);
  expect(checksums[0][0]).toMatch(/^[0-9a-f]{8}$/);
  expect(checksums[0][0]).toBe(await table.getAttribute('data-expected-checksum'));
  expect(checksums.map(([, ready]) => ready)).toEqual([expected, expected, expected, expected]);
  // All four started from the same initial weights.
  expect(await column(table, 'Initial weights')).toEqual(['shared', 'shared', 'shared', 'shared']);

  // The network really learns the spiral (as in the README's picture): ReLU and Leaky ReLU end well
  // above chance, and sigmoid visibly behind them.
  const validation = (await column(table, 'Validation accuracy')).map((t) => Number.parseFloat(t));
  expect(validation).toHaveLength(4);
  const [sigmoid, , relu, leakyRelu] = validation;
  expect(relu).toBeGreaterThan(85);
  expect(leakyRelu).toBeGreaterThan(85);
  expect(sigmoid).toBeLessThan(Math.max(relu, leakyRelu));

  // The target loss is editable and the table follows it.
  await view.getByLabel('Target loss').fill('5');
  await expect(table.getByRole('columnheader', { name: 'Epochs to loss ≤ 5' })).toBeVisible();
  await expect.poll(() => column(table, 'Epochs to loss ≤ 5')).toEqual(['1', '1', '1', '1']);
  await view.getByLabel('Target loss').fill('0.1');
  await expect(table.getByRole('columnheader', { name: 'Epochs to loss ≤ 0.1' })).toBeVisible();
});

test('Stop all ends every running variant and keeps their curves', async ({ page }) => {
  await spiralWithEpochs(page, '100000');
  await (await openMenu(page, 'Compare')).getByRole('menuitem', { name: 'Compare activation functions' }).click();
  const view = dialog(page);
  const chart = view.getByTestId('compare-loss-chart').locator('.chart-frame__plot');
  await expect
    .poll(async () => Number(await chart.getAttribute('data-epochs')), { timeout: 60_000 })
    .toBeGreaterThan(3);
  await view.getByRole('button', { name: 'Stop all' }).click();
  await expect(view.getByTestId('compare-results')).toHaveAttribute('data-running', 'false', { timeout: 30_000 });
  const statuses = await column(view.getByRole('table'), 'Status');
  expect(statuses).toHaveLength(4);
  // Variants that were training end as stopped; those still waiting for a worker never start.
  for (const s of statuses) expect(s).toMatch(/^(stopped|Stopped before it started\.)$/);
  expect(statuses).toContain('stopped');
  await expect(view.getByRole('button', { name: 'Stop all' })).toBeDisabled();
});

test('compares 50 against 400 circle samples: each variant trains on its own data', async ({ page }) => {
  await page.goto('/');
  await expect(training(page)).toBeVisible();
  await training(page).getByLabel('Dataset', { exact: true }).selectOption('circle');
  await expect(page.getByTestId('data-scatter')).toBeVisible();
  await setNumber(training(page).getByLabel('Epochs', { exact: true }), '20');
  await (await openMenu(page, 'Compare')).getByRole('menuitem', { name: 'Compare…' }).click();
  const view = dialog(page);
  const form = view.getByRole('form', { name: 'New comparison' });
  await form.getByLabel('Parameter to compare').selectOption('datasetSamples');
  await expect(form.getByText(/do not see the same data/)).toBeVisible();
  await form.getByLabel(/^Values/).fill('50, 400');
  await form.getByRole('button', { name: 'Train 2 variants' }).click();

  const results = view.getByTestId('compare-results');
  await expect(results).toHaveAttribute('data-running', 'false', { timeout: 100_000 });
  await expect(results.getByText(/Each variant trains on its own data/)).toBeVisible();
  const chart = view.getByTestId('compare-loss-chart');
  await expect(chart.locator('.chart-frame__plot')).toHaveAttribute('data-series', '2');
  await expect(chart.locator('.recharts-legend-item')).toHaveText(['50 samples', '400 samples']);
  await expect(chart.locator('.recharts-line')).toHaveCount(4);
  const table = view.getByRole('table');
  const rows = table.locator('tbody tr');
  await expect(rows.getByRole('rowheader')).toHaveText(['50 samples', '400 samples']);
  expect(await column(table, 'Status')).toEqual(['completed', 'completed']);
  // Different data on purpose: the first-epoch rows differ, and no row is flagged as built from other data.
  const checksums = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-checksum')));
  expect(checksums[0]).toMatch(/^[0-9a-f]{8}$/);
  expect(checksums[1]).toMatch(/^[0-9a-f]{8}$/);
  expect(checksums[0]).not.toBe(checksums[1]);
  await expect(table.getByText('the worker built other data')).toHaveCount(0);
});
