/**
 * What the learner sees at once on common laptop windows: the minimap stays small, off the nodes and can be
 * collapsed (remembered); a node with a long problem text keeps its size; and the network, the loss chart and
 * the output view of the task are all in view together.
 */
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chooseTemplate } from './helpers';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxes(locator: Locator): Promise<Box[]> {
  const all = await locator.all();
  return (await Promise.all(all.map((l) => l.boundingBox()))).filter((b): b is Box => b !== null);
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
]) {
  test(`at ${viewport.width}×${viewport.height} the minimap is small, covers no node or handle, and collapses`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await chooseTemplate(page, 'deep-mlp');
    await expect(page.getByTestId('node-Dense 3')).toBeVisible();
    const minimap = page.getByTestId('rf__minimap');
    await expect(minimap).toBeVisible();
    // Fitting happens a frame after the template is loaded; wait until the nodes stand still.
    let last = '';
    await expect
      .poll(async () => {
        const now = JSON.stringify(await boxes(page.locator('.react-flow__node')));
        const still = now === last;
        last = now;
        return still;
      })
      .toBe(true);
    const map = (await minimap.boundingBox())!;
    expect(map.width * map.height).toBeLessThanOrEqual(140 * 100);
    for (const box of await boxes(page.locator('.react-flow__node, .react-flow__handle')))
      expect(overlaps(box, map), `a node or handle at ${JSON.stringify(box)} is under the minimap`).toBe(false);

    const toggle = page.getByRole('button', { name: 'Minimap' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(minimap).toHaveCount(0);
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await page.reload();
    await expect(page.getByTestId('node-Input 1')).toBeVisible();
    await expect(page.getByTestId('rf__minimap')).toHaveCount(0);
    await page.getByRole('button', { name: 'Minimap' }).click();
    await expect(page.getByTestId('rf__minimap')).toBeVisible();
  });
}

/** Opens one of the shipped examples through the browser build's file picker (Ctrl+O). */
async function openExample(page: Page, name: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.locator('body').press('Control+o');
  await (await chooser).setFiles(path.join('examples', name));
  await expect(page.getByTestId('status-message')).toContainText(`Opened ${name}`);
}

/** Fully inside the window: the learner sees all of it without scrolling anything. */
async function expectWhollyInView(page: Page, locator: Locator, what: string) {
  const box = await locator.boundingBox();
  const view = page.viewportSize()!;
  expect(box, `${what} is on the page`).not.toBeNull();
  expect(box!.width, `${what} has a width`).toBeGreaterThan(150);
  expect(box!.height, `${what} has a height`).toBeGreaterThan(150);
  expect(box!.x, `${what} starts inside the window`).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what} ends inside the window's width`).toBeLessThanOrEqual(view.width);
  expect(box!.y + box!.height, `${what} ends above the window's bottom`).toBeLessThanOrEqual(view.height);
  // Nothing of it is scrolled away or clipped inside its own scrolling area either.
  await expect(locator, `${what} is in view`).toBeInViewport({ ratio: 0.99 });
}

