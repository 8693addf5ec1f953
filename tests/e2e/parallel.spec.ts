import { expect, test, type Page } from '@playwright/test';
import { lossPlot, openMenu, setNumber, training, trainingStatus } from './helpers';

/**
 * Data-parallel training in the browser build: the page is cross-origin isolated, so a run with batches of
 * 256 rows or more of a large enough network shares each batch's gradient with helper sub-workers of the
 * training worker; smaller batches train in the training worker alone.
 */

/** Trains the digits on 784 → 256 → 10 (about 200,000 parameters) in batches of `batch` rows. */
async function trainDigits(page: Page, batch: string): Promise<string[]> {
  const workers: string[] = [];
  const errors: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto('/');
  const panel = training(page);
  await expect(panel).toBeVisible();
  const inspector = page.getByTestId('inspector');
  await page.getByTestId('node-Dense 1').click();
  await setNumber(inspector.getByLabel('Units', { exact: true }), '256');
  await page.getByTestId('node-Output 1').click();
  await inspector.getByLabel('Output activation').selectOption('softmax');
  await inspector.getByLabel('Loss', { exact: true }).selectOption('crossEntropy');
  await panel.getByLabel('Dataset', { exact: true }).selectOption('mnist');
  await setNumber(panel.getByLabel('Samples', { exact: true }), '1000');
  await setNumber(panel.getByLabel('Epochs', { exact: true }), '4');
  await setNumber(panel.getByLabel('Batch size', { exact: true }), batch);
  await expect(panel.getByText('700 training and 300 validation samples')).toBeVisible({ timeout: 30_000 });
  await panel.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(trainingStatus(page)).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  expect(Number(await lossPlot(page).getAttribute('data-epochs'))).toBe(4);
  expect(errors).toEqual([]);
  return workers;
}

async function aboutThreads(page: Page): Promise<string> {
  await (await openMenu(page, 'Help')).getByRole('menuitem', { name: 'About Layerwise' }).click();
  return page.getByRole('dialog', { name: 'About Layerwise' }).getByTestId('about-threads').innerText();
}

test('batches of 256 rows of a large network train with helper sub-workers', async ({ page }) => {
  const workers = await trainDigits(page, '256');
  expect(workers.some((url) => /gradientHelperWorker/.test(url))).toBe(true);
  // Help → About says how many threads computed the gradients: this machine's cores, at most 4.
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  expect(await aboutThreads(page)).toBe(
    `The last run computed its gradients on ${Math.min(4, cores)} threads (data-parallel, the same numbers as on one).`,
  );
});

test('batches of 16 rows train in the training worker alone', async ({ page }) => {
  const workers = await trainDigits(page, '16');
  expect(workers.some((url) => /trainingWorker/.test(url))).toBe(true);
  expect(workers.some((url) => /gradientHelperWorker/.test(url))).toBe(false);
  expect(await aboutThreads(page)).toBe('The last run computed its gradients on one thread.');
});
