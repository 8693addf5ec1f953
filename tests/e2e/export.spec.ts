import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-web';
import { readZip } from '../unit/export/unzip';
import { fileCommand, training } from './helpers';

/**
 * File → Export… in the browser build: after training, the ONNX export arrives as a download (a zip with a
 * folder holding model.onnx and a README), and onnxruntime-web loads the model and runs it on raw inputs.
 */

test('a trained network exports to ONNX as a download that onnxruntime-web runs', async ({ page }, info) => {
  await page.goto('/');
  await expect(training(page)).toBeVisible();
  const epochs = training(page).getByLabel('Epochs', { exact: true });
  await epochs.fill('5');
  await epochs.blur();
  await training(page).getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.locator('.training-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });

  await fileCommand(page, 'Export…');
  const dialog = page.getByRole('dialog', { name: 'Export the network' });
  await expect(dialog.getByText('Keep training in Python')).toBeVisible();
  await dialog.getByRole('radio', { name: /ONNX/ }).check();
  await expect(dialog.getByRole('list', { name: 'Files the export writes' }).locator('li')).toHaveText([
    /^model\.onnx/,
    /^README\.md/,
  ]);
  await expect(dialog.getByRole('combobox', { name: 'Weights' })).toHaveValue(/.+/); // the trained run

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export ONNX' }).click();
  const saved = info.outputPath((await download).suggestedFilename());
  await (await download).saveAs(saved);
  await expect(dialog.getByRole('status')).toContainText('model.onnx, README.md');

  const files = readZip(readFileSync(saved));
  const folder = (await download).suggestedFilename().replace(/\.zip$/, '');
  expect([...files.keys()]).toEqual([`${folder}/model.onnx`, `${folder}/README.md`]);

  ort.env.wasm.numThreads = 1;
  const session = await ort.InferenceSession.create(files.get(`${folder}/model.onnx`)!);
  expect(session.inputNames).toEqual(['features']);
  expect(session.outputNames).toEqual(['probabilities', 'logits']);
  const rows = Float32Array.from([0.5, 0.5, -0.5, 0.5, 0.5, -0.5]);
  const out = await session.run({ features: new ort.Tensor('float32', rows, [3, 2]) });
  const p = out.probabilities.data as Float32Array;
  expect(out.probabilities.dims).toEqual([3, 1]);
  for (const v of p) expect(v > 0 && v < 1).toBe(true);
  // The probabilities are the sigmoid of the logits the same model outputs.
  const z = out.logits.data as Float32Array;
  for (let i = 0; i < 3; i++) expect(p[i]).toBeCloseTo(1 / (1 + Math.exp(-z[i])), 5);
});
