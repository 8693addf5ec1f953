/**
 * Accessibility, checked by axe-core in Chromium: no violations on the main screen, the inspector with a node
 * selected, the training area after a short run, an open menu and the compare dialog, in the light and the
 * dark theme. The
 * theme follows the system setting until the learner picks one, so the test emulates `prefers-color-scheme`.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { training } from './helpers';

/** axe's findings as "rule: selector, selector" lines, so a failure says what and where. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// axe injects its script into the page; the app's Content-Security-Policy would refuse it.
test.use({ bypassCSP: true });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('the main screen, the inspector, the training area after a run, a menu and the compare dialog', async ({
      page,
    }) => {
      await page.goto('/');
      await expect(training(page)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await expect(page.getByTestId('node-Dense 1')).toBeVisible();
      expect(await violations(page), 'main screen').toEqual([]);

      await page.getByTestId('node-Dense 1').click();
      await expect(page.getByTestId('inspector').getByLabel('Units', { exact: true })).toBeVisible();
      expect(await violations(page), 'inspector with a node selected').toEqual([]);

      const panel = training(page);
      await panel.getByLabel('Epochs', { exact: true }).fill('5');
      await panel.getByLabel('Epochs', { exact: true }).blur();
      await panel.getByRole('button', { name: 'Train', exact: true }).click();
      await expect(page.locator('.training-status')).toHaveAttribute('data-status', 'done');
      await expect(page.getByTestId('decision-boundary').locator('.chart-frame__plot')).toHaveAttribute(
        'data-epoch',
        '5',
      );
      expect(await violations(page), 'training area after a run').toEqual([]);

      await page
        .getByRole('menubar', { name: 'Main menu' })
        .getByRole('menuitem', { name: 'Compare', exact: true })
        .click();
      const menu = page.getByRole('menu', { name: 'Compare menu' });
      await expect(menu).toBeVisible();
      expect(await violations(page), 'an open menu').toEqual([]);
      await menu.getByRole('menuitem', { name: 'Compare activation functions' }).click();
      const compare = page.getByRole('dialog', { name: 'Compare' });
      await expect(compare.getByTestId('compare-results')).toHaveAttribute('data-running', 'false', {
        timeout: 60_000,
      });
      expect(await violations(page), 'compare dialog').toEqual([]);
    });
  });
}
