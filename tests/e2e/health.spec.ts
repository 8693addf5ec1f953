import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { chooseTemplate, training } from './helpers';

/**
 * The health panel ("why is it not learning?") in the browser build: a deep ReLU network trained with a far
 * too high learning rate is told, in words, that its ReLUs died and what to do; the link selects that layer;
 * the same words come in Japanese after View → Language.
 */

const health = (page: Page) => page.getByTestId('health-panel');

test('a far too high learning rate on a deep ReLU net: the panel says its ReLUs died and selects the layer', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await chooseTemplate(page, 'deep-mlp');
  await expect(health(page)).toContainText('Train the network to see, per layer and epoch');

  const panel = training(page);
  await panel.getByLabel('Optimizer', { exact: true }).selectOption('sgd');
  const rate = panel.getByLabel('Learning rate', { exact: true });
  await rate.fill('5');
  await rate.blur();
  const epochs = panel.getByLabel('Epochs', { exact: true });
  await epochs.fill('5');
  await epochs.blur();
  await panel.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.locator('.training-status')).toHaveAttribute('data-status', 'done');

  const diagnosis = health(page).getByTestId('health-diagnosis').filter({ hasText: 'ReLUs' }).first();
  await expect(diagnosis).toHaveText(
    /^Layer Dense \d: \d+% of its ReLUs output 0 for every sample, so they no longer learn\. Lower the learning rate, or try Leaky ReLU\. Select Dense \d$/,
  );
  // The charts are drawn once the panel is scrolled into view (not while it is off screen).
  await expect(health(page).locator('.health-charts')).toHaveAttribute('data-drawn', 'false');
  await health(page).getByTestId('health-table').scrollIntoViewIfNeeded();
  await expect(health(page).getByTestId('health-gradients').locator('.chart-frame__plot')).toHaveAttribute(
    'data-epochs',
    '5',
  );
  await expect(health(page).getByTestId('health-table')).toContainText('Epoch 5, per layer');
  await health(page).getByTestId('health-table').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/health-en.png' });

  // The link selects the layer it names: the inspector shows it (by keyboard, as a learner might).
  const layer = /Select (Dense \d)$/.exec((await diagnosis.textContent()) ?? '')![1];
  await diagnosis.getByRole('button', { name: `Select ${layer}` }).focus();
  await page.keyboard.press('Enter');
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText(`Dense: ${layer}`);

  // Its weights: a heat grid (16 inputs × 16 or 8 units), bias bars and the band over the 5 epochs.
  const weights = inspector.getByTestId('weights-view');
  await expect(weights).toContainText('Weights after epoch 5.');
  await expect(weights).toContainText(/Weight matrix: 16 inputs \(rows\) × (16|8) units \(columns\)/);
  await expect(weights.getByTestId('weights-band')).toHaveAttribute('data-epochs', '5');
  await expect(weights.getByTestId('weights-bias').locator('rect')).toHaveCount(layer === 'Dense 3' ? 8 : 16);
  // The colour scale is the 99th percentile of |w| (a few exploded weights would wash out the rest), and says so.
  await expect(weights.getByTestId('weights-scale')).toContainText(
    /^Full colour at ±[\d.e+-]+, the 99th percentile of \|w\|/,
  );
  // A click on the top-left cell shows that weight and its gradient from the last step; the arrow key moves on.
  const grid = weights.getByTestId('weights-grid');
  await grid.click({ position: { x: 2, y: 2 } });
  await expect(weights.getByTestId('weights-cell')).toContainText(/^Weight from input 1 to unit 1: -?[\d.e+-]+/);
  await expect(weights.getByTestId('weights-cell')).toContainText(
    /Its gradient from the last step \(epoch 5, batch 18\): -?[\d.e+-]+/,
  );
  await page.keyboard.press('ArrowRight');
  await expect(weights.getByTestId('weights-cell')).toContainText('Weight from input 1 to unit 2:');
  await page.screenshot({ path: 'test-results/health-inspector-en.png' });

  // View → Language: Japanese. The same diagnosis, in the Japanese catalogue's words.
  const menubar = page.getByRole('menubar', { name: 'Main menu' });
  await menubar
    .locator(':scope > [role="none"] > [role="menuitem"]')
    .filter({ hasText: /^View$/ })
    .click();
  await page.getByRole('menuitem', { name: /日本語/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(health(page).getByRole('heading', { level: 2 })).toContainText('ネットワークの健康状態');
  await expect(health(page).getByTestId('health-diagnosis').filter({ hasText: 'ReLU' }).first()).toContainText(
    new RegExp(
      `^層 ${layer}: ReLU の \\d+% が、どのサンプルに対しても 0 を出力していて、もう学習しません。学習率を下げるか、Leaky ReLU を試してください。`,
    ),
  );
  await health(page).getByTestId('health-table').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/health-ja.png' });
});

