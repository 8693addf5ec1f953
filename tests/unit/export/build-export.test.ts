/**
 * The app's export of the open document (features/export/buildExport): the zip holds the format's files in
 * one folder named after the project, an embedded CSV's rows reach data.csv, and a layer TF.js cannot
 * express fails with its name.
 */
import { describe, expect, it } from 'vitest';
import { createRunModel } from '../../../src/engine/train/setup';
import type { CsvDatasetSpec } from '../../../src/engine/types';
import { EXPORT_FORMAT_INFO, buildExportSource } from '../../../src/export';
import { buildExport, exportFolderName } from '../../../src/renderer/features/export/buildExport';
import type { EditorDocument } from '../../../src/renderer/document/document';
import { readZip } from './unzip';

const CSV = 'height,weight,kind\n1.5,50,a\n1.7,70,b\n1.6,55,a\n1.8,80,b\n1.55,52,a\n1.75,75,b\n';

function csvDocument(activation: string): EditorDocument {
  return {
    name: '身長と体重 (CSV)',
    description: '',
    graph: {
      nodes: [
        { id: 'in', type: 'input', label: 'Input', position: { x: 0, y: 0 }, params: {} },
        { id: 'h', type: 'dense', label: 'Hidden', position: { x: 1, y: 0 }, params: { units: 3, activation } },
        {
          id: 'out',
          type: 'output',
          label: 'Output',
          position: { x: 2, y: 0 },
          params: { activation: 'sigmoid', loss: 'binaryCrossEntropy' },
        },
      ],
      edges: [
        { id: 'e1', source: 'in', target: 'h' },
        { id: 'e2', source: 'h', target: 'out' },
      ],
    },
    dataset: {
      kind: 'csv',
      samples: 0,
      noise: 0,
      validationSplit: 0.34,
      seed: 1,
      text: CSV,
      features: ['height', 'weight'],
      target: 'kind',
      task: 'classification',
    },
    training: { optimizer: 'adam', learningRate: 0.01, batchSize: 4, epochs: 5, seed: 3 },
  } as EditorDocument;
}

describe('buildExport', () => {
  it('zips the PyTorch files in one folder named after the project, with the CSV rows and their split', () => {
    const built = buildExport(csvDocument('tanh'), null, 'pytorch', '9.9.9', {});
    expect(exportFolderName('身長と体重 (CSV)', 'pytorch')).toBe('身長と体重-csv-pytorch');
    expect(built.fileName).toBe('身長と体重-csv-pytorch.zip');
    const entries = readZip(built.zip);
    expect([...entries.keys()]).toEqual(
      EXPORT_FORMAT_INFO.pytorch.files.map((f) => `身長と体重-csv-pytorch/${f.path}`),
    );
    const csv = new TextDecoder().decode(entries.get('身長と体重-csv-pytorch/data.csv'));
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('height,weight,kind,split');
    expect(lines).toHaveLength(7);
    expect(lines.filter((l) => l.endsWith(',validation'))).toHaveLength(2);
    // Values as the CSV had them (the shortest form of each float32), the class by name.
    expect(lines.filter((l) => /^1\.7,70,b,(train|validation)$/.test(l))).toHaveLength(1);
  });

  it('names the layer TF.js cannot express', () => {
    expect(() => buildExport(csvDocument('gelu'), null, 'tfjs', '9.9.9', {})).toThrow(
      "Layer 'Hidden' uses GELU, which TF.js cannot load",
    );
    expect(buildExport(csvDocument('gelu'), null, 'onnx', '9.9.9', {}).files.map((f) => f.path)).toEqual([
      'model.onnx',
      'README.md',
    ]);
  });
});

describe('buildExportSource', () => {
  it('uses a run’s saved transform and finds an embedded CSV that the run’s settings leave out', () => {
    const doc = csvDocument('tanh');
    const { text: _text, ...datasetWithoutText } = doc.dataset as CsvDatasetSpec;
    const weights = createRunModel(buildExportSource(doc, null).plan, doc.training).getWeights();
    const transform = {
      featureNames: ['height', 'weight'],
      standardization: { mean: [1.6, 60], std: [0.1, 10] },
      classNames: ['a', 'b'],
      target: 'kind',
    };
    const run = { id: 'run-1', settings: { dataset: datasetWithoutText, training: doc.training }, weights, transform };
    const source = buildExportSource(doc, run);
    expect(source.runId).toBe('run-1');
    expect(source.transform.standardization).toEqual({ mean: [1.6, 60], std: [0.1, 10] });
    expect(source.rows.train.n + source.rows.validation.n).toBe(6);
  });

  it('refuses weights that do not fit the network, saying to retrain', () => {
    const doc = csvDocument('tanh');
    const run = { id: 'run-2', settings: { dataset: doc.dataset, training: doc.training }, weights: {} };
    expect(() => buildExportSource(doc, run)).toThrow(/Run run-2: .*retrain/);
  });
});
