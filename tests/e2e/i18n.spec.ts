import { expect, test, type Page } from '@playwright/test';
import { menubar, menuName } from './helpers';

/**
 * The app in a Japanese browser: the first screen, the menus, the training panel, the loss chart's legend and a
 * compile error on a node are in Japanese; View → Language switches to English at run time and the document and
 * its undo history survive the switch.
 */
test.use({ locale: 'ja-JP' });

const summary = (page: Page) => page.getByTestId('problem-summary');

test('a Japanese browser gets the app in Japanese, and English after View → Language, with undo intact', async ({
  page,
}) => {
  await page.goto('/');
  await expect(menubar(page, 'メインメニュー')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  for (const group of ['ファイル', '編集', '表示', '学習', '比較', 'ヘルプ'])
    await expect(menuName(page, group, 'メインメニュー')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '層のパレット' })).toContainText('全結合 (Dense)');
  await expect(summary(page)).toContainText('学習できます');
  await expect(page.getByRole('region', { name: '学習の設定' }).getByText('学習率')).toBeVisible();
  await expect(page.getByTestId('loss-chart')).toContainText('損失');

  await menuName(page, '編集', 'メインメニュー').click();
  await expect(
    page.getByRole('menu', { name: '編集メニュー' }).getByRole('menuitem', { name: /元に戻す/ }),
  ).toBeVisible();
  await page.keyboard.press('Escape');

  // Deleting the hidden layers cuts the path from input to output: a compile error, worded in Japanese.
  const nodesBefore = await page.locator('.layer-node').count();
  await page.locator('.layer-node.kind-dense').first().click();
  await page.keyboard.press('Delete');
  await expect(page.locator('.layer-node')).toHaveCount(nodesBefore - 1);
  await expect(summary(page)).toContainText('エラー');
  await summary(page).click();
  await expect(page.locator('.problem-summary')).toContainText(/[ぁ-んァ-ン一-龯]/);

  // View → Language: English, without a reload.
  await menuName(page, '表示', 'メインメニュー').click();
  await page.getByRole('menuitem', { name: /English/ }).click();
  await expect(menubar(page, 'Main menu')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(menuName(page, 'File', 'Main menu')).toBeVisible();
  await expect(page.locator('.layer-node')).toHaveCount(nodesBefore - 1);
  await expect(summary(page)).toContainText(/error/);

  // The undo history survived: undo brings the layer back.
  await menuName(page, 'Edit', 'Main menu').click();
  await page.getByRole('menu', { name: 'Edit menu' }).getByRole('menuitem', { name: /^Undo/ }).click();
  await expect(page.locator('.layer-node')).toHaveCount(nodesBefore);
  await expect(summary(page)).toContainText('Ready to train');

  // The choice is remembered across a reload.
  await page.reload();
  await expect(menubar(page, 'Main menu')).toBeVisible();
});
