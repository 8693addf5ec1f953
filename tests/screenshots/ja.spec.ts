/**
 * docs/ja/: the app in a Japanese browser at 1280×800 (the size learners' laptops have), to check by eye that
 * the Japanese fits: the first screen, the Edit menu, the inspector, a compile error on a node, the training
 * panel and its charts after a short run, the compare dialog and a finished comparison. The machine that takes them needs a Japanese font (Debian: `fonts-noto-cjk`), or the pictures show
 * empty boxes instead of kana and kanji.
 */
import { expect, test, type Page } from '@playwright/test';

test.use({ locale: 'ja-JP', viewport: { width: 1280, height: 800 } });

const bar = (page: Page) => page.getByRole('menubar', { name: 'メインメニュー' });
const menuName = (page: Page, group: string) =>
  bar(page)
    .locator(':scope > [role="none"] > [role="menuitem"]')
    .filter({ hasText: new RegExp(`^${group}$`) });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(bar(page)).toBeVisible();
});

test('docs/ja/first-screen.png', async ({ page }) => {
  await expect(page.getByTestId('problem-summary')).toContainText('学習できます');
  await page.screenshot({ path: 'docs/ja/first-screen.png' });
});

test('docs/ja/menus.png: the Edit menu', async ({ page }) => {
  await menuName(page, '編集').click();
  await expect(page.getByRole('menu', { name: '編集メニュー' })).toBeVisible();
  await page.screenshot({ path: 'docs/ja/menus.png' });
});

test('docs/ja/compile-error.png: a layer deleted, the path from input to output cut', async ({ page }) => {
  await page.locator('.layer-node.kind-dense').first().click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('problem-summary')).toContainText('エラー');
  await page.getByTestId('problem-summary').click();
  await page.locator('.layer-node.kind-output').first().click();
  await page.screenshot({ path: 'docs/ja/compile-error.png' });
});

test('docs/ja/training.png: the training panel and the loss chart after a short run', async ({ page }) => {
  const epochs = page.getByRole('region', { name: '学習の設定' }).getByLabel('エポック数', { exact: true });
  await epochs.fill('30');
  await epochs.blur();
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.training-status')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await page.screenshot({ path: 'docs/ja/training.png' });
});

test('docs/ja/inspector.png: a dense layer selected', async ({ page }) => {
  await page.locator('.layer-node.kind-dense').first().click();
  await expect(page.getByTestId('inspector')).toContainText('何を計算するか');
  await page.screenshot({ path: 'docs/ja/inspector.png' });
});

test('docs/ja/charts.png: the loss chart and the decision boundary with their legends', async ({ page }) => {
  const epochs = page.getByRole('region', { name: '学習の設定' }).getByLabel('エポック数', { exact: true });
  await epochs.fill('20');
  await epochs.blur();
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.training-status')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  const charts = page.locator('.training-area');
  await expect(charts).toContainText('訓練損失');
  await charts.screenshot({ path: 'docs/ja/charts.png' });
});

test('docs/ja/compare.png: the compare dialog, a new comparison', async ({ page }) => {
  await menuName(page, '比較').click();
  await page.getByRole('menu', { name: '比較メニュー' }).getByRole('menuitem', { name: '比較…' }).click();
  await expect(page.getByRole('dialog', { name: '比較' })).toContainText('比較するパラメータ');
  await page.screenshot({ path: 'docs/ja/compare.png' });
});

test('docs/ja/compare-results.png: four activation functions compared, titled and labelled in Japanese', async ({
  page,
}) => {
  const epochs = page.getByRole('region', { name: '学習の設定' }).getByLabel('エポック数', { exact: true });
  await epochs.fill('60');
  await epochs.blur();
  await menuName(page, '比較').click();
  await page.getByRole('menu', { name: '比較メニュー' }).getByRole('menuitem', { name: '活性化関数を比較' }).click();
  const view = page.getByRole('dialog', { name: '比較' });
  await expect(view.getByTestId('compare-results')).toHaveAttribute('data-running', 'false', { timeout: 100_000 });
  await expect(
    view.getByRole('heading', { name: /^すべての隠れ層の活性化関数: sigmoid、tanh、ReLU、Leaky ReLU$/ }),
  ).toBeVisible();
  await page.screenshot({ path: 'docs/ja/compare-results.png' });
});
