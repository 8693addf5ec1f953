import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { JAPANESE, menubar, menuName } from './helpers';

/**
 * Chromium started in Japanese (`--lang=ja`, locale ja-JP): the inspector, the loss chart's legend and the
 * compare dialog are in Japanese too, and switching to English at run time changes them while the open
 * comparison's document stays. And at 1280×800, in Japanese and in English, no labelled control, button,
 * heading or menu item is wider than its box.
 */
test.use({
  locale: 'ja-JP',
  viewport: { width: 1280, height: 800 },
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--lang=ja'],
  },
});

async function fileCommand(page: Page, label: string) {
  await menubar(page, 'メインメニュー').getByRole('menuitem', { name: 'ファイル', exact: true }).click();
  await page
    .getByRole('menu', { name: 'ファイルメニュー' })
    .getByRole('menuitem', { name: label, exact: true })
    .click();
}

test('the first document is named in the language chosen at start', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('隠れ層1つ — Layerwise');
});

test('the inspector, the loss legend and the compare dialog are in Japanese, then in English', async ({ page }) => {
  await page.goto('/');
  await expect(menubar(page, 'メインメニュー')).toBeVisible();
  expect(await page.evaluate(() => navigator.language)).toMatch(/^ja/);

  await page.locator('.layer-node.kind-dense').first().click();
  const inspector = page.getByTestId('inspector');
  await expect(inspector).toHaveAttribute('aria-label', 'インスペクター');
  await expect(inspector).toContainText('ユニット数');
  await expect(inspector).toContainText('何を計算するか');
  await expect(page.getByTestId('loss-chart')).toContainText('訓練損失');
  await expect(page.getByTestId('loss-chart')).toContainText('検証損失');

  await menuName(page, '比較', 'メインメニュー').click();
  await page.getByRole('menu', { name: '比較メニュー' }).getByRole('menuitem', { name: '比較…' }).click();
  const dialog = page.getByRole('dialog', { name: '比較' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: '新しい比較…' })).toBeVisible();
  await expect(dialog.getByLabel('比較するパラメータ')).toContainText('すべての隠れ層の活性化関数');
  await expect(dialog.getByRole('button', { name: '閉じる' })).toBeVisible();
  await dialog.getByRole('button', { name: '閉じる' }).click();

  await menuName(page, '表示', 'メインメニュー').click();
  await page.getByRole('menuitem', { name: /English/ }).click();
  await expect(menubar(page, 'Main menu')).toBeVisible();
  await expect(inspector).toHaveAttribute('aria-label', 'Inspector');
  await expect(inspector).toContainText('What it computes');
  await expect(page.getByTestId('loss-chart')).toContainText('training loss');
  await menuName(page, 'Compare', 'Main menu').click();
  await page.getByRole('menu', { name: 'Compare menu' }).getByRole('menuitem', { name: 'Compare…' }).click();
  await expect(page.getByRole('dialog', { name: 'Compare' }).getByLabel('Parameter to compare')).toContainText(
    'Activation of all hidden layers',
  );
});

/**
 * Every visible labelled control, button, heading and menu item whose content is wider than its box. A box
 * that scrolls on purpose (overflow auto or scroll) is not one; a box that clips or cuts its text with an
 * ellipsis is. One pixel of slack absorbs sub-pixel rounding.
 */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'button, label, h1, h2, h3, legend, th, [role="menuitem"], [role="tab"], select, option';
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.closest('.react-flow__minimap')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || el.tagName === 'OPTION') continue;
      const style = getComputedStyle(el);
      if (style.overflowX === 'auto' || style.overflowX === 'scroll' || style.visibility === 'hidden') continue;
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
        out.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" ${el.scrollWidth}>${el.clientWidth}`,
        );
    }
    return out;
  });
}

async function overflowEverywhere(page: Page, barName: string): Promise<string[]> {
  const found = await overflowing(page);
  const groups = menubar(page, barName).locator(':scope > [role="none"] > [role="menuitem"]');
  for (let i = 0; i < (await groups.count()); i++) {
    await groups.nth(i).click();
    await expect(page.getByRole('menu').first()).toBeVisible();
    found.push(...(await overflowing(page)));
    await page.keyboard.press('Escape');
  }
  return found;
}

test('nothing overflows its box at 1280×800, in Japanese and in English', async ({ page }) => {
  await page.goto('/');
  await expect(menubar(page, 'メインメニュー')).toBeVisible();
  await page.locator('.layer-node.kind-dense').first().click();
  expect(await page.locator('body').innerText()).toMatch(JAPANESE);
  expect(await overflowEverywhere(page, 'メインメニュー')).toEqual([]);

  await menuName(page, '表示', 'メインメニュー').click();
  await page.getByRole('menuitem', { name: /English/ }).click();
  await expect(menubar(page, 'Main menu')).toBeVisible();
  expect(await overflowEverywhere(page, 'Main menu')).toEqual([]);
});

