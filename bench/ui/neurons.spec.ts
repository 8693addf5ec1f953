/**
 * `npm run bench:ui -- neurons`: a 2-8-8-1 net trains on XOR with every neuron shown (tiles of the three
 * layers and the weight lines between them), and with none, for comparison (issue 14: no main-thread task
 * over 50 ms with all neurons shown). The figures are printed, not asserted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { measure, report } from './measure';

const MEASURE_MS = Number(process.env.BENCH_UI_SECONDS ?? 15) * 1000;
const training = (page: Page) => page.getByRole('region', { name: 'Training', exact: true });
const status = (page: Page) => page.locator('.training-status');

/** The XOR example with two hidden layers of 8 tanh units, and more epochs than the measurement trains. */
function netFile(path: string): string {
  const project = JSON.parse(readFileSync('examples/xor.nnproj', 'utf8')) as Record<string, unknown>;
  const dense = (id: string, label: string, x: number) => ({
    id,
    type: 'dense',
    label,
    position: { x, y: 60 },
    params: { units: 8, activation: 'tanh' },
  });
  project.name = '2-8-8-1 on XOR';
  project.graph = {
    nodes: [
      { id: 'in', type: 'input', label: 'Input', position: { x: 0, y: 120 }, params: {} },
      dense('h1', 'Hidden 1', 240),
      dense('h2', 'Hidden 2', 520),
      {
        id: 'out',
        type: 'output',
        label: 'Output',
        position: { x: 800, y: 120 },
        params: { activation: 'sigmoid', loss: 'binaryCrossEntropy' },
      },
    ],
    edges: [
      { id: 'e1', source: 'in', target: 'h1' },
      { id: 'e2', source: 'h1', target: 'h2' },
      { id: 'e3', source: 'h2', target: 'out' },
    ],
  };
  project.training = { ...(project.training as object), epochs: 100000 };
  writeFileSync(path, JSON.stringify(project));
  return path;
}

for (const shown of [false, true]) {
  test(`2-8-8-1 with ${shown ? 'all' : 'no'} neurons shown`, async ({ page, browser }, info) => {
    await page.goto('/');
    await expect(training(page)).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    const menu = page.getByRole('menubar', { name: 'Main menu' });
    await menu.getByRole('menuitem', { name: 'File', exact: true }).click();
    await page.getByRole('menu', { name: 'File menu' }).getByRole('menuitem', { name: 'Open…', exact: true }).click();
    await (await chooser).setFiles(netFile(info.outputPath('net.nnproj')));
    await expect(page.getByTestId('node-Hidden 2')).toBeVisible();
    if (shown) {
      await menu.getByRole('menuitem', { name: 'View', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Show or hide all neurons' }).click();
    }
    const figures = await measure(browser, page, '[data-testid="loss-chart"] .chart-frame__plot', async () => {
      await training(page).getByRole('button', { name: 'Train', exact: true }).click();
      await expect(page.locator('canvas[data-testid^="neuron-Hidden 2-"]')).toHaveCount(shown ? 8 : 0);
      await page.waitForTimeout(MEASURE_MS);
    });
    await training(page).getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(status(page)).toHaveAttribute('data-status', 'done');
    console.log(report(`2-8-8-1 on XOR, ${shown ? 'all neurons shown' : 'no neurons shown'}`, figures));
  });
}
