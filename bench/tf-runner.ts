/**
 * Trains a workload on TensorFlow.js (the backend chosen by the caller) the idiomatic way: variables for the
 * weights, tf.losses for the loss, a tf.train optimizer's minimize() per batch.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { WeightsByNode } from '../src/engine/types';
import { startClock, type RunResult } from './engine-runner';
import { BatchOrder, CHECK_BATCHES, gatherBatch, type Workload } from './workloads';

function activate(name: string, z: tf.Tensor): tf.Tensor {
  switch (name) {
    case 'tanh':
      return tf.tanh(z);
    case 'relu':
      return tf.relu(z);
    default:
      throw new Error(`The benchmark's TensorFlow.js models do not use ${name}.`);
  }
}

function tfOptimizer(w: Workload): tf.Optimizer {
  if (w.optimizer === 'sgd') return tf.train.sgd(w.learningRate);
  if (w.optimizer === 'adam') return tf.train.adam(w.learningRate, 0.9, 0.999, 1e-7);
  throw new Error(`The benchmark does not run ${w.optimizer} on TensorFlow.js.`);
}

export function runTf(w: Workload, initial: WeightsByNode, batches: number, seed: number): RunResult {
  const layerIds = w.graph.nodes.filter((n) => n.type === 'dense' || n.type === 'output').map((n) => n.id);
  const activations = w.graph.nodes.filter((n) => n.type === 'dense').map((n) => String(n.params.activation));
  const vars = layerIds.flatMap((id) => [
    tf.variable(tf.tensor(initial[id].kernel.data, initial[id].kernel.shape)),
    tf.variable(tf.tensor(initial[id].bias!.data, initial[id].bias!.shape)),
  ]);
  const binary = w.graph.nodes.find((n) => n.type === 'output')!.params.loss === 'binaryCrossEntropy';
  const classes = w.shape.classes;
  const optimizer = tfOptimizer(w);
  const order = new BatchOrder(w.n, w.batch, seed);
  const rows = new Uint32Array(w.batch);
  const bx = new Float32Array(w.batch * w.shape.features);
  const by = new Float32Array(w.batch);
  const labels = new Float32Array(w.batch * (binary ? 1 : classes));
  let firstLoss = 0;
  const clock = startClock();
  for (let b = 0; b < batches; b++) {
    order.rowsOf(b, rows);
    gatherBatch(w, rows, bx, by);
    if (binary) labels.set(by);
    else {
      labels.fill(0);
      for (let i = 0; i < w.batch; i++) labels[i * classes + by[i]] = 1;
    }
    const wantLoss = b < CHECK_BATCHES;
    const xs = tf.tensor2d(bx, [w.batch, w.shape.features]);
    const ys = tf.tensor2d(labels, [w.batch, binary ? 1 : classes]);
    const cost = optimizer.minimize(
      () => {
        let h: tf.Tensor = xs;
        for (let l = 0; l < layerIds.length; l++) {
          const z = tf.add(tf.matMul(h as tf.Tensor2D, vars[2 * l] as tf.Variable<tf.Rank.R2>), vars[2 * l + 1]);
          h = l < activations.length ? activate(activations[l], z) : z;
        }
        return (binary ? tf.losses.sigmoidCrossEntropy(ys, h) : tf.losses.softmaxCrossEntropy(ys, h)) as tf.Scalar;
      },
      wantLoss,
      vars,
    );
    tf.dispose([xs, ys]);
    if (cost) {
      firstLoss += cost.dataSync()[0];
      cost.dispose();
    } else if (b % 16 === 15) {
      // Reading a value keeps any backend from queueing work past the timer.
      vars[0].dataSync();
    }
  }
  vars[vars.length - 1].dataSync();
  const rates = clock.rates(batches * w.batch);
  optimizer.dispose();
  tf.dispose(vars);
  return { ...rates, firstLoss: firstLoss / Math.min(CHECK_BATCHES, batches) };
}
