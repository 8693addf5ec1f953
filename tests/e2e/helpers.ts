/**
 * Locators and actions that several end-to-end specs use in exactly the same form. A spec whose version differs
 * (another locator, other options, the Japanese names) keeps its own, so sharing never changes what a test does.
 */
import type { Locator, Page } from '@playwright/test';

/** Letters of Japanese text (hiragana, katakana, kanji): a text matching it is (partly) in Japanese. */
export const JAPANESE = /[ぁ-んァ-ン一-龯]/;

/** The training area (settings, Train button, charts), by its region name. */
export const training = (page: Page) => page.getByRole('region', { name: 'Training', exact: true });

/** The training status line; its `data-status` says where the run is (running, paused, done…). */
export const trainingStatus = (page: Page) => page.locator('.training-status');

/** The loss chart's plot, whose `data-epochs` says how many epochs it shows. */
export const lossPlot = (page: Page) => page.getByTestId('loss-chart').locator('.chart-frame__plot');

/** How many epochs the loss chart shows now (0 before the first). */
export const epochsShown = async (page: Page) => Number((await lossPlot(page).getAttribute('data-epochs')) ?? '0');

/** Types a value into a number field and leaves it, as the app commits a number on blur. */
export async function setNumber(field: Locator, value: string) {
  await field.fill(value);
  await field.blur();
}

/** Replaces the document with a template, discarding the open one if the app asks. */
export async function chooseTemplate(page: Page, id: string) {
  await page.getByLabel('New from template').selectOption(id);
  // A dirty document may ask before it is replaced.
  const discard = page.getByRole('button', { name: /discard|don.t save|continue/i });
  if (await discard.isVisible().catch(() => false)) await discard.click();
}

/** A menu bar by its accessible name (the main one unless told, e.g. メインメニュー in Japanese). */
export const menubar = (page: Page, name = 'Main menu') => page.getByRole('menubar', { name });

/** A menu's name in a bar (not an item of the same name inside a menu, such as Train → Train). */
export const menuName = (page: Page, group: string, bar = 'Main menu') =>
  menubar(page, bar)
    .locator(':scope > [role="none"] > [role="menuitem"]')
    .filter({ hasText: new RegExp(`^${group}$`) });

/** Opens a menu of the main menu bar by clicking the item of exactly its name, and returns the open menu. */
export async function openMenu(page: Page, group: string): Promise<Locator> {
  await menubar(page).getByRole('menuitem', { name: group, exact: true }).click();
  return page.getByRole('menu', { name: `${group} menu` });
}

/** Runs the item of exactly this label in a menu of the main menu bar. */
export async function menuCommand(page: Page, group: string, label: string) {
  await (await openMenu(page, group)).getByRole('menuitem', { name: label, exact: true }).click();
}

/** Runs the item of exactly this label in the File menu. */
export const fileCommand = (page: Page, label: string) => menuCommand(page, 'File', label);

/** Opens a project file through File → Open… and the browser build's file picker. */
export async function openThroughPicker(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await fileCommand(page, 'Open…');
  await (await chooser).setFiles(file);
}

/** Drags with real mouse moves, in steps, as React Flow's connection and node drags expect. */
export async function dragBetween(page: Page, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** Wires one node's output handle to another's input handle, both found by node label. */
export const connect = (page: Page, source: string, target: string) =>
  dragBetween(page, page.getByTestId(`source-${source}`), page.getByTestId(`target-${target}`));
