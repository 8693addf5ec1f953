/**
 * The PyTorch export: model.py (the module and the weight loader), train.py (the recipe, distributed under
 * torchrun), weights.safetensors, data.csv (the rows and their split) and a README saying how to run it.
 */
import type { Tensor } from '../../engine/types';
import { layerNames } from '../names';
import type { ExportSource } from '../source';
import type { ExportFile } from '../types';
import { dataCsv } from './data-csv';
import { modelPy, outputDescription } from './model-py';
import { safetensorsBytes, type NamedTensor } from './safetensors';
import { trainPy } from './train-py';

/** A Keras-layout kernel [inputs, units] as PyTorch's nn.Linear weight [units, inputs]. */
function transposed(kernel: Tensor): Float32Array {
  const [rows, cols] = kernel.shape;
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = kernel.data[r * cols + c];
  return out;
}

/** The state_dict of model.py's Network, in safetensors form. */
export function pytorchTensors(source: ExportSource): NamedTensor[] {
  const names = layerNames(source.plan);
  const tensors: NamedTensor[] = [];
  const s = source.transform.standardization;
  if (s) {
    tensors.push({ name: 'standardize.mean', shape: [s.mean.length], data: Float32Array.from(s.mean) });
    tensors.push({ name: 'standardize.std', shape: [s.std.length], data: Float32Array.from(s.std) });
  }
  for (const id of source.plan.order) {
    const w = source.weights[id];
    const node = source.plan.nodes[id];
    if (!w || (node.type !== 'dense' && node.type !== 'output')) continue;
    const name = names.get(id)!;
    const [inputs, units] = w.kernel.shape;
    tensors.push({ name: `${name}.weight`, shape: [units, inputs], data: transposed(w.kernel) });
    if (w.bias) tensors.push({ name: `${name}.bias`, shape: [units], data: w.bias.data });
  }
  return tensors;
}

function readme(source: ExportSource, version: string): string {
  const out = outputDescription(source);
  const t = source.training;
  return `# ${source.name} — PyTorch export

Exported by Layerwise ${version} ${source.runId ? `from run ${source.runId}` : 'before any training (initial weights)'}.

| file | what it is |
| --- | --- |
| \`model.py\` | the network as \`Network(nn.Module)\`, layers named after the nodes on the canvas; \`load_weights\` and \`save_weights\` |
| \`weights.safetensors\` | ${source.runId ? 'the trained weights' : 'the initial weights'}${source.transform.standardization ? ' and the standardization (mean, std)' : ''} |
| \`train.py\` | the training recipe: ${t.optimizer}, learning rate ${t.learningRate}, batches of ${t.batchSize}, ${t.epochs} epochs, seed ${t.seed}${t.earlyStopping ? `, early stopping after ${t.earlyStopping.patience} epochs without improvement` : ''} |
| \`data.csv\` | the dataset's rows with a \`split\` column (train/validation), as Layerwise split them |

The model takes raw feature rows (${source.transform.featureNames.length} columns, in \`FEATURE_NAMES\` order) and returns
${source.plan.outputActivation === 'linear' ? 'its predictions' : 'logits'}; \`model.predict(x)\` gives ${out.meaning}. Train it with \`${out.loss}\`.

\`\`\`python
import torch
from model import Network, load_weights

model = load_weights(Network(), "weights.safetensors")
print(model.predict(torch.zeros(1, ${source.transform.featureNames.length})))
\`\`\`

Train (prints one JSON line per epoch, like \`npm run train -- --json\`; writes \`trained.safetensors\`):

\`\`\`sh
python train.py                          # one process, on the GPU when there is one
torchrun --nproc_per_node=4 train.py     # four processes: DistributedDataParallel, gloo on CPUs, nccl on GPUs
python train.py --init weights.safetensors --epochs 20   # continue from these weights
\`\`\`

To train on your own data, replace \`data.csv\` with rows in the same columns (\`split\` is \`train\` or \`validation\`).
\`load_weights\` uses the \`safetensors\` package when it is installed and a small built-in reader otherwise.
`;
}

export function pytorchFiles(source: ExportSource, version: string): ExportFile[] {
  const metadata: Record<string, string> = { format: 'pt', producer: `Layerwise ${version}` };
  if (source.runId) metadata.run = source.runId;
  return [
    { path: 'model.py', text: modelPy(source, version) },
    { path: 'train.py', text: trainPy(source, version) },
    { path: 'weights.safetensors', bytes: safetensorsBytes(pytorchTensors(source), metadata) },
    { path: 'data.csv', text: dataCsv(source) },
    { path: 'README.md', text: readme(source, version) },
  ];
}
