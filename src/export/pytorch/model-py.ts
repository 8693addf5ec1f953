/**
 * `model.py`: the network as a `torch.nn.Module` a PyTorch user can read. Each node becomes an attribute
 * named after its canvas label, with a comment saying what it is; `forward` follows the graph in plan order
 * and returns logits (the output activation lives in the loss, as PyTorch users expect); `predict` applies it.
 * The file also holds the weight loader: the `safetensors` package when installed, else a small reader.
 */
import type { ActivationName, PlanNode } from '../../engine/types';
import { ELU_ALPHA, LEAKY_SLOPE } from '../../engine/ops/activations';
import { initLimit } from '../../engine/init';
import { layerNames } from '../names';
import type { ExportSource } from '../source';
import { ExportError } from '../types';
import { comment, py, pyList } from './python';

const HE_FAMILY = new Set<ActivationName>(['relu', 'leakyRelu', 'elu', 'gelu']);

/** The Python expression applying `activation` to the expression `x`. */
export function activationCall(activation: ActivationName, x: string): string {
  switch (activation) {
    case 'linear':
      return x;
    case 'sigmoid':
      return `torch.sigmoid(${x})`;
    case 'tanh':
      return `torch.tanh(${x})`;
    case 'relu':
      return `F.relu(${x})`;
    case 'leakyRelu':
      return `F.leaky_relu(${x}, negative_slope=${LEAKY_SLOPE})`;
    case 'elu':
      return `F.elu(${x}, alpha=${ELU_ALPHA.toFixed(1)})`;
    case 'gelu':
      return `F.gelu(${x}, approximate="tanh")`;
    case 'softmax':
      return `torch.softmax(${x}, dim=1)`;
  }
}

/** What the output's logits mean and which loss trains them, for comments and the README. */
export function outputDescription(source: ExportSource): { loss: string; predict: string; meaning: string } {
  const { plan, transform } = source;
  const classes = transform.classNames ?? [];
  switch (plan.outputActivation) {
    case 'softmax':
      return {
        loss: 'nn.CrossEntropyLoss()',
        predict: 'torch.softmax(outputs, dim=1)',
        meaning: `the probability of each class (${classes.join(', ')})`,
      };
    case 'sigmoid':
      return {
        loss: 'nn.BCEWithLogitsLoss()',
        predict: 'torch.sigmoid(outputs)',
        meaning: `the probability of class ${JSON.stringify(classes[1] ?? '1')} (the other is ${JSON.stringify(classes[0] ?? '0')})`,
      };
    default:
      return { loss: 'nn.MSELoss()', predict: 'outputs', meaning: `the predicted ${transform.target ?? 'target'}` };
  }
}

function describeLayer(node: PlanNode, isOutput: boolean, outputActivation: string): string {
  const label = comment(node.label);
  switch (node.type) {
    case 'dense':
      return `${label}: dense layer, ${node.inputWidth} -> ${node.width} units, ${String(node.params.activation)}${node.params.useBias === false ? ', no bias' : ''}`;
    case 'output':
      return isOutput
        ? `${label}: ${node.inputWidth} -> ${node.width} ${outputActivation === 'linear' ? 'values (linear)' : `logits (the ${outputActivation} is applied by predict() and by the loss)`}`
        : label;
    case 'dropout':
      return `${label}: dropout, rate ${String(node.params.rate)} (only while training)`;
    default:
      return label;
  }
}

