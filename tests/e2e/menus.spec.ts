import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { epochsShown, lossPlot, menubar, menuName, training, trainingStatus } from './helpers';

/**
 * The menu bar in the browser build: every menu opens with the keyboard (F10 or Alt, arrows, Enter, Escape)
 * and with the mouse, one at a time and never over another menu's name; Train shortcuts train the default
 * document; the shortcuts reference is generated from the registered commands; About shows the version.
 */

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const GROUPS = ['File', 'Edit', 'View', 'Train', 'Compare', 'Help'];
const menu = (page: Page, group: string) => page.getByRole('menu', { name: `${group} menu` });
const openMenu = async (page: Page, group: string) => {
  await menuName(page, group).click();
  return menu(page, group);
};
/** The menus shown now, by group name. */
const openMenus = async (page: Page) => {
  const shown: string[] = [];
  for (const group of GROUPS) if (await menu(page, group).isVisible()) shown.push(group);
  return shown;
};
const trainButton = (page: Page) => training(page).getByRole('button', { name: 'Train', exact: true });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(menubar(page)).toBeVisible();
});

test('the toolbar has Train and Help menus listing their commands with shortcuts', async ({ page }) => {
  const train = await openMenu(page, 'Train');
  for (const label of [
    'Train',
    'Start paused (initial weights)',
    'Pause / Resume',
    'Step one epoch',
    'Stop',
    'Reset weights',
  ])
    await expect(train.getByRole('menuitem', { name: label, exact: true })).toBeVisible();
  await expect(train.getByRole('menuitem', { name: 'Train', exact: true })).toContainText('Ctrl+Enter');
  await expect(train.getByRole('menuitem', { name: 'Train', exact: true })).toHaveAttribute(
    'aria-keyshortcuts',
    'Control+Enter',
  );
  await menuName(page, 'Train').click(); // closes the Train menu
  await expect(train).toBeHidden();

  const help = await openMenu(page, 'Help');
  await expect(help.getByRole('menuitem', { name: 'Keyboard shortcuts' })).toContainText('Ctrl+/');
  await expect(help.getByRole('menuitem', { name: 'About Layerwise' })).toBeVisible();
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
  await expect(trainingStatus(page)).toHaveAttribute('data-status', 'paused');
  const paused = await epochsShown(page);
  // Paused, the decision boundary catches up with the last epoch the chart shows: the worker has answered
  // since the pause, and no epoch came after it.
  await expect(page.getByTestId('decision-boundary').locator('.chart-frame__plot')).toHaveAttribute(
    'data-epoch',
    String(paused),
  );
  expect(await epochsShown(page)).toBe(paused);
  await page.keyboard.press('Control+.');
  await expect.poll(() => epochsShown(page)).toBeGreaterThan(paused);
  await page.keyboard.press('Control+Shift+Enter');
  await expect(trainingStatus(page)).toHaveAttribute('data-status', 'done');
  await expect(trainingStatus(page)).toContainText('stopped');
});