test('a CSV with Japanese headers and values loads, its columns are picked, it trains, and the names survive save and reopen', async ({
  page,
}, info) => {
  await page.goto('/');
  const panel = page.getByRole('region', { name: '学習', exact: true });
  await panel.getByLabel('データセット', { exact: true }).selectOption('csv');
  await panel.getByLabel('CSV ファイル').setInputFiles('tests/fixtures/japanese-csv/体格.csv');
  await expect(panel.getByText('体格.csv を読み込みました（UTF-8）。')).toBeVisible();
  const features = panel.getByRole('group', { name: '特徴量の列' });
  await expect(features.getByLabel('身長')).toBeChecked();
  await expect(features.getByLabel('体重')).toBeChecked();
  await expect(panel.getByLabel('目的変数の列')).toHaveValue('種類');
  await expect(panel.getByRole('table', { name: /CSV の 80 行/ })).toContainText('子ども');
  await expect(panel.getByText('訓練 56 件、検証 24 件のサンプル、特徴量 2 個、2 クラス。')).toBeVisible();

  const epochs = panel.getByLabel('エポック数', { exact: true });
  await epochs.fill('15');
  await epochs.blur();
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.training-status')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
  await expect(page.locator('.training-status')).toContainText('15 エポック学習しました。');

  // A column left out is saved by its Japanese name (the chosen columns are written only when they are not the
  // default, every column but the last); opened again after a reload, the pickers show the same choice.
  await features.getByLabel('体重').uncheck();
  const download = page.waitForEvent('download');
  await fileCommand(page, '保存');
  const saved = info.outputPath((await download).suggestedFilename());
  await (await download).saveAs(saved);
  const project = JSON.parse(readFileSync(saved, 'utf8'));
  expect(project.dataset).toMatchObject({ kind: 'csv', features: ['身長'] });
  expect(project.dataset.text).toMatch(/^身長,体重,種類\n/);

  await page.reload();
  await expect(panel).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await fileCommand(page, '開く…');
  await (await chooser).setFiles(saved);
  await expect(page).toHaveTitle(new RegExp(`${path.basename(saved)} — Layerwise$`));
  await expect(panel.getByLabel('データセット', { exact: true })).toHaveValue('csv');
  await expect(features.getByLabel('身長')).toBeChecked();
  await expect(features.getByLabel('体重')).not.toBeChecked();
  await expect(panel.getByLabel('目的変数の列')).toHaveValue('種類');
});

test('a project file with schema errors is refused in Japanese, with the path, the node and the value', async ({
  page,
}) => {
  await page.goto('/');
  await expect(menubar(page, 'メインメニュー')).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  await (await chooser).setFiles('tests/fixtures/projects/schema-errors.nnproj');
  const alert = page.getByRole('alertdialog', { name: 'schema-errors.nnproj を開けませんでした' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(
    'schema-errors.nnproj: graph.nodes[2].params.units（ノード "h2"）: 1 から 4096 までの整数にしてください（実際の値: 0）。',
  );
  await expect(alert).toContainText(
    'graph.nodes[4].params.loss（ノード "out"）: この項目がありません（mse, binaryCrossEntropy, crossEntropy のどれかにしてください）。',
  );
  await expect(alert).not.toContainText(/must be|found|missing/);
  await alert.getByRole('button', { name: 'OK' }).click();
  await expect(page).toHaveTitle('隠れ層1つ — Layerwise');
});

test("a node's problems take one line each in the status bar, the whole sentence as a tooltip", async ({ page }) => {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  await (await chooser).setFiles('tests/fixtures/projects/cycle-ja.nnproj');
  await page.locator('.layer-node.kind-dense').first().click();
  const lines = page.getByTestId('selected-node-problems').locator('span');
  const measure = () =>
    page.evaluate(() => {
      const bar = document.querySelector<HTMLElement>('.status-bar')!.getBoundingClientRect();
      const area = document.querySelector<HTMLElement>('.editor-area')!.getBoundingClientRect();
      const spans = [...document.querySelectorAll<HTMLElement>('[data-testid="selected-node-problems"] span')];
      return {
        barHeight: bar.height,
        insideArea: bar.left >= area.left - 1 && bar.right <= area.right + 1,
        lines: spans.map((s) => ({
          height: s.getBoundingClientRect().height,
          lineHeight: parseFloat(getComputedStyle(s).lineHeight),
          cut: s.scrollWidth > s.clientWidth,
          titled: s.title === s.textContent,
        })),
      };
    });
  for (const language of ['ja', 'en']) {
    await expect(lines).toHaveCount(2);
    await expect(lines.first()).toContainText(language === 'ja' ? 'グラフに循環があります' : 'The graph has a cycle');
    const m = await measure();
    expect(m.insideArea).toBe(true);
    expect(m.barHeight).toBeLessThan(70);
    for (const line of m.lines) {
      expect(line.height).toBeLessThan(line.lineHeight * 1.5);
      expect(line.titled).toBe(true);
    }
    expect(m.lines.some((line) => line.cut)).toBe(true);
    if (language === 'ja') {
      await menuName(page, '表示', 'メインメニュー').click();
      await page.getByRole('menuitem', { name: /English/ }).click();
      await expect(menubar(page, 'Main menu')).toBeVisible();
    }
  }
});
