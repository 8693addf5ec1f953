/**
 * docs/lesson-1.png and docs/ja/lesson-1.png: lesson 1 at 1280×800 in English and in Japanese, started from the
 * first-start card, with the glossary entry for "weights" open beside the step, to check by eye that both
 * languages fit the lesson column. (Japanese needs a CJK font on the machine, as for docs/ja/.)
 */
import { expect, test } from '@playwright/test';

for (const [language, path, start, weights] of [
  ['en-US', 'docs/lesson-1.png', 'Start with lesson 1', 'Weights'],
  ['ja-JP', 'docs/ja/lesson-1.png', 'レッスン 1 から始める', '重み'],
] as const) {
  test.describe(path, () => {
    test.use({ locale: language, viewport: { width: 1280, height: 800 } });
    test(`${path}: lesson 1 from the first-start card, with a glossary entry open`, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: start }).click();
      const panel = page.getByTestId('lesson-panel');
      await expect(panel).toBeVisible();
      await panel.getByRole('button', { name: weights, exact: true }).click();
      await expect(page.getByTestId('glossary-panel')).toBeVisible();
      await page.getByTestId('node-Output').click();
      await page.screenshot({ path });
    });
  });
}