const outputViews = [
  { example: 'spiral-activations.nnproj', output: 'decision-boundary', what: 'the decision boundary' },
  { example: 'sine.nnproj', output: 'fitted-curve', what: 'the fitted curve' },
  { example: 'iris.nnproj', output: 'confusion-matrix', what: 'the confusion matrix' },
];

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
]) {
  for (const { example, output, what } of outputViews) {
    test(`at ${viewport.width}×${viewport.height}, ${example}: the network, the loss chart and ${what} are in view together`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto('/');
      await openExample(page, example);
      const panel = page.getByRole('region', { name: 'Training', exact: true });
      await panel.getByLabel('Epochs', { exact: true }).fill('3');
      await panel.getByLabel('Epochs', { exact: true }).blur();
      await panel.getByRole('button', { name: 'Train', exact: true }).click();
      await expect(page.locator('.training-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
      await expect(page.getByTestId('loss-chart').locator('.chart-frame__plot')).toHaveAttribute('data-epochs', '3');

      const nodes = page.locator('.react-flow__node');
      expect(await nodes.count()).toBeGreaterThan(2);
      for (const node of await nodes.all()) await expect(node).toBeInViewport({ ratio: 0.99 });
      await expectWhollyInView(page, page.getByTestId('loss-chart'), 'the loss chart');
      await expectWhollyInView(page, page.getByTestId(output), what);
      if (output === 'confusion-matrix') {
        // Every column of the matrix, the last one included, is inside the chart's frame.
        const frame = (await page.getByTestId(output).boundingBox())!;
        const cells = await boxes(page.getByTestId(output).locator('svg rect title').locator('..'));
        expect(cells.length).toBe(9);
        for (const cell of cells) expect(cell.x + cell.width).toBeLessThanOrEqual(frame.x + frame.width);
      }
    });
  }
}

test('the training settings fold away to give the views their width, and stay folded after a reload', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const panel = page.getByRole('region', { name: 'Training', exact: true });
  const loss = page.getByTestId('loss-chart');
  await expect(loss).toBeVisible();
  // The views share the row once the data is ready: the accuracy chart and the boundary join the loss chart.
  await expect(page.getByTestId('accuracy-chart')).toBeVisible();
  await expect(page.getByTestId('decision-boundary')).toBeVisible();
  const wide = (await loss.boundingBox())!.width;
  await panel.getByRole('button', { name: 'Hide settings' }).click();
  await expect(panel.getByLabel('Epochs', { exact: true })).toBeHidden();
  await expect(panel.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
  await expect.poll(async () => (await loss.boundingBox())!.width).toBeGreaterThan(wide + 30);
  await page.reload();
  await expect(panel.getByRole('button', { name: 'Settings' })).toHaveAttribute('aria-expanded', 'false');
  await panel.getByRole('button', { name: 'Settings' }).click();
  await expect(panel.getByLabel('Epochs', { exact: true })).toBeVisible();
});

test('a node with a long problem keeps its size: a badge on its corner, the text on hover, focus and in the status bar', async ({
  page,
}) => {
  await page.goto('/');
  const output = page.getByTestId('node-Output 1');
  await expect(output).toBeVisible();
  const before = (await output.boundingBox())!;
  // Without the edge into it, the output layer has no input: the compiler's message is a long sentence.
  await page.getByTestId('rf__edge-e-dense-1-output-1').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  const problems = page.getByTestId('problems-Output 1');
  await expect(problems).toBeVisible();
  // Hidden tooltips are left out of role queries, so it is found by its role attribute.
  const tip = problems.locator('[role="tooltip"]');
  const message = (await tip.textContent())!;
  expect(message.length).toBeGreaterThan(60);

  const after = (await output.boundingBox())!;
  expect(Math.abs(after.width - before.width)).toBeLessThan(2);
  expect(Math.abs(after.height - before.height)).toBeLessThan(2);
  const dense = (await page.getByTestId('node-Dense 1').boundingBox())!;
  expect(overlaps(after, dense)).toBe(false);

  // The text is hidden until asked for: hover shows it, and so does keyboard focus on the badge.
  const badge = problems.getByRole('button', { name: /problem.* on Output 1/ });
  await expect(tip).toBeHidden();
  await badge.hover();
  await expect(tip).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(tip).toBeHidden();
  await badge.focus();
  await expect(tip).toBeVisible();
  await expect(badge).toHaveAccessibleDescription(
    new RegExp(message.slice(-30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );

  // Selected, the node's problems are spelled out in the status bar under the canvas.
  await output.click({ position: { x: 20, y: 10 } });
  await expect(page.getByTestId('selected-node-problems')).toContainText(
    `Output 1: ${message.replace(/^(Error|Warning): /, '')}`,
  );
});
