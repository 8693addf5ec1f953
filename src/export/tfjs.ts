/**
 * The trained network as a TensorFlow.js Layers model: `model.json` (a functional Keras model's topology and
 * a weights manifest) and `weights.bin` (the float32 weights, little-endian, in manifest order). Load it with
 * `tf.loadLayersModel('…/model.json')`.
 *
 * Layer names are the node names; the input layer is `features` and takes raw rows. When the run
 * standardized its inputs, a first Dense layer `standardize` with a diagonal kernel (1/std) and bias
 * (−mean/std) does it, since Keras' Normalization layer has no TF.js counterpart. Leaky ReLU is a Dense
 * followed by a LeakyReLU layer (α 0.01). GELU is refused with the layer named (see tfjsActivation).
 */
import type { ActivationName, Tensor } from '../engine/types';
import { LEAKY_SLOPE } from '../engine/ops/activations';
import { layerNames } from './names';
import type { ExportSource } from './source';
import { ExportError, type ExportFile } from './types';

const TFJS_ACTIVATION: Record<Exclude<ActivationName, 'leakyRelu' | 'gelu'>, string> = {
  linear: 'linear',
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  relu: 'relu',
  elu: 'elu',
  softmax: 'softmax',
};

/**
 * The TF.js name of an activation. GELU cannot be expressed: the engine uses its tanh form, which TF.js
 * registers as 'gelu_new', but loading camel-cases every string of model.json ('geluNew') so that class is
 * never found, and TF.js' 'gelu' is the erf form, which differs by up to 5e-4.
 */
function tfjsActivation(activation: Exclude<ActivationName, 'leakyRelu'>, label: string, id: string): string {
  if (activation === 'gelu') {
    throw new ExportError(
      `Layer '${label}' uses GELU, which TF.js cannot load in the form this app computes (the tanh approximation). ` +
        'Export it as ONNX or PyTorch instead, or choose another activation for this layer.',
      id,
    );
  }
  return TFJS_ACTIVATION[activation];
}

type Inbound = [string, number, number, Record<string, never>];

interface LayerJson {
  class_name: string;
  config: Record<string, unknown>;
  name: string;
  inbound_nodes: Inbound[][];
}

interface WeightEntry {
  name: string;
  shape: number[];
  data: Float32Array;
}

function denseConfig(name: string, units: number, activation: string, useBias: boolean): Record<string, unknown> {
  return {
    name,
    trainable: true,
    dtype: 'float32',
    units,
    activation,
    use_bias: useBias,
    kernel_initializer: { class_name: 'GlorotUniform', config: { seed: null } },
    bias_initializer: { class_name: 'Zeros', config: {} },
    kernel_regularizer: null,
    bias_regularizer: null,
    activity_regularizer: null,
    kernel_constraint: null,
    bias_constraint: null,
  };
}