test('Keyboard shortcuts lists every command with its keys, and Escape gives focus back', async ({ page }) => {
  const help = await openMenu(page, 'Help');
  await help.getByRole('menuitem', { name: 'Keyboard shortcuts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: /^Undo/ })).toContainText('Ctrl+Z');
  await expect(dialog.getByRole('row', { name: /^Redo/ })).toContainText('Ctrl+Shift+Z or Ctrl+Y');
  await expect(dialog.getByRole('row', { name: /^Train/ }).first()).toContainText('Ctrl+Enter');
  for (const group of ['File', 'Edit', 'View', 'Train', 'Compare', 'Help'])
    await expect(dialog.locator('caption', { hasText: new RegExp(`^${group}$`) })).toHaveCount(1);
  // As many rows as registered commands: read the toolbar's menus, which list every one of them.
  const menuItems = await menubar(page).locator('[role="menu"] [role="menuitem"]').count();
  await expect(dialog.locator('tbody tr')).toHaveCount(menuItems);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(menuName(page, 'Help')).toBeFocused();
  await expect(help).toBeHidden();
  // Escape closed only the dialog; the shortcut opens it again from the keyboard.
  await page.keyboard.press('Control+/');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('About shows the name, the version the build was made with and the licence', async ({ page }) => {
  const help = await openMenu(page, 'Help');
  await help.getByRole('menuitem', { name: 'About Layerwise' }).click();
  const dialog = page.getByRole('dialog', { name: 'About Layerwise' });
  // The browser build is stamped with package.json's version when it is built (vite.shared.ts).
  await expect(dialog.getByTestId('about-version')).toHaveText(`Version ${version}`);
  await expect(dialog).toContainText('MIT License');
  await expect(dialog.getByRole('link')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('F10 and Alt reach the menu bar; arrows, Enter and Escape open, walk and close every menu', async ({ page }) => {
  const theme = page.getByRole('button', { name: /Change theme/ });
  await theme.focus();
  await page.keyboard.press('F10');
  await expect(menuName(page, 'File')).toBeFocused();
  for (const [i, group] of GROUPS.entries()) {
    await expect(menuName(page, group)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const shown = menu(page, group);
    await expect(shown).toBeVisible();
    await expect(menuName(page, group)).toHaveAttribute('aria-expanded', 'true');
    expect(await openMenus(page)).toEqual([group]);
    // Focus is on the first item; Up from there wraps to the last.
    const items = shown.getByRole('menuitem');
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(items.last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(shown).toBeHidden();
    await expect(menuName(page, group)).toBeFocused();
    if (i < GROUPS.length - 1) await page.keyboard.press('ArrowRight');
  }
  // Right from the last menu wraps to the first; with a menu open, Left and Right switch menus.
  await page.keyboard.press('ArrowRight');
  await expect(menuName(page, 'File')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu(page, 'File')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  expect(await openMenus(page)).toEqual(['Edit']);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  expect(await openMenus(page)).toEqual(['Help']);
  // Escape closes the menu, a second Escape gives focus back to where it was before F10.
  await page.keyboard.press('Escape');
  await expect(menuName(page, 'Help')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(theme).toBeFocused();

  // Alt alone does the same; Enter on an item runs its command, and the dialog hands focus back to the menu.
  await page.keyboard.press('Alt');
  await expect(menuName(page, 'Help')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(menu(page, 'Help').getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu(page, 'Help').getByRole('menuitem', { name: 'About Layerwise' })).toBeFocused();
  await page.keyboard.press('Enter');
  const about = page.getByRole('dialog', { name: 'About Layerwise' });
  await expect(about).toBeVisible();
  expect(await openMenus(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(about).toBeHidden();
  await expect(menuName(page, 'Help')).toBeFocused();
  await page.keyboard.press('Alt');
  await expect(theme).toBeFocused();
});

test('with the mouse every menu opens alone, below every menu name, and an outside click closes it', async ({
  page,
}) => {
  const names = await Promise.all(GROUPS.map(async (g) => (await menuName(page, g).boundingBox())!));
  const barBottom = Math.max(...names.map((b) => b.y + b.height));
  for (const group of GROUPS) {
    const shown = await openMenu(page, group);
    await expect(shown).toBeVisible();
    expect(await openMenus(page)).toEqual([group]);
    const box = (await shown.boundingBox())!;
    // Below the row of names, so it never covers another menu's name and the next click reaches it.
    expect(box.y).toBeGreaterThanOrEqual(barBottom);
  }
  // Help is open; one click on Compare opens Compare instead (the open menu did not swallow the click).
  expect(await openMenus(page)).toEqual(['Help']);
  await menuName(page, 'Compare').click();
  expect(await openMenus(page)).toEqual(['Compare']);
  // Pointing at another name while a menu is open switches to it.
  await menuName(page, 'Edit').hover();
  expect(await openMenus(page)).toEqual(['Edit']);
  // A click on the page closes it, and the click still does its job there.
  await page.getByRole('button', { name: /Change theme/ }).click();
  expect(await openMenus(page)).toEqual([]);
  await expect(page.getByRole('button', { name: /Change theme/ })).toHaveText(/Light theme|Dark theme/);
});
