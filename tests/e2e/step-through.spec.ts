import { expect, test, type Page } from '@playwright/test';
import { openThroughPicker, training, trainingStatus } from './helpers';

/**
 * The step-through in the browser build: open XOR, train a few epochs, click a point of the decision
 * boundary, step forward to the output and back through backpropagation to the first layer with the
 * engine's numbers on the nodes and wires, then "Apply this step" lowers that sample's loss.
 */

const where = (page: Page) => page.getByTestId('step-where');

/** Clicks points of the boundary in a spiral out from its centre until one picks a sample. */
async function clickAPoint(page: Page) {
  const canvas = page.getByTestId('decision-boundary').locator('canvas');
  const box = (await canvas.boundingBox())!;
  for (let k = 0; k < 40; k++) {
    const r = 0.12 + 0.008 * k;
    const angle = k * 2.4;
    await canvas.click({
      position: { x: box.width * (0.5 + r * Math.cos(angle)), y: box.height * (0.5 + r * Math.sin(angle)) },
    });
    if (await page.getByTestId('step-bar').isVisible()) return;
  }
  throw new Error('no click on the decision boundary picked a sample');
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(training(page)).toBeVisible();
});

test('step one XOR sample forward, through the loss and back, then apply the step: its loss goes down', async ({
  page,
}) => {
  await openThroughPicker(page, 'examples/xor.nnproj');
  await expect(page.getByTestId('node-Hidden 1')).toBeVisible();
  const panel = training(page);
  const epochs = panel.getByLabel('Epochs', { exact: true });
  await epochs.fill('4');
  await epochs.blur();
  await panel.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(trainingStatus(page)).toHaveAttribute('data-status', 'done');

  await clickAPoint(page);
  await expect(page.getByTestId('step-sample')).toContainText(/sample \d+: x = \(/);
  await expect(where(page)).toHaveText('Forward propagation: Input (1 of 7)');
  await expect(page.getByTestId('step-bar')).toContainText('weights after 4 epochs');
  const input = page.getByTestId('step-overlay-in');
  await expect(input.locator('math').first()).toBeVisible(); // KaTeX's MathML, loaded on first use

  // Forward to the hidden layer: each of its 4 units' weighted sum with numbers, then its activation.
  await page.keyboard.press('ArrowRight');
  await expect(where(page)).toHaveText('Forward propagation: Hidden 1 (2 of 7)');
  const hidden = page.getByTestId('step-overlay-h1');
  await expect(hidden).toHaveAttribute('data-step', 'forward');
  await expect(hidden.locator('.step-formula')).toHaveCount(4);
  // The TeX each formula was rendered from (KaTeX keeps it as the MathML annotation), numbers filled in.
  const z1 = await hidden.locator('.step-formula').first().locator('annotation').allTextContents();
  expect(z1[0]).toBe('z_{1} = w_{1,1}\\,x_{1} + w_{2,1}\\,x_{2} + b_{1}, \\quad a_{1} = \\mathrm{ReLU}(z_{1})');
  expect(z1[1]).toMatch(/^z_\{1\} = \(?-?\d.* \\cdot .* = -?\d.*, \\quad a_\{1\} = \\mathrm\{ReLU\}\(-?\d.*\) = \d/);
  // The wire from the input carries the sample's values; the input now shows them in one line.
  await expect(input.locator('.step-summary')).toHaveText(/^a = \(−?\d/);
  await expect(page.locator('.react-flow__edge-text').first()).toHaveText(/^\(−?\d/);

  await page.getByTestId('step-next').click();
  await expect(where(page)).toHaveText('Forward propagation: Output (3 of 7)');
  await expect(page.getByTestId('step-overlay-out')).toContainText('σ');

  await page.keyboard.press('ArrowRight');
  await expect(where(page)).toHaveText('Loss: Output (4 of 7)');
  const loss = Number(await page.getByTestId('step-loss-value').textContent());
  expect(loss).toBeGreaterThan(0);
  await expect(page.getByTestId('step-overlay-out')).toContainText('log');

  // Backpropagation from the output back to the first layer: δ by the chain rule, then ∂L/∂w = δ·x.
  await page.keyboard.press('ArrowRight');
  await expect(where(page)).toHaveText('Backpropagation: Output (5 of 7)');
  await expect(page.getByTestId('step-overlay-out')).toContainText('δ');
  await page.keyboard.press('ArrowRight');
  await expect(where(page)).toHaveText('Backpropagation: Hidden 1 (6 of 7)');
  await expect(hidden).toHaveAttribute('data-step', 'backward');
  await expect(hidden).toContainText('f′');
  await expect(hidden).toContainText('∂L');
  await expect(page.getByTestId('step-overlay-out').locator('.step-summary')).toHaveText(/^δ = −?\d/);

  await page.keyboard.press('ArrowRight');
  await expect(where(page)).toHaveText('Update: Hidden 1 (7 of 7)');
  await expect(hidden).toContainText('β');
  await expect(page.getByTestId('step-next')).toBeDisabled();

  // Back again to the first layer's forward step.
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await expect(where(page)).toHaveText('Forward propagation: Hidden 1 (2 of 7)');

  await page.getByTestId('step-apply').click();
  await expect(page.getByTestId('step-applied')).toBeVisible();
  const before = Number(await page.getByTestId('step-loss-before').textContent());
  const after = Number(await page.getByTestId('step-loss-after').textContent());
  expect(before).toBeCloseTo(loss, 5);
  expect(after).toBeLessThan(before);

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('step-bar')).toHaveCount(0);
  await expect(page.getByTestId('step-overlay-h1')).toHaveCount(0);

  // The inspector writes the same layer as mathematics, with its sizes.
  await page.getByTestId('node-Hidden 1').click();
  const formula = page.getByTestId('inspector').getByRole('region', { name: 'Formula' });
  await expect(formula.locator('math annotation').first()).toHaveText(
    'z_j = \\sum_{i=1}^{2} w_{i,j}\\, x_i + b_j, \\quad a_j = \\mathrm{ReLU}(z_j) \\quad (j = 1, \\ldots, 4)',
  );
});

test('a click on a point of the fitted curve (sine regression) steps through that sample', async ({ page }) => {
  await openThroughPicker(page, 'examples/sine.nnproj');
  const panel = training(page);
  const epochs = panel.getByLabel('Epochs', { exact: true });
  await epochs.fill('2');
  await epochs.blur();
  await panel.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(trainingStatus(page)).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('step-bar')).toHaveCount(0);

  // Once the network's curve is drawn, the chart stops re-rendering with new outputs.
  await expect(page.getByTestId('fitted-curve').locator('[data-points]')).not.toHaveAttribute('data-points', '0');
  const points = page.getByTestId('fitted-curve').locator('.recharts-scatter-symbol .recharts-symbols');
  await expect(points.first()).toBeVisible();
  // Points overlap on a dense curve; the event goes to this one as a click on it would.
  await points.nth(3).dispatchEvent('click');
  await expect(page.getByTestId('step-bar')).toBeVisible();
  await expect(page.getByTestId('step-sample')).toContainText(/sample \d+: x = /);
  await expect(where(page)).toHaveText(/^Forward propagation: /);
});
