/**
 * Differential test against TensorFlow.js (CPU backend): the same MLP, weights and batch must give the
 * same outputs, loss and gradients. The TF side is built from tfjs-core ops and tf.losses, so it shares
 * no code with the engine.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
// tfjs-core alone does not register the gradient functions that tf.grads needs.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataShape, Model } from '../../../src/engine/types';
import { batchFor, buildModel } from './gradcheck';
import { chain, dense, input, output, regression1d, threeClasses, binary2d } from './graphs';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

function tfActivation(name: string, z: tf.Tensor): tf.Tensor {
  switch (name) {
    case 'linear':
      return z;
    case 'sigmoid':
      return tf.sigmoid(z);
    case 'tanh':
      return tf.tanh(z);
    case 'relu':
      return tf.relu(z);
    case 'leakyRelu':
      return tf.leakyRelu(z, 0.01);
    case 'elu':
      return tf.elu(z);
    case 'gelu': {
      // tanh approximation, written from the formula with tf ops.
      const inner = tf.mul(Math.sqrt(2 / Math.PI), tf.add(z, tf.mul(0.044715, tf.pow(z, 3))));
      return tf.mul(tf.mul(0.5, z), tf.add(1, tf.tanh(inner)));
    }
    default:
      throw new Error(name);
  }
}

/** Largest |a − b| / (|b| + floor), with the floor a small fraction of the largest |b|. */
function relErr(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let maxAbs = 0;
  for (let i = 0; i < b.length; i++) maxAbs = Math.max(maxAbs, Math.abs(b[i]));
  const floor = Math.max(1e-3 * maxAbs, 1e-7);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]) / (Math.abs(b[i]) + floor));
  return worst;
}

interface Case {
  hidden: [string, string];
  activation: string;
  loss: string;
  shape: DataShape;
}

function compare({ hidden, activation, loss, shape }: Case): number {
  const units = [16, 8];
  const batch = 12;
  const g = chain([
    input(),
    dense('h1', units[0], hidden[0]),
    dense('h2', units[1], hidden[1]),
    output(activation, loss),
  ]);
  const model: Model = buildModel(g, shape, batch, 0, 17);
  const { x, y } = batchFor(shape, batch, 23);
  // Scale the inputs up so the activations reach their nonlinear ranges.
  for (let i = 0; i < x.length; i++) x[i] *= 2;
  const engineOut = Float32Array.from(model.forward(x, batch, false));
  const engineLoss = model.computeGradients(x, y, batch);
  const weights = model.getWeights();
  const layerIds = ['h1', 'h2', 'out'];
  const vars = layerIds.flatMap((id) => [
    tf.tensor(weights[id].kernel.data, weights[id].kernel.shape),
    tf.tensor(weights[id].bias!.data, weights[id].bias!.shape),
  ]);
  const xt = tf.tensor2d(x, [batch, shape.features]);
  const width = model.outputWidth;

  const logitsOf = (...p: tf.Tensor[]): tf.Tensor2D => {
    let h: tf.Tensor = xt;
    for (let l = 0; l < 3; l++) {
      const z = tf.add(tf.matMul(h as tf.Tensor2D, p[2 * l] as tf.Tensor2D), p[2 * l + 1]);
      h = l < 2 ? tfActivation(hidden[l], z) : z;
    }
    return h as tf.Tensor2D;
  };
  const lossOf = (...p: tf.Tensor[]): tf.Scalar => {
    const z = logitsOf(...p);
    if (loss === 'mse') return tf.losses.meanSquaredError(tf.tensor2d(y, [batch, width]), z) as tf.Scalar;
    if (loss === 'binaryCrossEntropy') return tf.losses.sigmoidCrossEntropy(tf.tensor2d(y, [batch, 1]), z) as tf.Scalar;
    const onehot = tf.oneHot(tf.tensor1d(Array.from(y), 'int32'), width);
    return tf.losses.softmaxCrossEntropy(onehot, z) as tf.Scalar;
  };
  const z = logitsOf(...vars);
  const tfOut = activation === 'softmax' ? tf.softmax(z) : activation === 'sigmoid' ? tf.sigmoid(z) : z;
  const tfLoss = lossOf(...vars).dataSync()[0];
  const tfGrads = tf.grads(lossOf)(vars);

  const engineGrads = layerIds.flatMap((id) => {
    const node = model.plan.nodes[id];
    const k = node.inputWidth * node.width;
    return [
      model.grads.subarray(node.paramOffset, node.paramOffset + k),
      model.grads.subarray(node.paramOffset + k, node.paramOffset + k + node.width),
    ];
  });
  let worst = relErr(engineOut, tfOut.dataSync());
  worst = Math.max(worst, Math.abs(engineLoss - tfLoss) / Math.abs(tfLoss));
  tfGrads.forEach((gt, i) => {
    worst = Math.max(worst, relErr(engineGrads[i], gt.dataSync()));
  });
  tf.dispose([...vars, xt, z, tfOut, ...tfGrads]);
  return worst;
}

describe('matches TensorFlow.js (CPU) on the same weights and batch', () => {
  const features4: DataShape = { ...threeClasses };
  for (const a of ['linear', 'sigmoid', 'tanh', 'relu', 'leakyRelu', 'elu', 'gelu']) {
    it(`MLP with ${a}`, () => {
      const worst = compare({ hidden: [a, a], activation: 'softmax', loss: 'crossEntropy', shape: features4 });
      expect(worst).toBeLessThan(1e-4);
    });
  }
  const losses: Array<[string, string, DataShape]> = [
    ['mse', 'linear', { ...regression1d, features: 3, targets: 2 }],
    ['binaryCrossEntropy', 'sigmoid', { ...binary2d, features: 3 }],
    ['crossEntropy', 'softmax', features4],
  ];
  for (const [loss, activation, shape] of losses) {
    it(`loss ${loss}`, () => {
      const worst = compare({ hidden: ['tanh', 'relu'], activation, loss, shape });
      console.log(`tfjs differential, ${loss}: worst relative error ${worst.toExponential(2)}`);
      expect(worst).toBeLessThan(1e-4);
    });
  }
});
