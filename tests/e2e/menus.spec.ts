import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/**
 * The Train and Help menus in the browser build: both show in the toolbar, the Train shortcut trains the
 * default document, the shortcuts reference is generated from the registered commands, and About shows the
 * version from package.json.
 */

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const menus = (page: Page) => page.getByRole('navigation', { name: 'Main menu' });
const openMenu = async (page: Page, group: string) => {
  await menus(page)
    .locator('summary', { hasText: new RegExp(`^${group}$`) })
    .click();
  return page.getByRole('list', { name: `${group} menu` });
};
const lossPlot = (page: Page) => page.getByTestId('loss-chart').locator('.chart-frame__plot');
const epochsShown = async (page: Page) => Number((await lossPlot(page).getAttribute('data-epochs')) ?? '0');
const status = (page: Page) => page.locator('.training-status');
const trainButton = (page: Page) =>
  page.getByRole('region', { name: 'Training', exact: true }).getByRole('button', { name: 'Train', exact: true });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(menus(page)).toBeVisible();
});

test('the toolbar has Train and Help menus listing their commands with shortcuts', async ({ page }) => {
  const train = await openMenu(page, 'Train');
  for (const label of ['Train', 'Pause / Resume', 'Step one epoch', 'Stop', 'Reset weights'])
    await expect(train.getByRole('button', { name: new RegExp(`^${label.replace('/', '\\/')}`) })).toBeVisible();
  await expect(train.getByRole('button', { name: /^Train/ })).toContainText('Ctrl+Enter');
  await menus(page)
    .locator('summary', { hasText: /^Train$/ })
    .click(); // closes the Train menu

  const help = await openMenu(page, 'Help');
  await expect(help.getByRole('button', { name: /^Keyboard shortcuts/ })).toContainText('Ctrl+/');
  await expect(help.getByRole('button', { name: /^About Layerwise/ })).toBeVisible();
});

test('Ctrl+Enter trains the default document: the loss chart gets points', async ({ page }) => {
  // The shortcut is enabled when the panel's Train button is: once the data preview is ready.
  await expect(trainButton(page)).toBeEnabled();
  await expect(lossPlot(page)).toHaveAttribute('data-epochs', '0');
  await page.locator('body').press('Control+Enter');
  await expect.poll(() => epochsShown(page)).toBeGreaterThan(0);
});

test('Ctrl+. pauses and resumes, Ctrl+Shift+Enter stops', async ({ page }) => {
  const panel = page.getByRole('region', { name: 'Training', exact: true });
  // Long enough that the run cannot finish on its own during the test.
  const epochs = panel.getByLabel('Epochs', { exact: true });
  await epochs.fill('100000');
  await epochs.blur();
  await expect(trainButton(page)).toBeEnabled();
  await page.locator('body').press('Control+Enter');
  await expect.poll(() => epochsShown(page)).toBeGreaterThan(0);
  await page.keyboard.press('Control+.');
  await expect(status(page)).toHaveAttribute('data-status', 'paused');
  const paused = await epochsShown(page);
  await page.waitForTimeout(500);
  expect(await epochsShown(page)).toBe(paused);
  await page.keyboard.press('Control+.');
  await expect.poll(() => epochsShown(page)).toBeGreaterThan(paused);
  await page.keyboard.press('Control+Shift+Enter');
  await expect(status(page)).toHaveAttribute('data-status', 'done');
  await expect(status(page)).toContainText('stopped');
});

test('Keyboard shortcuts lists every command with its keys, and Escape gives focus back', async ({ page }) => {
  const help = await openMenu(page, 'Help');
  await help.getByRole('button', { name: /^Keyboard shortcuts/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: /^Undo/ })).toContainText('Ctrl+Z');
  await expect(dialog.getByRole('row', { name: /^Redo/ })).toContainText('Ctrl+Shift+Z or Ctrl+Y');
  await expect(dialog.getByRole('row', { name: /^Train/ }).first()).toContainText('Ctrl+Enter');
  for (const group of ['File', 'Edit', 'View', 'Train', 'Compare', 'Help'])
    await expect(dialog.locator('caption', { hasText: new RegExp(`^${group}$`) })).toHaveCount(1);
  // As many rows as registered commands: read the toolbar's menus, which list every one of them.
  const menuItems = await menus(page).locator('ul button').count();
  await expect(dialog.locator('tbody tr')).toHaveCount(menuItems);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(menus(page).locator('summary', { hasText: /^Help$/ })).toBeFocused();
  // Escape closed only the dialog; the shortcut opens it again from the keyboard.
  await page.keyboard.press('Control+/');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('About shows the name, the version from package.json and the licence', async ({ page }) => {
  const help = await openMenu(page, 'Help');
  await help.getByRole('button', { name: /^About Layerwise/ }).click();
  const dialog = page.getByRole('dialog', { name: 'About Layerwise' });
  await expect(dialog).toContainText(`Version ${version}`);
  expect(version).toBe('0.1.0');
  await expect(dialog).toContainText('MIT License');
  await expect(dialog.getByRole('link')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
