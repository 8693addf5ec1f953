/**
 * The README's pictures: the editor with a node selected, the training view after the Deep MLP learned the
 * spiral, and the comparison of four activation functions. Each waits for what it shows to be drawn.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

const training = (page: Page) => page.getByRole('region', { name: 'Training', exact: true });

async function setNumber(field: Locator, value: string) {
  await field.fill(value);
  await field.blur();
}

/** The Deep MLP template on the spiral: the network the README's pictures show learning. */
async function deepMlpOnSpiral(page: Page, epochs: string) {
  await page.goto('/');
  await expect(training(page)).toBeVisible();
  await page.getByLabel('New from template').selectOption('deep-mlp');
  await expect(page.getByTestId('node-Dense 3')).toBeVisible();
  await training(page).getByLabel('Dataset', { exact: true }).selectOption('spiral');
  await expect(page.getByTestId('data-scatter')).toBeVisible();
  await setNumber(training(page).getByLabel('Learning rate', { exact: true }), '0.01');
  await setNumber(training(page).getByLabel('Epochs', { exact: true }), epochs);
}

test.use({ viewport: { width: 1440, height: 900 } });

test('docs/editor.png: the network editor with a layer selected', async ({ page }) => {
  await deepMlpOnSpiral(page, '150');
  await page.getByTestId('node-Dense 2').click();
  await expect(page.getByTestId('inspector').getByLabel('Units', { exact: true })).toBeVisible();
  await page.screenshot({ path: 'docs/editor.png' });
});

test('docs/training.png: the network, the loss and the decision boundary after 150 epochs', async ({ page }) => {
  await deepMlpOnSpiral(page, '150');
  await training(page).getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.locator('.training-status')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await expect(page.getByTestId('decision-boundary').locator('.chart-frame__plot')).toHaveAttribute(
    'data-epoch',
    '150',
  );
  for (const id of ['loss-chart', 'decision-boundary']) await expect(page.getByTestId(id)).toBeInViewport();
  await page.screenshot({ path: 'docs/training.png' });
});

test('docs/compare.png: four activation functions side by side', async ({ page }) => {
  await deepMlpOnSpiral(page, '150');
  await page
    .getByRole('menubar', { name: 'Main menu' })
    .getByRole('menuitem', { name: 'Compare', exact: true })
    .click();
  await page
    .getByRole('menu', { name: 'Compare menu' })
    .getByRole('menuitem', { name: 'Compare activation functions' })
    .click();
  const view = page.getByRole('dialog', { name: 'Compare' });
  await expect(view.getByTestId('compare-results')).toHaveAttribute('data-running', 'false', { timeout: 100_000 });
  await expect(view.getByTestId('compare-output').locator('canvas')).toHaveCount(4);
  // Tall enough for the whole view: chart, boundaries and table.
  await page.setViewportSize({ width: 1440, height: 1160 });
  await view.screenshot({ path: 'docs/compare.png' });
});