/** Words wrapped at `width` characters. */
function wrap(text: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

export function modelPy(source: ExportSource, version: string): string {
  const { plan, transform } = source;
  const names = layerNames(plan);
  const features = transform.featureNames.length;
  const out = outputDescription(source);
  const standardized = transform.standardization !== undefined;

  const init: string[] = [];
  const resets: string[] = [];
  const body: string[] = [];
  const valueOf = new Map<string, string>();
  if (standardized) {
    init.push(
      "        # (x - mean) / std per feature, with the training rows' statistics (stored in the weights file)",
    );
    init.push(`        self.standardize = Standardize(${features})`);
  }
  for (const id of plan.order) {
    const node = plan.nodes[id];
    const name = names.get(id)!;
    const inputs = node.inputs.map((i) => valueOf.get(i)!);
    const isOutput = id === plan.outputId;
    switch (node.type) {
      case 'input':
        if (standardized) body.push('        x = self.standardize(x)');
        valueOf.set(id, 'x');
        continue;
      case 'dense':
      case 'output': {
        const activation = (isOutput ? plan.outputActivation : node.params.activation) as ActivationName;
        const bias = node.type === 'output' || node.params.useBias !== false;
        init.push(`        # ${describeLayer(node, isOutput, plan.outputActivation)}`);
        init.push(`        self.${name} = nn.Linear(${node.inputWidth}, ${node.width}${bias ? '' : ', bias=False'})`);
        const initName = HE_FAMILY.has(activation) ? 'kaiming_uniform_' : 'xavier_uniform_';
        const limit = initLimit(activation, node.inputWidth, node.width);
        resets.push(
          `        nn.init.${initName}(self.${name}.weight${initName === 'kaiming_uniform_' ? ', nonlinearity="relu"' : ''})  # limit ${limit.toPrecision(4)}`,
        );
        if (bias) resets.push(`        nn.init.zeros_(self.${name}.bias)`);
        const call = `self.${name}(${inputs[0]})`;
        body.push(`        ${name} = ${isOutput ? call : activationCall(activation, call)}`);
        break;
      }
      case 'activation':
        body.push(
          `        ${name} = ${activationCall(node.params.activation as ActivationName, inputs[0])}  # ${comment(node.label)}`,
        );
        break;
      case 'dropout':
        init.push(`        # ${describeLayer(node, false, '')}`);
        init.push(`        self.${name} = nn.Dropout(p=${String(node.params.rate)})`);
        body.push(`        ${name} = self.${name}(${inputs[0]})`);
        break;
      case 'add':
        body.push(`        ${name} = ${inputs.join(' + ')}  # ${comment(node.label)}: sum of ${inputs.length} inputs`);
        break;
      case 'concat':
        body.push(
          `        ${name} = torch.cat([${inputs.join(', ')}], dim=1)  # ${comment(node.label)}: ${node.inputWidth} values side by side`,
        );
        break;
      default:
        throw new ExportError(
          `PyTorch export cannot express layer '${plan.nodes[id].label}' of type ${String(plan.nodes[id].type)}.`,
          id,
        );
    }
    valueOf.set(id, name);
  }
  body.push(`        return ${valueOf.get(plan.outputId)!}`);

  const weightsNote = source.runId
    ? `weights.safetensors holds the weights of run ${source.runId}.`
    : 'weights.safetensors holds the initial weights (the project had no trained run).';
  const className = 'Network';
  const outWidth = plan.nodes[plan.outputId].width;
  const summary = wrap(
    `Exported by Layerwise ${version}. ${weightsNote} Each layer is named after its node on the canvas. ` +
      `The model takes raw rows of the ${features} feature${features === 1 ? '' : 's'} in FEATURE_NAMES order` +
      `${standardized ? ' and standardizes them itself' : ''}, and returns ${plan.outputActivation === 'linear' ? 'its predictions' : 'logits'} ` +
      `[batch, ${outWidth}]; predict() gives ${out.meaning}. Train it with ${out.loss}.`,
  );
  const example = new Array(Math.min(features, 4)).fill('0.0').join(', ') + (features > 4 ? ', ...' : '');
  return `"""${comment(source.name)}: the network from Layerwise as a PyTorch module.

${summary}

    import torch
    from model import ${className}, load_weights
    model = load_weights(${className}(), "weights.safetensors")
    print(model.predict(torch.tensor([[${example}]])))
"""
import json
import struct

import torch
import torch.nn.functional as F
from torch import nn

FEATURE_NAMES = ${pyList(transform.featureNames)}
CLASS_NAMES = ${pyList(transform.classNames ?? [])}
TASK = ${py(plan.dataShape.task)}
${standardized ? STANDARDIZE_CLASS : ''}

class ${className}(nn.Module):
    def __init__(self):
        super().__init__()
${init.join('\n')}
        self.reset_parameters()

    def reset_parameters(self):
        """Layerwise's initialisation: Glorot-uniform, He-uniform before ReLU-like activations, zero biases."""
${resets.length ? resets.join('\n') : '        pass'}

    def forward(self, x):
        """Raw feature rows [batch, ${features}] -> ${plan.outputActivation === 'linear' ? 'predictions' : 'logits'} [batch, ${outWidth}]."""
${body.join('\n')}

    @torch.no_grad()
    def predict(self, x):
        """What Layerwise's output node shows: ${out.meaning}."""
        self.eval()
        outputs = self(x)
        return ${out.predict}
${LOADER}`;
}

const STANDARDIZE_CLASS = `

class Standardize(nn.Module):
    """(x - mean) / std for each feature. Layerwise fits mean and std on the training rows only."""

    def __init__(self, features):
        super().__init__()
        self.register_buffer("mean", torch.zeros(features))
        self.register_buffer("std", torch.ones(features))

    def forward(self, x):
        return (x - self.mean) / self.std

    @torch.no_grad()
    def fit(self, rows):
        """Mean and population standard deviation of the rows; a constant column keeps std 1, as in Layerwise."""
        rows = rows.double()
        std = rows.std(dim=0, unbiased=False)
        self.mean.copy_(rows.mean(dim=0))
        self.std.copy_(torch.where(std > 1e-8, std, torch.ones_like(std)))
`;

const LOADER = `

def load_weights(model, path="weights.safetensors"):
    """Loads a safetensors file into the model, with the safetensors package when it is installed."""
    try:
        from safetensors.torch import load_file
    except ImportError:
        load_file = read_safetensors
    model.load_state_dict(load_file(path))
    return model


def save_weights(model, path, metadata=None):
    """Writes the model's weights (and standardization) as a safetensors file."""
    tensors = {name: t.detach().cpu().contiguous() for name, t in model.state_dict().items()}
    try:
        from safetensors.torch import save_file
    except ImportError:
        save_file = write_safetensors
    save_file(tensors, path, metadata=metadata)


# safetensors without the package: an 8-byte little-endian header length, a JSON header giving each tensor's
# dtype, shape and byte range, then the raw little-endian data.
_DTYPES = {"F32": torch.float32, "F64": torch.float64, "F16": torch.float16, "I64": torch.int64}


def read_safetensors(path):
    with open(path, "rb") as f:
        data = f.read()
    (length,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + length])
    start = 8 + length
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = info["data_offsets"]
        flat = torch.frombuffer(bytearray(data[start + begin : start + end]), dtype=_DTYPES[info["dtype"]])
        tensors[name] = flat.reshape(info["shape"]).clone()
    return tensors


def write_safetensors(tensors, path, metadata=None):
    names = {torch.float32: "F32", torch.float64: "F64", torch.float16: "F16", torch.int64: "I64"}
    header, chunks, offset = {}, [], 0
    if metadata:
        header["__metadata__"] = metadata
    for name, t in tensors.items():
        raw = t.contiguous().numpy().tobytes()
        header[name] = {"dtype": names[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(raw)]}
        chunks.append(raw)
        offset += len(raw)
    text = json.dumps(header).encode()
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text)
        for raw in chunks:
            f.write(raw)
`;