/** `model.json` and `weights.bin` for the network of `source`. */
export function tfjsFiles(source: ExportSource, version: string): ExportFile[] {
  const { plan, weights, transform } = source;
  const names = layerNames(plan);
  const layers: LayerJson[] = [];
  const weightList: WeightEntry[] = [];
  const outputOf = new Map<string, string>();
  const from = (layer: string): Inbound => [layer, 0, 0, {}];
  const add = (className: string, name: string, config: Record<string, unknown>, inputs: string[]): string => {
    layers.push({ class_name: className, config: { name, ...config }, name, inbound_nodes: [inputs.map(from)] });
    return name;
  };
  const addWeights = (layer: string, kernel: Tensor, bias: Tensor | undefined): void => {
    weightList.push({ name: `${layer}/kernel`, shape: kernel.shape, data: kernel.data });
    if (bias) weightList.push({ name: `${layer}/bias`, shape: bias.shape, data: bias.data });
  };

  const features = transform.featureNames.length;
  for (const id of plan.order) {
    const node = plan.nodes[id];
    const name = names.get(id)!;
    const inputs = node.inputs.map((i) => outputOf.get(i)!);
    switch (node.type) {
      case 'input': {
        layers.push({
          class_name: 'InputLayer',
          config: { batch_input_shape: [null, features], dtype: 'float32', sparse: false, name: 'features' },
          name: 'features',
          inbound_nodes: [],
        });
        let out = 'features';
        const s = transform.standardization;
        if (s) {
          const kernel = new Float32Array(features * features);
          const bias = new Float32Array(features);
          for (let k = 0; k < features; k++) {
            kernel[k * features + k] = 1 / s.std[k];
            bias[k] = -s.mean[k] / s.std[k];
          }
          out = add('Dense', 'standardize', denseConfig('standardize', features, 'linear', true), [out]);
          addWeights(out, { shape: [features, features], data: kernel }, { shape: [features], data: bias });
        }
        outputOf.set(id, out);
        break;
      }
      case 'dense':
      case 'output': {
        const activation = (node.type === 'output' ? plan.outputActivation : node.params.activation) as ActivationName;
        const w = weights[id];
        const denseName = activation === 'leakyRelu' ? `${name}_linear` : name;
        const keras = activation === 'leakyRelu' ? 'linear' : tfjsActivation(activation, node.label, id);
        add('Dense', denseName, denseConfig(denseName, node.width, keras, w.bias !== undefined), inputs);
        addWeights(denseName, w.kernel, w.bias);
        outputOf.set(
          id,
          activation === 'leakyRelu'
            ? add('LeakyReLU', name, { trainable: true, dtype: 'float32', alpha: LEAKY_SLOPE }, [denseName])
            : denseName,
        );
        break;
      }
      case 'activation': {
        const activation = node.params.activation as ActivationName;
        outputOf.set(
          id,
          activation === 'leakyRelu'
            ? add('LeakyReLU', name, { trainable: true, dtype: 'float32', alpha: LEAKY_SLOPE }, inputs)
            : add(
                'Activation',
                name,
                { trainable: true, dtype: 'float32', activation: tfjsActivation(activation, node.label, id) },
                inputs,
              ),
        );
        break;
      }
      case 'dropout':
        outputOf.set(
          id,
          add(
            'Dropout',
            name,
            { trainable: true, dtype: 'float32', rate: node.params.rate, noise_shape: null, seed: null },
            inputs,
          ),
        );
        break;
      case 'add':
        outputOf.set(id, add('Add', name, { trainable: true, dtype: 'float32' }, inputs));
        break;
      case 'concat':
        outputOf.set(id, add('Concatenate', name, { trainable: true, dtype: 'float32', axis: -1 }, inputs));
        break;
      default:
        throw new ExportError(
          `TF.js export cannot express layer '${plan.nodes[id].label}' of type ${String(plan.nodes[id].type)}.`,
          id,
        );
    }
  }

  const total = weightList.reduce((n, w) => n + w.data.length, 0);
  const bin = new Uint8Array(total * 4);
  const view = new DataView(bin.buffer);
  let at = 0;
  for (const w of weightList) for (let i = 0; i < w.data.length; i++, at += 4) view.setFloat32(at, w.data[i], true);

  const modelJson = {
    format: 'layers-model',
    generatedBy: `Layerwise ${version}`,
    convertedBy: null,
    modelTopology: {
      class_name: 'Model',
      config: {
        name: source.name,
        layers,
        input_layers: [['features', 0, 0]],
        output_layers: [[outputOf.get(plan.outputId)!, 0, 0]],
      },
      keras_version: 'tfjs-layers 4.22.0',
      backend: 'tensor_flow.js',
    },
    weightsManifest: [
      { paths: ['weights.bin'], weights: weightList.map((w) => ({ name: w.name, shape: w.shape, dtype: 'float32' })) },
    ],
    userDefinedMetadata: {
      featureNames: transform.featureNames,
      classNames: transform.classNames ?? [],
      ...(transform.target ? { target: transform.target } : {}),
      ...(source.runId ? { run: source.runId } : {}),
    },
  };
  return [
    { path: 'model.json', text: `${JSON.stringify(modelJson, null, 2)}\n` },
    { path: 'weights.bin', bytes: bin },
  ];
}
