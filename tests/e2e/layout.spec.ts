/**
 * The splitter between the canvas and the training area, in the browser build at 1440×900: by default the
 * loss chart shows whole; the keyboard (arrows, Home/End, Enter) and the mouse resize the training area; React
 * Flow follows its container; the size survives a reload, and a stored value that makes no sense is ignored.
 */
import { expect, test, type Page } from '@playwright/test';
import { training } from './helpers';

const splitter = (page: Page) => page.getByRole('separator', { name: 'Resize the training area' });
const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;
const share = async (page: Page) => Number(await splitter(page).getAttribute('aria-valuenow'));

/** The canvas and React Flow's own element have the same height: React Flow noticed its container resize. */
async function expectFlowFillsCanvas(page: Page) {
  await expect
    .poll(async () => Math.abs((await box(page, '.canvas')).height - (await box(page, '.react-flow')).height))
    .toBeLessThan(1);
  await expect(page.getByTestId('node-Input 1')).toBeInViewport();
}

test('the splitter resizes the training area from the keyboard and the mouse, and is remembered', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('node-Input 1')).toBeVisible();
  const bar = splitter(page);
  await expect(bar).toHaveAttribute('aria-orientation', 'horizontal');
  await expect(bar).toHaveAttribute('aria-valuemin', '20');
  await expect(bar).toHaveAttribute('aria-valuemax', '80');
  await expect(bar).toHaveAttribute('aria-valuenow', '50');
  await expect(bar).toHaveAttribute('aria-controls', /.+/);

  // At the default share the loss chart shows whole, without scrolling the training area.
  const area = await training(page).boundingBox();
  const loss = await page.getByTestId('loss-chart').boundingBox();
  expect(loss!.y).toBeGreaterThanOrEqual(area!.y);
  expect(loss!.y + loss!.height).toBeLessThanOrEqual(area!.y + area!.height);
  expect(await training(page).evaluate((el) => el.scrollTop)).toBe(0);

  // Three presses of ArrowUp: 15 points more, and a taller training area and a shorter canvas.
  const split = await box(page, '.split');
  const before = (await training(page).boundingBox())!.height;
  const canvasBefore = (await box(page, '.canvas')).height;
  await bar.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
  await expect(bar).toHaveAttribute('aria-valuenow', '65');
  const after = (await training(page).boundingBox())!.height;
  expect(after - before).toBeCloseTo(split.height * 0.15, -1);
  expect((await box(page, '.canvas')).height).toBeLessThan(canvasBefore - 100);
  await expectFlowFillsCanvas(page);

  // Home and End go to the edges; Enter maximises and then puts back the size before it.
  await page.keyboard.press('Home');
  await expect(bar).toHaveAttribute('aria-valuenow', '20');
  await page.keyboard.press('End');
  await expect(bar).toHaveAttribute('aria-valuenow', '80');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(bar).toHaveAttribute('aria-valuenow', '70');
  await page.keyboard.press('Enter');
  await expect(bar).toHaveAttribute('aria-valuenow', '80');
  await page.keyboard.press('Enter');
  await expect(bar).toHaveAttribute('aria-valuenow', '70');

  // Drag the bar 120px down with the mouse: the training area loses those 120px, the canvas gains them.
  const grip = (await bar.boundingBox())!;
  const startHeight = (await training(page).boundingBox())!.height;
  const x = grip.x + grip.width / 3;
  const y = grip.y + grip.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + 120, { steps: 8 });
  await page.mouse.up();
  const dragged = (await training(page).boundingBox())!.height;
  expect(startHeight - dragged).toBeCloseTo(120, -1);
  const draggedShare = await share(page);
  expect(draggedShare).toBeCloseTo(70 - (120 / split.height) * 100, 0);
  await expect(bar).toBeFocused();
  await expectFlowFillsCanvas(page);

  // The size survives a reload.
  await page.reload();
  await expect(page.getByTestId('node-Input 1')).toBeVisible();
  await expect(splitter(page)).toHaveAttribute('aria-valuenow', String(draggedShare));
  expect((await training(page).boundingBox())!.height).toBeCloseTo(dragged, 0);
  await expectFlowFillsCanvas(page);
});

test('a stored share that is not a number in range gives the default', async ({ page }) => {
  await page.goto('/');
  for (const stored of ['not a number', '95', '-3']) {
    await page.evaluate((value) => localStorage.setItem('layerwise.layout.trainingShare', value), stored);
    await page.reload();
    await expect(splitter(page), `stored ${stored}`).toHaveAttribute('aria-valuenow', '50');
  }
  await page.evaluate(() => localStorage.setItem('layerwise.layout.trainingShare', '30'));
  await page.reload();
  await expect(splitter(page)).toHaveAttribute('aria-valuenow', '30');
});
