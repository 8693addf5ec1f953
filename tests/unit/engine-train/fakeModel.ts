/**
 * A hand-written single-layer model implementing the engine's Model interface, so the trainer, inspection
 * and host can be tested without the compiler: output = act(x·W + b) with a linear output and MSE loss
 * (regression) or one sigmoid unit and binary cross-entropy (binary classification).
 */
import type { DataShape, Dataset, Model, Plan, WeightsByNode } from '../../../src/engine/types';
import { Rng } from '../../../src/engine/rng';
import { typescriptKernels } from '../../../src/engine/kernels';

export function makePlan(features: number, outputs: number, kind: 'linear' | 'sigmoid'): Plan {
  const dataShape: DataShape =
    kind === 'sigmoid'
      ? { features, task: 'classification', classes: 2 }
      : { features, task: 'regression', classes: 0, targets: outputs };
  return {
    order: ['in', 'out'],
    nodes: {
      in: {
        id: 'in',
        type: 'input',
        label: 'in',
        inputs: [],
        width: features,
        inputWidth: features,
        params: {},
        paramOffset: 0,
        paramCount: 0,
      },
      out: {
        id: 'out',
        type: 'output',
        label: 'out',
        inputs: ['in'],
        width: outputs,
        inputWidth: features,
        params: { activation: kind, loss: kind === 'sigmoid' ? 'binaryCrossEntropy' : 'mse' },
        paramOffset: 0,
        paramCount: features * outputs + outputs,
      },
    },
    inputId: 'in',
    outputId: 'out',
    totalParams: features * outputs + outputs,
    loss: kind === 'sigmoid' ? 'binaryCrossEntropy' : 'mse',
    outputActivation: kind,
    dataShape,
  };
}

export function createFakeModel(plan: Plan, maxBatch: number, seed = 1): Model {
  const nIn = plan.nodes.out.inputWidth;
  const nOut = plan.nodes.out.width;
  const sigmoid = plan.outputActivation === 'sigmoid';
  const params = new Float32Array(plan.totalParams);
  const grads = new Float32Array(plan.totalParams);
  const rng = new Rng(seed);
  for (let i = 0; i < nIn * nOut; i++) params[i] = rng.uniform(-0.5, 0.5);
  const out = new Float32Array(maxBatch * nOut);
  const inputCopy = new Float32Array(maxBatch * nIn);

  function forward(x: Float32Array, batch: number): Float32Array {
    inputCopy.set(x.subarray(0, batch * nIn));
    for (let r = 0; r < batch; r++) {
      for (let o = 0; o < nOut; o++) {
        let z = params[nIn * nOut + o];
        for (let i = 0; i < nIn; i++) z += x[r * nIn + i] * params[i * nOut + o];
        out[r * nOut + o] = sigmoid ? 1 / (1 + Math.exp(-z)) : z;
      }
    }
    return out.subarray(0, batch * nOut);
  }

  function lossOf(y: Float32Array, batch: number): number {
    let sum = 0;
    for (let r = 0; r < batch; r++) {
      for (let o = 0; o < nOut; o++) {
        const p = out[r * nOut + o];
        if (sigmoid) {
          const q = Math.min(Math.max(p, 1e-7), 1 - 1e-7);
          sum += y[r] === 1 ? -Math.log(q) : -Math.log(1 - q);
        } else {
          const d = p - y[r * nOut + o];
          sum += (d * d) / nOut;
        }
      }
    }
    return sum / batch;
  }

  return {
    plan,
    params,
    grads,
    maxBatch,
    inputWidth: nIn,
    outputWidth: nOut,
    kernels: typescriptKernels,
    forward: (x, batch) => forward(x, batch),
    computeGradients(x, y, batch) {
      forward(x, batch);
      const loss = lossOf(y, batch);
      grads.fill(0);
      for (let r = 0; r < batch; r++) {
        for (let o = 0; o < nOut; o++) {
          const p = out[r * nOut + o];
          // d(loss)/dz: p − y for sigmoid + BCE, 2(p − y)/nOut for MSE; averaged over the batch.
          const dz = (sigmoid ? p - y[r] : (2 * (p - y[r * nOut + o])) / nOut) / batch;
          for (let i = 0; i < nIn; i++) grads[i * nOut + o] += dz * x[r * nIn + i];
          grads[nIn * nOut + o] += dz;
        }
      }
      return loss;
    },
    evaluate(x, y, batch) {
      forward(x, batch);
      let correct = 0;
      if (sigmoid) for (let r = 0; r < batch; r++) if ((out[r] >= 0.5 ? 1 : 0) === y[r]) correct++;
      return { loss: lossOf(y, batch), correct };
    },
    activationsOf(nodeId) {
      if (nodeId === 'in') return inputCopy;
      if (nodeId === 'out') return out;
      throw new Error(`No node ${nodeId}`);
    },
    getWeights(): WeightsByNode {
      return {
        out: {
          kernel: { shape: [nIn, nOut], data: params.slice(0, nIn * nOut) },
          bias: { shape: [nOut], data: params.slice(nIn * nOut) },
        },
      };
    },
    setWeights(w) {
      params.set(w.out.kernel.data, 0);
      if (w.out.bias) params.set(w.out.bias.data, nIn * nOut);
    },
  };
}

/** y = 2x₀ − x₁ + 0.5 on a seeded grid of points, as a regression dataset. */
export function linearData(n: number, seed: number, scale = 1): Dataset {
  const rng = new Rng(seed);
  const x = new Float32Array(n * 2);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    x[2 * i] = rng.uniform(-1, 1) * scale;
    x[2 * i + 1] = rng.uniform(-1, 1) * scale;
    y[i] = 2 * x[2 * i] - x[2 * i + 1] + 0.5;
  }
  return {
    name: 'linear',
    task: 'regression',
    features: 2,
    classes: 0,
    targets: 1,
    featureNames: ['a', 'b'],
    classNames: [],
    n,
    x,
    y,
  };
}

/** Two classes split by the line x₀ + x₁ = 0. */
export function halfPlaneData(n: number, seed: number): Dataset {
  const rng = new Rng(seed);
  const x = new Float32Array(n * 2);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    x[2 * i] = rng.uniform(-1, 1);
    x[2 * i + 1] = rng.uniform(-1, 1);
    y[i] = x[2 * i] + x[2 * i + 1] > 0 ? 1 : 0;
  }
  return {
    name: 'half-plane',
    task: 'classification',
    features: 2,
    classes: 2,
    targets: 1,
    featureNames: ['a', 'b'],
    classNames: ['0', '1'],
    n,
    x,
    y,
  };
}
