/**
 * The trained network as an ONNX model (opset 17, IR version 8), encoded by hand with protobuf.ts.
 *
 * Input `features` [batch, F] takes raw rows in the order of the dataset's feature columns; when the run
 * standardized its inputs the first two ops are Sub(mean) and Div(std), so raw values work. Output
 * `probabilities` [batch, classes] (softmax), [batch, 1] (sigmoid: probability of the second class), or
 * `prediction` [batch, targets] for regression; a classifier also outputs `logits`, the values before the
 * sigmoid or softmax (what a framework's from-logits losses take). Every value is named after the node it comes from.
 * Dense layers are Gemm (MatMul without a bias), dropout is Identity (inference), GELU is spelled out in its
 * tanh form because the Gelu op only arrives in opset 20.
 */
import type { ActivationName } from '../../engine/types';
import { LEAKY_SLOPE, ELU_ALPHA } from '../../engine/ops/activations';
import { layerNames } from '../names';
import type { ExportSource } from '../source';
import { ExportError } from '../types';
import { ProtoWriter } from './protobuf';

export const ONNX_OPSET = 17;
const IR_VERSION = 8;
const FLOAT = 1; // TensorProto.DataType.FLOAT
const ATTR_FLOAT = 1;
const ATTR_INT = 2;

type Attribute = { name: string; float: number } | { name: string; int: number };

interface OnnxNode {
  op: string;
  name: string;
  inputs: string[];
  outputs: string[];
  attributes: Attribute[];
}

interface Initializer {
  name: string;
  dims: number[];
  data: Float32Array;
}

/** The ops and constants of a graph as they are added, in execution order. */
class GraphBuilder {
  readonly nodes: OnnxNode[] = [];
  readonly initializers: Initializer[] = [];

  constant(name: string, dims: number[], data: ArrayLike<number>): string {
    this.initializers.push({ name, dims, data: Float32Array.from(data) });
    return name;
  }

  op(op: string, inputs: string[], output: string, attributes: Attribute[] = []): string {
    this.nodes.push({ op, name: `${output}:${op}`, inputs, outputs: [output], attributes });
    return output;
  }
}

const GELU_C = Math.sqrt(2 / Math.PI);
const GELU_K = 0.044715;

/** Applies `activation` to `x`, the result named `out`. */
function activate(g: GraphBuilder, activation: ActivationName, x: string, out: string): string {
  switch (activation) {
    case 'linear':
      return g.op('Identity', [x], out);
    case 'sigmoid':
      return g.op('Sigmoid', [x], out);
    case 'tanh':
      return g.op('Tanh', [x], out);
    case 'relu':
      return g.op('Relu', [x], out);
    case 'leakyRelu':
      return g.op('LeakyRelu', [x], out, [{ name: 'alpha', float: LEAKY_SLOPE }]);
    case 'elu':
      return g.op('Elu', [x], out, [{ name: 'alpha', float: ELU_ALPHA }]);
    case 'softmax':
      return g.op('Softmax', [x], out, [{ name: 'axis', int: 1 }]);
    case 'gelu': {
      // ½ x (1 + tanh(√(2/π) (x + 0.044715 x³)))
      const k = g.constant(`${out}/k`, [], [GELU_K]);
      const c = g.constant(`${out}/c`, [], [GELU_C]);
      const half = g.constant(`${out}/half`, [], [0.5]);
      const one = g.constant(`${out}/one`, [], [1]);
      const x2 = g.op('Mul', [x, x], `${out}/x2`);
      const x3 = g.op('Mul', [x2, x], `${out}/x3`);
      const inner = g.op('Add', [x, g.op('Mul', [x3, k], `${out}/kx3`)], `${out}/inner`);
      const t = g.op('Tanh', [g.op('Mul', [inner, c], `${out}/scaled`)], `${out}/tanh`);
      return g.op('Mul', [g.op('Mul', [x, half], `${out}/half_x`), g.op('Add', [t, one], `${out}/one_plus`)], out);
    }
  }
}

function encodeTensor(w: ProtoWriter, t: Initializer): void {
  for (const d of t.dims) w.int(1, d);
  w.int(2, FLOAT);
  w.string(8, t.name);
  const bytes = new Uint8Array(t.data.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < t.data.length; i++) view.setFloat32(i * 4, t.data[i], true);
  w.bytes(9, bytes);
}

function encodeValueInfo(w: ProtoWriter, name: string, width: number, doc: string): void {
  w.string(1, name);
  w.message(2, (type) =>
    type.message(1, (tensor) => {
      tensor.int(1, FLOAT);
      tensor.message(2, (shape) => {
        shape.message(1, (dim) => dim.string(2, 'batch'));
        shape.message(1, (dim) => dim.int(1, width));
      });
    }),
  );
  w.string(3, doc);
}

function encodeNode(w: ProtoWriter, node: OnnxNode): void {
  for (const i of node.inputs) w.string(1, i);
  for (const o of node.outputs) w.string(2, o);
  w.string(3, node.name);
  w.string(4, node.op);
  for (const a of node.attributes) {
    w.message(5, (attr) => {
      attr.string(1, a.name);
      if ('float' in a) attr.float(2, a.float).int(20, ATTR_FLOAT);
      else attr.int(3, a.int).int(20, ATTR_INT);
    });
  }
}

