/**
 * Format version 2 in the browser build (issue 11): a CSV project trains in the app and saves without
 * samples or noise and with its data transform; a v1 file opens upgraded and marked changed; Compare trains
 * binary cross-entropy against mean squared error on XOR and shows both curves; a learning rate above 1 is
 * accepted with a warning.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { menuCommand, setNumber, training, trainingStatus } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(training(page)).toBeVisible();
});

test('a CSV project trains in the app and saves as v2 without samples or noise, with its transform', async ({
  page,
}, info) => {
  const panel = training(page);
  await panel.getByLabel('Dataset', { exact: true }).selectOption('csv');
  // Samples and noise mean nothing for a CSV: the panel does not offer them.
  await expect(panel.getByLabel('Samples', { exact: true })).toHaveCount(0);
  await expect(panel.getByLabel('Noise', { exact: true })).toHaveCount(0);
  const rows = ['width,height,kind'];
  for (let i = 0; i < 40; i++) {
    const w = (i * 37) % 10;
    const h = (i * 53) % 10;
    rows.push(`${w},${h},${h > w ? 'tall' : 'wide'}`);
  }
  await panel
    .getByLabel('CSV file')
    .setInputFiles({ name: 'shapes.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
  await expect(panel.getByText(/training and \d+ validation samples, 2 features, 2 classes\./)).toBeVisible();
  await setNumber(panel.getByLabel('Epochs', { exact: true }), '10');
  await panel.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(trainingStatus(page)).toHaveAttribute('data-status', 'done', { timeout: 60_000 });

  const download = page.waitForEvent('download');
  await menuCommand(page, 'File', 'Save');
  const saved = info.outputPath((await download).suggestedFilename());
  await (await download).saveAs(saved);
  const project = JSON.parse(readFileSync(saved, 'utf8'));
  expect(project.version).toBe(2);
  expect(project.dataset.kind).toBe('csv');
  expect(Object.keys(project.dataset)).not.toContain('samples');
  expect(Object.keys(project.dataset)).not.toContain('noise');
  expect(project.runs).toHaveLength(1);
  expect(project.runs[0].transform).toMatchObject({
    featureNames: ['width', 'height'],
    classNames: ['tall', 'wide'],
    source: { rows: 40 },
  });
  expect(project.runs[0].transform.standardization.mean).toHaveLength(2);
});

test('a v1 file opens upgraded, says so once and is marked changed', async ({ page }) => {
  const chooser = page.waitForEvent('filechooser');
  await menuCommand(page, 'File', 'Open…');
  await (await chooser).setFiles('tests/fixtures/projects/v1/xor.nnproj');
  await expect(
    page.getByText(/xor\.nnproj was saved in file format version 1 and was upgraded to version 2/),
  ).toHaveCount(1);
  await expect(page).toHaveTitle(/•/);
});

test('compares binary cross-entropy with mean squared error on XOR and shows both curves', async ({ page }) => {
  const panel = training(page);
  await panel.getByLabel('Dataset', { exact: true }).selectOption('xor');
  await expect(page.getByTestId('data-scatter')).toBeVisible();
  await setNumber(panel.getByLabel('Epochs', { exact: true }), '30');
  await menuCommand(page, 'Compare', 'Compare…');
  const view = page.getByRole('dialog', { name: 'Compare' });
  const form = view.getByRole('form', { name: 'New comparison' });
  await form.getByLabel('Parameter to compare').selectOption('loss');
  const values = form.getByRole('group', { name: /Values/ });
  await expect(values.getByRole('checkbox', { name: 'binary cross-entropy' })).toBeChecked();
  await expect(values.getByRole('checkbox', { name: 'mean squared error' })).toBeChecked();
  await form.getByRole('button', { name: 'Train 2 variants' }).click();

  const results = view.getByTestId('compare-results');
  await expect(results).toHaveAttribute('data-running', 'false', { timeout: 100_000 });
  const chart = view.getByTestId('compare-loss-chart');
  await expect(chart.locator('.chart-frame__plot')).toHaveAttribute('data-series', '2');
  await expect(chart.locator('.recharts-legend-item')).toHaveText(['binary cross-entropy', 'mean squared error']);
  await expect(chart.locator('.recharts-line')).toHaveCount(4);
  const rows = view.getByRole('table').locator('tbody tr');
  await expect(rows.getByRole('rowheader')).toHaveText(['binary cross-entropy', 'mean squared error']);
  await expect(rows.filter({ hasText: 'completed' })).toHaveCount(2);
});

test('a learning rate above 1 is accepted with a warning', async ({ page }) => {
  const field = training(page).getByLabel('Learning rate', { exact: true });
  await setNumber(field, '50');
  await expect(training(page).getByText(/Above 1 most networks diverge/)).toBeVisible();
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await setNumber(field, '200');
  await expect(training(page).getByText(/Use a number from .* to 100\./)).toBeVisible();
});
