import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileCommand, openThroughPicker, training } from './helpers';

/**
 * Files in the browser build: save a trained project as a download, reload, open it again and find the same
 * network, settings, run history and charts; broken, foreign and newer files are refused with their reason
 * and leave the open document alone; Cancel in the unsaved-changes question keeps the work; unsaved work
 * survives a reload as a crash backup.
 */

const fixture = (name: string) => path.join('tests/fixtures/projects', name);
const inspector = (page: Page) => page.getByTestId('inspector');
const runRows = (page: Page) => page.getByRole('region', { name: 'Run history' }).locator('tbody tr');
const lossPlot = (page: Page) => page.getByTestId('loss-chart').locator('[data-epochs]');

async function setUnits(page: Page, units: string) {
  await page.getByTestId('node-Dense 1').click();
  const field = inspector(page).getByLabel('Units', { exact: true });
  await field.fill(units);
  await field.blur();
  await expect(field).toHaveValue(units);
}

async function unitsShown(page: Page): Promise<string> {
  await page.getByTestId('node-Dense 1').click();
  return inspector(page).getByLabel('Units', { exact: true }).inputValue();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(training(page)).toBeVisible();
});

test('a trained project saves, and reopens after a reload with the same network, settings, runs and charts', async ({
  page,
}, info) => {
  await setUnits(page, '6');
  const epochs = training(page).getByLabel('Epochs', { exact: true });
  await epochs.fill('15');
  await epochs.blur();
  await expect(page).toHaveTitle(/•/);
  await training(page).getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.locator('.training-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(runRows(page)).toHaveCount(1);
  await expect(lossPlot(page)).toHaveAttribute('data-epochs', '15');
  const runSummary = await runRows(page).first().innerText();

  const download = page.waitForEvent('download');
  await fileCommand(page, 'Save');
  const saved = info.outputPath((await download).suggestedFilename());
  await (await download).saveAs(saved);
  expect(path.basename(saved)).toBe('One hidden layer.nnproj');
  await expect(page).not.toHaveTitle(/•/);
  const text = readFileSync(saved, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'layerwise-project', version: 2, training: { epochs: 15 } });
  expect(JSON.parse(text).runs).toHaveLength(1);

  await page.reload();
  await expect(training(page)).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Recover unsaved work' })).toHaveCount(0);
  expect(await unitsShown(page)).toBe('8');
  await expect(runRows(page)).toHaveCount(0);

  await openThroughPicker(page, saved);
  await expect(page).toHaveTitle('One hidden layer — One hidden layer.nnproj — Layerwise');
  expect(await unitsShown(page)).toBe('6');
  await expect(training(page).getByLabel('Epochs', { exact: true })).toHaveValue('15');
  await expect(runRows(page)).toHaveCount(1);
  expect(await runRows(page).first().innerText()).toBe(runSummary);
  await expect(lossPlot(page)).toHaveAttribute('data-epochs', '15');
  await expect(page.getByTestId('status-message')).toContainText('Opened One hidden layer.nnproj');
});

test('broken, foreign and newer files are refused with their reason and leave the document unchanged', async ({
  page,
}) => {
  await setUnits(page, '5');
  await expect(page).toHaveTitle('One hidden layer• — Layerwise');
  for (const [name, reason] of [
    ['truncated.nnproj', /truncated\.nnproj is not valid JSON at line \d+, column \d+/],
    ['other-program.json', /other-program\.json is not a Layerwise project/],
    ['newer-version.nnproj', /newer version of Layerwise \(file format version 3\)/],
  ] as const) {
    await openThroughPicker(page, fixture(name));
    const alert = page.getByRole('alertdialog', { name: `Could not open ${name}` });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(reason);
    await alert.getByRole('button', { name: 'OK' }).click();
    await expect(alert).toHaveCount(0);
    await expect(page).toHaveTitle('One hidden layer• — Layerwise');
    expect(await unitsShown(page)).toBe('5');
  }
});

test("Cancel in the unsaved-changes question keeps the work; Don't Save replaces it", async ({ page }) => {
  await setUnits(page, '5');
  await fileCommand(page, 'New');
  const question = page.getByRole('dialog', { name: 'Save your changes?' });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button')).toHaveText(['Cancel', "Don't Save", 'Save']);
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toHaveCount(0);
  expect(await unitsShown(page)).toBe('5');
  await expect(page).toHaveTitle(/•/);

  await openThroughPicker(page, fixture('xor.nnproj'));
  await question.getByRole('button', { name: "Don't Save" }).click();
  await expect(page).toHaveTitle('XOR with one hidden layer — xor.nnproj — Layerwise');
  await expect(page.getByTestId('node-Hidden')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Run history' }).locator('tbody tr')).toHaveCount(1);
});

/** The `units` values in this tab's crash backups, read from IndexedDB where the browser build keeps them. */
async function backedUpUnits(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('layerwise', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('kv');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const records = await new Promise<unknown[]>((resolve, reject) => {
      const request = db
        .transaction('kv', 'readonly')
        .objectStore('kv')
        .getAll(IDBKeyRange.bound('backup:', 'backup:\uffff'));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return records.flatMap((record) => {
      const text = (record as { text?: unknown }).text;
      return typeof text === 'string' ? [...text.matchAll(/"units":\s*(\d+)/g)].map((m) => Number(m[1])) : [];
    });
  });
}

test('unsaved work comes back after the page is reloaded', async ({ page }) => {
  await setUnits(page, '3');
  // The backup lands within two seconds of the last edit; reload once it is in the browser's storage.
  await expect.poll(() => backedUpUnits(page), { timeout: 10_000 }).toContain(3);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  const recovery = page.getByRole('dialog', { name: 'Recover unsaved work' });
  await expect(recovery).toBeVisible();
  await expect(recovery).toContainText('One hidden layer');
  await recovery.getByRole('button', { name: 'Restore One hidden layer' }).click();
  // Restoring reads the backup after the dialog closes; a node clicked before it is installed loses its selection.
  await expect(page).toHaveTitle('One hidden layer• — Layerwise');
  expect(await unitsShown(page)).toBe('3');
});