/** The output's name: probabilities for classification, prediction for regression. */
export function onnxOutputName(source: ExportSource): string {
  return source.plan.dataShape.task === 'classification' ? 'probabilities' : 'prediction';
}

export const ONNX_INPUT_NAME = 'features';
/** The second output of a classifier: the output layer's values before its sigmoid or softmax. */
export const ONNX_LOGITS_NAME = 'logits';

/** The network of `source` as the bytes of an .onnx file. */
export function onnxModelBytes(source: ExportSource, version: string): Uint8Array {
  const { plan, weights, transform } = source;
  const names = layerNames(plan);
  const g = new GraphBuilder();
  const value = new Map<string, string>();
  const outputName = onnxOutputName(source);

  for (const id of plan.order) {
    const node = plan.nodes[id];
    const name = node.id === plan.outputId ? outputName : names.get(id)!;
    const inputs = node.inputs.map((i) => value.get(i)!);
    switch (node.type) {
      case 'input': {
        let x = ONNX_INPUT_NAME;
        const s = transform.standardization;
        if (s) {
          const mean = g.constant('standardize/mean', [s.mean.length], s.mean);
          const std = g.constant('standardize/std', [s.std.length], s.std);
          x = g.op('Div', [g.op('Sub', [x, mean], 'standardize/centered'), std], 'standardized');
        }
        value.set(id, x);
        break;
      }
      case 'dense':
      case 'output': {
        const w = weights[id];
        const layer = names.get(id)!;
        const kernel = g.constant(`${layer}/kernel`, w.kernel.shape, w.kernel.data);
        const activation = (node.type === 'output' ? plan.outputActivation : node.params.activation) as ActivationName;
        const linearOut =
          activation === 'linear' ? name : node.id === plan.outputId ? ONNX_LOGITS_NAME : `${layer}/linear`;
        if (w.bias)
          g.op('Gemm', [inputs[0], kernel, g.constant(`${layer}/bias`, w.bias.shape, w.bias.data)], linearOut);
        else g.op('MatMul', [inputs[0], kernel], linearOut);
        value.set(id, activation === 'linear' ? linearOut : activate(g, activation, linearOut, name));
        break;
      }
      case 'activation':
        value.set(id, activate(g, node.params.activation as ActivationName, inputs[0], name));
        break;
      case 'dropout':
        value.set(id, g.op('Identity', [inputs[0]], name));
        break;
      case 'add': {
        let sum = inputs[0];
        for (let k = 1; k < inputs.length; k++) {
          sum = g.op('Add', [sum, inputs[k]], k === inputs.length - 1 ? name : `${name}/partial_${k}`);
        }
        value.set(id, sum);
        break;
      }
      case 'concat':
        value.set(id, g.op('Concat', inputs, name, [{ name: 'axis', int: 1 }]));
        break;
      default:
        throw new ExportError(
          `ONNX export cannot express layer '${plan.nodes[id].label}' of type ${String(plan.nodes[id].type)}.`,
          id,
        );
    }
  }
  // A graph output must be produced by a node; a network whose output is the raw input gets an Identity.
  const last = value.get(plan.outputId)!;
  if (last !== outputName) g.op('Identity', [last], outputName);

  const features = transform.featureNames;
  const classes = transform.classNames ?? [];
  const outWidth = plan.nodes[plan.outputId].width;
  const outputDoc =
    plan.dataShape.task === 'regression'
      ? `predicted ${transform.target ?? 'target'}`
      : outWidth === 1
        ? `probability of class "${classes[1] ?? '1'}" (sigmoid)`
        : `probability of each class: ${classes.join(', ')} (softmax)`;
  const metadata: Record<string, string> = {
    feature_names: JSON.stringify(features),
    class_names: JSON.stringify(classes),
    standardization: transform.standardization ? 'inside the model (Sub, Div)' : 'none',
  };
  if (transform.target) metadata.target = transform.target;
  if (source.runId) metadata.run = source.runId;

  const model = new ProtoWriter();
  model.int(1, IR_VERSION);
  model.string(2, 'Layerwise');
  model.string(3, version);
  model.string(6, `${source.name}: exported from Layerwise.`);
  model.message(7, (graph) => {
    for (const n of g.nodes) graph.message(1, (w) => encodeNode(w, n));
    graph.string(2, snakeGraphName(source.name));
    for (const t of g.initializers) graph.message(5, (w) => encodeTensor(w, t));
    graph.message(11, (w) =>
      encodeValueInfo(w, ONNX_INPUT_NAME, features.length, `raw rows of: ${features.join(', ')}`),
    );
    graph.message(12, (w) => encodeValueInfo(w, outputName, outWidth, outputDoc));
    if (plan.outputActivation !== 'linear') {
      graph.message(12, (w) =>
        encodeValueInfo(w, ONNX_LOGITS_NAME, outWidth, `the output layer before its ${plan.outputActivation}`),
      );
    }
  });
  model.message(8, (op) => op.string(1, '').int(2, ONNX_OPSET));
  for (const [key, val] of Object.entries(metadata)) model.message(14, (w) => w.string(1, key).string(2, val));
  return model.finish();
}

function snakeGraphName(name: string): string {
  return name.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '') || 'network';
}
