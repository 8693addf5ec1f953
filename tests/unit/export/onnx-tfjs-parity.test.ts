/**
 * ONNX and TF.js exports compute what the engine computes: for every example project, trained briefly, and
 * for seeded random networks with Add and Concat, the exported model's outputs on the raw validation rows
 * equal the engine's on its standardized rows, to 1e-5 relative (values under 1 in size: 1e-5 absolute,
 * since float32 kernels with other summation orders cannot promise more near zero).
 */
import * as ort from 'onnxruntime-web';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { onnxModelBytes, ONNX_INPUT_NAME, ONNX_LOGITS_NAME, onnxOutputName } from '../../../src/export/onnx/model';
import { buildExportSource, type ExportSource } from '../../../src/export/source';
import { tfjsFiles } from '../../../src/export/tfjs';
import { fileBytes } from '../../../src/export/types';
import { prepareData } from '../../../src/engine/data';
import { predictBatch } from '../../../src/engine/inspect';
import { createRunModel } from '../../../src/engine/train/setup';
import { randomProject } from './random-graphs';
import { EXAMPLES, closeness, loadProjectFile, trainBriefly } from './helpers';

beforeAll(async () => {
  ort.env.wasm.numThreads = 1;
  await tf.setBackend('cpu');
});

export async function runOnnx(
  bytes: Uint8Array,
  source: ExportSource,
  output = onnxOutputName(source),
): Promise<Float32Array> {
  const session = await ort.InferenceSession.create(bytes);
  const v = source.rows.validation;
  const input = new ort.Tensor('float32', v.x.slice(), [v.n, v.features]);
  const result = await session.run({ [ONNX_INPUT_NAME]: input });
  return result[output].data as Float32Array;
}

export async function runTfjs(source: ExportSource): Promise<Float32Array> {
  const files = tfjsFiles(source, 'test');
  const json = JSON.parse(fileBytesText(files[0]));
  const bin = fileBytes(files[1]);
  const model = await tfl.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: json.modelTopology,
      weightSpecs: json.weightsManifest[0].weights,
      weightData: bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength),
    }),
  );
  const v = source.rows.validation;
  const out = model.predict(tf.tensor2d(v.x, [v.n, v.features])) as tf.Tensor;
  return out.dataSync() as Float32Array;
}

function fileBytesText(file: Parameters<typeof fileBytes>[0]): string {
  return new TextDecoder().decode(fileBytes(file));
}

describe.each(EXAMPLES)('examples/%s.nnproj trained for 3 epochs', (name) => {
  const trained = trainBriefly(loadProjectFile(`examples/${name}.nnproj`), 3);
  const source = buildExportSource(trained.project, trained.project.runs[0], trained.resources);

  it('ONNX gives the engine’s outputs (and logits) on the raw validation rows', async () => {
    const bytes = onnxModelBytes(source, 'test');
    expect(source.rows.validation.n).toBeGreaterThan(0);
    expect(closeness(await runOnnx(bytes, source), trained.expected)).toBeLessThan(1e-5);
    if (source.plan.outputActivation !== 'linear') {
      expect(closeness(await runOnnx(bytes, source, ONNX_LOGITS_NAME), trained.expectedLogits)).toBeLessThan(1e-5);
    }
  });

  it('TF.js gives the engine’s outputs on the raw validation rows', async () => {
    expect(closeness(await runTfjs(source), trained.expected)).toBeLessThan(1e-5);
  });
});

describe.each(Array.from({ length: 12 }, (_, k) => k))('random network %i with add and concat', (k) => {
  const project = randomProject(k);
  const source = buildExportSource(project, null);
  const model = createRunModel(source.plan, source.training);
  const v = prepareData(source.dataset).split.validation;
  const expected = predictBatch(model, v.x, v.n);
  const types = source.plan.order.map((id) => source.plan.nodes[id]);
  const gelu = types.find((n) => 'activation' in n.params && n.params.activation === 'gelu');

  it('ONNX gives the engine’s outputs on the validation rows (initial weights)', async () => {
    expect(types.map((n) => n.type)).toEqual(expect.arrayContaining(['add', 'concat']));
    const onnx = await runOnnx(onnxModelBytes(source, 'test'), source);
    expect(closeness(onnx, expected)).toBeLessThan(1e-5);
  });

  it(gelu ? 'TF.js refuses the GELU layer by name' : 'TF.js gives the engine’s outputs', async () => {
    if (gelu) {
      expect(() => tfjsFiles(source, 'test')).toThrow(`Layer '${gelu.label}' uses GELU`);
    } else {
      expect(closeness(await runTfjs(source), expected)).toBeLessThan(1e-5);
    }
  });
});