test('the health history is saved with the run and shown again when the project is reopened', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await chooseTemplate(page, 'one-hidden');
  const panel = training(page);
  const epochs = panel.getByLabel('Epochs', { exact: true });
  await epochs.fill('6');
  await epochs.blur();
  await panel.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.locator('.training-status')).toHaveAttribute('data-status', 'done');
  await expect(health(page).getByTestId('health-table')).toContainText('Epoch 6, per layer');
  const table = await health(page).getByTestId('health-table').innerText();

  const menubar = page.getByRole('menubar', { name: 'Main menu' });
  const fileCommand = async (label: string) => {
    await menubar.getByRole('menuitem', { name: 'File', exact: true }).click();
    await page.getByRole('menu', { name: 'File menu' }).getByRole('menuitem', { name: label, exact: true }).click();
  };
  const download = page.waitForEvent('download');
  await fileCommand('Save');
  const saved = info.outputPath((await download).suggestedFilename());
  await (await download).saveAs(saved);

  await page.reload();
  await expect(health(page)).toContainText('Train the network to see, per layer and epoch');
  const chooser = page.waitForEvent('filechooser');
  await fileCommand('Open…');
  await (await chooser).setFiles(saved);

  await expect(health(page)).toContainText('From Run 1, saved with the project.');
  await expect.poll(() => health(page).getByTestId('health-table').innerText()).toBe(table);
  await health(page).getByTestId('health-table').scrollIntoViewIfNeeded();
  await expect(health(page).getByTestId('health-gradients').locator('.chart-frame__plot')).toHaveAttribute(
    'data-epochs',
    '6',
  );
  // The inspector shows the saved weights and their band; a saved run has no last step to take a gradient from.
  await page.getByTestId('node-Dense 1').click();
  const weights = page.getByTestId('inspector').getByTestId('weights-view');
  await expect(weights).toContainText('Weights of Run 1, saved with the project.');
  await expect(weights.getByTestId('weights-band')).toHaveAttribute('data-epochs', '6');
  await weights.getByTestId('weights-grid').click({ position: { x: 2, y: 2 } });
  await expect(weights.getByTestId('weights-cell')).toContainText(
    'Its gradient is known only while the run is in the worker',
  );
  await page.screenshot({ path: 'test-results/health-reopened-en.png' });
});

test('an 8-layer sigmoid network: the panel says the first layer gets a tiny share of the gradient, in both languages', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const hidden = Array.from({ length: 7 }, (_, i) => ({
    id: `h${i + 1}`,
    type: 'dense',
    label: `Sigmoid ${i + 1}`,
    position: { x: 140 * (i + 1), y: 120 },
    params: { units: 8, activation: 'sigmoid' },
  }));
  const nodes = [
    { id: 'in', type: 'input', label: 'Input', position: { x: 0, y: 120 }, params: {} },
    ...hidden,
    {
      id: 'out',
      type: 'output',
      label: 'Output',
      position: { x: 1120, y: 120 },
      params: { activation: 'sigmoid', loss: 'binaryCrossEntropy' },
    },
  ];
  const project = {
    format: 'layerwise-project',
    version: 2,
    name: 'Deep sigmoid',
    graph: { nodes, edges: nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: nodes[i].id, target: n.id })) },
    dataset: { kind: 'circle', samples: 400, noise: 0.1, validationSplit: 0.3, seed: 1 },
    training: { optimizer: 'sgd', learningRate: 0.1, batchSize: 16, epochs: 3, seed: 42 },
    runs: [],
  };
  const file = info.outputPath('deep-sigmoid.nnproj');
  writeFileSync(file, JSON.stringify(project));
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('menubar', { name: 'Main menu' }).getByRole('menuitem', { name: 'File', exact: true }).click();
  await page.getByRole('menu', { name: 'File menu' }).getByRole('menuitem', { name: 'Open…', exact: true }).click();
  await (await chooser).setFiles(file);
  await training(page).getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.locator('.training-status')).toHaveAttribute('data-status', 'done');

  const sign = health(page).locator('[data-code="vanishingGradientSquashing"]');
  await expect(sign).toHaveText(
    /^The first layer's \(Sigmoid 1\) gradient norm is [\d.]+% of the last layer's \(Output\): the gradient shrinks at every sigmoid or tanh layer on its way back, so the early layers hardly learn\. Try ReLU, or fewer layers\. Select Sigmoid 1$/,
  );
  await health(page).getByTestId('health-table').scrollIntoViewIfNeeded();
  await expect(health(page).getByTestId('health-gradients')).toBeVisible();
  await page.screenshot({ path: 'test-results/health-vanishing-en.png' });

  const menubar = page.getByRole('menubar', { name: 'Main menu' });
  await menubar
    .locator(':scope > [role="none"] > [role="menuitem"]')
    .filter({ hasText: /^View$/ })
    .click();
  await page.getByRole('menuitem', { name: /日本語/ }).click();
  await expect(sign).toContainText(
    /^最初の層（Sigmoid 1）の勾配ノルムは、最後の層（Output）の [\d.]+% しかありません。/,
  );
  await sign.getByRole('button', { name: 'Sigmoid 1 を選択' }).click();
  const weights = page.getByTestId('inspector').getByTestId('weights-view');
  await expect(weights).toContainText('エポック 3 の後の重みです。');
  await weights.getByTestId('weights-grid').click({ position: { x: 2, y: 2 } });
  await expect(weights.getByTestId('weights-cell')).toContainText(
    /直前のステップ（エポック 3、バッチ 18）での勾配: -?[\d.e+-]+/,
  );
  await weights.getByTestId('weights-cell').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/health-vanishing-ja.png' });
});
