/**
 * Export a project's network to other frameworks: PyTorch (module, training script, weights), ONNX and
 * TF.js Layers. `exportNetwork` returns the files; `EXPORT_FORMAT_INFO` says what each format is for and
 * what it writes, for the CLI's help and the app's dialog.
 */
import { onnxModelBytes } from './onnx/model';
import { pytorchFiles } from './pytorch';
import type { ExportSource } from './source';
import { tfjsFiles } from './tfjs';
import type { ExportFile, ExportFormat } from './types';

export {
  buildExportSource,
  lastTrainedRun,
  type DataTransform,
  type ExportProject,
  type ExportRun,
  type ExportSource,
} from './source';
export { EXPORT_FORMATS, ExportError, fileBytes, type ExportFile, type ExportFormat } from './types';

export interface ExportFormatInfo {
  title: string;
  /** Who it is for, in a sentence. */
  purpose: string;
  /** The files it writes, with what each holds. */
  files: { path: string; what: string }[];
}

export const EXPORT_FORMAT_INFO: Record<ExportFormat, ExportFormatInfo> = {
  pytorch: {
    title: 'PyTorch',
    purpose:
      'Keep training in Python: on real data, on a GPU, or on many machines with torchrun. The same network, weights and recipe.',
    files: [
      { path: 'model.py', what: 'the network as an nn.Module, layers named after your nodes' },
      { path: 'train.py', what: 'the training recipe; runs distributed under torchrun' },
      { path: 'weights.safetensors', what: 'the weights (and the standardization)' },
      { path: 'data.csv', what: 'the dataset rows and their train/validation split' },
      { path: 'README.md', what: 'how to run it' },
    ],
  },
  onnx: {
    title: 'ONNX',
    purpose:
      'Run the trained network anywhere ONNX Runtime runs (servers, phones, browsers) or convert it for other tools. Takes raw inputs.',
    files: [
      { path: 'model.onnx', what: 'the network and weights (opset 17); input "features", outputs named' },
      { path: 'README.md', what: 'inputs, outputs and how to run it' },
    ],
  },
  tfjs: {
    title: 'TensorFlow.js',
    purpose: 'Run the trained network on a web page with TensorFlow.js (tf.loadLayersModel). Takes raw inputs.',
    files: [
      { path: 'model.json', what: 'the layers (a Keras functional model) and the weights manifest' },
      { path: 'weights.bin', what: 'the weights, float32' },
      { path: 'README.md', what: 'how to load it' },
    ],
  },
};

function ioReadme(source: ExportSource, format: 'onnx' | 'tfjs', version: string): string {
  const f = source.transform.featureNames;
  const classes = source.transform.classNames ?? [];
  const task = source.plan.dataShape.task;
  const width = source.plan.nodes[source.plan.outputId].width;
  const output =
    task === 'regression'
      ? `the predicted ${source.transform.target ?? 'target'} [batch, ${width}]`
      : width === 1
        ? `the probability of class "${classes[1] ?? '1'}" [batch, 1] (sigmoid)`
        : `the probability of each class [batch, ${width}]: ${classes.join(', ')}`;
  const how =
    format === 'onnx'
      ? `\`\`\`js
import * as ort from 'onnxruntime-web';
const session = await ort.InferenceSession.create('model.onnx');
const features = new ort.Tensor('float32', Float32Array.from([${f
          .map(() => '0')
          .slice(0, 4)
          .join(', ')}${f.length > 4 ? ', …' : ''}]), [1, ${f.length}]);
const { ${task === 'regression' ? 'prediction' : 'probabilities'} } = await session.run({ features });
\`\`\`

Outputs: \`${task === 'regression' ? 'prediction' : 'probabilities'}\`, ${output}${task === 'classification' ? '; and `logits`, the values before the sigmoid or softmax' : ''}.`
      : `\`\`\`js
const model = await tf.loadLayersModel('model.json');
const output = model.predict(tf.tensor2d([[${f
          .map(() => '0')
          .slice(0, 4)
          .join(', ')}${f.length > 4 ? ', …' : ''}]], [1, ${f.length}]));
\`\`\`

Output: ${output}.`;
  return `# ${source.name} — ${EXPORT_FORMAT_INFO[format].title} export

Exported by Layerwise ${version} ${source.runId ? `from run ${source.runId}` : 'before any training (initial weights)'}.

Input \`features\` [batch, ${f.length}]: raw values of ${f.length > 12 ? `${f.length} columns (${f.slice(0, 3).join(', ')}, …)` : f.join(', ')}${source.transform.standardization ? "; the model standardizes them itself with the training rows' mean and standard deviation" : ''}.

${how}
`;
}

/** The files of `format` for the network of `source`. Throws ExportError naming a layer the format cannot express. */
export function exportNetwork(source: ExportSource, format: ExportFormat, version: string): ExportFile[] {
  switch (format) {
    case 'pytorch':
      return pytorchFiles(source, version);
    case 'onnx':
      return [
        { path: 'model.onnx', bytes: onnxModelBytes(source, version) },
        { path: 'README.md', text: ioReadme(source, 'onnx', version) },
      ];
    case 'tfjs':
      return [...tfjsFiles(source, version), { path: 'README.md', text: ioReadme(source, 'tfjs', version) }];
  }
}
