/**
 * One sample, step by step: the forward pass node by node (z = Σ wᵢxᵢ + b with its terms, the activation and
 * its value, softmax's exponentials, merges' parts, dropout's mask), the loss with its formula's numbers, the
 * backward pass (δ = ∂L/∂z per unit as its chain-rule factors, ∂L/∂w = δ·x), and a weight's update under the
 * optimizer's real rule. The values come from the model's parameters and the engine's own activation, softmax
 * and fused-loss functions, for a batch of one; `applySampleStep` then runs one real training step on it.
 */
import type { LossName, Model, OptimizerName, PlanNode, RandomSource } from './types';
import { elementwiseActivation, softmaxRows } from './ops/activations';
import { fusedLoss } from './ops/losses';
import { OPTIMIZER_DEFAULTS, type Optimizer, type OptimizerHyper, type OptimizerState } from './optim';

export type { OptimizerState };

/** One term wᵢ·xᵢ of a unit's weighted sum. */
export interface WeightedTerm {
  /** Index of the input value (row of the kernel). */
  i: number;
  w: number;
  x: number;
}

/** A unit of a dense or output layer, forward: z = Σ wᵢxᵢ + b, a = f(z). */
export interface UnitForward {
  terms: WeightedTerm[];
  /** 0 when the layer has no bias. */
  b: number;
  z: number;
  a: number;
}

export interface NodeForward {
  nodeId: string;
  type: PlanNode['type'];
  label: string;
  /** The value this node reads (the inputs summed for add, side by side for concat). */
  input: number[];
  /** The value this node passes on. */
  output: number[];
  /** The activation applied here (dense, activation and output nodes). */
  activation?: string;
  /** Dense and output nodes: one entry per unit. */
  units?: UnitForward[];
  /** Softmax output: eᶻʲ⁻ᵐᵃˣ per unit, their sum and the shift (the largest z). */
  softmax?: { exps: number[]; sum: number; max: number };
  /** Add and concat: each input's value, in edge order, with the node it comes from. */
  parts?: { from: string; values: number[] }[];
  /** Dropout: the scale applied to each value on this step (0 dropped, 1/(1 − rate) kept). */
  mask?: number[];
}

/** The loss of the sample with the numbers its formula uses. */
export interface LossTrace {
  name: LossName;
  /** The network's output a (probabilities for softmax/sigmoid). */
  prediction: number[];
  /** The target: the class index for classification, the values for regression. */
  target: number[];
  /** Per-output terms: (a − y)² for MSE; −[y log a + (1 − y) log(1 − a)] for BCE; −log a_y for cross-entropy. */
  terms: number[];
  value: number;
}

/** One contribution to ∂L/∂a of a unit: from a weighted consumer w·δ, or passed through another node. */
export interface DeltaContribution {
  from: string;
  /** The consumer's unit (weighted consumers). */
  unit?: number;
  w?: number;
  delta?: number;
  value: number;
}

/** A unit's backward: ∂L/∂a = Σ contributions, f′(z), and δ = ∂L/∂z = ∂L/∂a · f′(z). */
export interface UnitBackward {
  dA: number;
  contributions: DeltaContribution[];
  /** Undefined for the output layer, whose δ comes straight from the fused loss (a − y form). */
  fPrime?: number;
  delta: number;
}

export interface NodeBackward {
  nodeId: string;
  /** ∂L/∂(this node's output), per value. */
  dOutput: number[];
  /** Dense and output nodes. */
  units?: UnitBackward[];
  /** Dense and output nodes: ∂L/∂w [inputs][units] = x_i·δ_j (+ 2λw with L2), and ∂L/∂b = δ. */
  kernelGrad?: number[][];
  biasGrad?: number[];
}

export interface OptimizerSettings {
  name: OptimizerName;
  learningRate: number;
  hyper?: OptimizerHyper;
  state?: OptimizerState;
}

/** One parameter's update with the optimizer's rule and every intermediate number. */
export interface WeightUpdate {
  nodeId: string;
  /** Kernel weight w[i][j] (input i → unit j), or the bias of unit j when i is undefined. */
  i?: number;
  j: number;
  optimizer: OptimizerName;
  lr: number;
  w: number;
  grad: number;
  /** Momentum: the velocity before and after; RMSprop: the mean square; AdaGrad: the accumulator. */
  before?: number;
  after?: number;
  /** Adam: t, the moments before/after, the bias corrections 1 − β₁ᵗ, 1 − β₂ᵗ and the step size α. */
  adam?: {
    t: number;
    mBefore: number;
    vBefore: number;
    m: number;
    v: number;
    mHat: number;
    vHat: number;
    correction1: number;
    correction2: number;
    alpha: number;
  };
  step: number;
  wNew: number;
}

export interface SampleTrace {
  forward: NodeForward[];
  loss: LossTrace;
  /** In reverse plan order, from the output to the first layer (the input is left out). */
  backward: NodeBackward[];
}

const toArray = (a: ArrayLike<number>): number[] => Array.from(a);

/**
 * The forward and backward pass of one sample `x` with `target` (class index or regression values). With
 * dropout, `random` draws the mask (as training would); without it, dropout passes values through.
 */
export function traceSample(
  model: Model,
  x: ArrayLike<number>,
  target: ArrayLike<number>,
  opts: { l2?: number; random?: RandomSource } = {},
): SampleTrace {
  const plan = model.plan;
  if (x.length !== model.inputWidth) {
    throw new Error(`The sample has ${x.length} values but the network's Input takes ${model.inputWidth}.`);
  }
  const regression = plan.dataShape.task === 'regression';
  const expectedTargets = regression ? model.outputWidth : 1;
  if (target.length !== expectedTargets) {
    throw new Error(
      `The sample's target has ${target.length} values but this ${plan.dataShape.task} network needs ${expectedTargets}.`,
    );
  }
  const p = model.params;
  const outs = new Map<string, Float32Array>();
  const pres = new Map<string, Float32Array>();
  const masks = new Map<string, Float32Array>();
  const forward: NodeForward[] = [];
  const inputOf = (node: PlanNode): Float32Array => {
    if (node.type === 'add') {
      const s = new Float32Array(node.width);
      for (const id of node.inputs) outs.get(id)!.forEach((v, k) => (s[k] += v));
      return s;
    }
    if (node.type === 'concat') {
      const s = new Float32Array(node.inputWidth);
      let o = 0;
      for (const id of node.inputs) {
        const v = outs.get(id)!;
        s.set(v, o);
        o += v.length;
      }
      return s;
    }
    return outs.get(node.inputs[0])!;
  };
  for (const id of plan.order) {
    const node = plan.nodes[id];
    const base = { nodeId: id, type: node.type, label: node.label };
    if (node.type === 'input') {
      const v = Float32Array.from(x);
      outs.set(id, v);
      forward.push({ ...base, input: toArray(v), output: toArray(v) });
      continue;
    }
    const xin = inputOf(node);
    const out = new Float32Array(node.width);
    const entry: NodeForward = { ...base, input: toArray(xin), output: [] };
    if (node.type === 'dense' || node.type === 'output') {
      const useBias = node.type === 'output' || node.params.useBias;
      const bOff = node.paramOffset + node.inputWidth * node.width;
      const z = new Float32Array(node.width);
      const units: UnitForward[] = [];
      for (let j = 0; j < node.width; j++) {
        const terms: WeightedTerm[] = [];
        let s = 0;
        for (let i = 0; i < node.inputWidth; i++) {
          const w = p[node.paramOffset + i * node.width + j];
          terms.push({ i, w, x: xin[i] });
          s += w * xin[i];
        }
        const b = useBias ? p[bOff + j] : 0;
        z[j] = s + b;
        units.push({ terms, b, z: z[j], a: 0 });
      }
      const activation = node.params.activation;
      if (activation === 'softmax') {
        softmaxRows(z, out, 1, node.width);
        const max = Math.max(...z);
        const exps = Array.from(z, (v) => Math.exp(v - max));
        entry.softmax = { exps, sum: exps.reduce((a, b) => a + b, 0), max };
      } else {
        elementwiseActivation(activation).forward(z, out, node.width);
      }
      units.forEach((u, j) => (u.a = out[j]));
      pres.set(id, z);
      entry.units = units;
      entry.activation = activation;
    } else if (node.type === 'activation') {
      elementwiseActivation(node.params.activation).forward(xin, out, node.width);
      pres.set(id, xin);
      entry.activation = node.params.activation;
    } else if (node.type === 'dropout') {
      const rate = node.params.rate;
      const mask = new Float32Array(node.width);
      for (let k = 0; k < node.width; k++) {
        mask[k] = opts.random && rate > 0 ? (opts.random.next() >= rate ? 1 / (1 - rate) : 0) : 1;
        out[k] = xin[k] * mask[k];
      }
      masks.set(id, mask);
      entry.mask = toArray(mask);
    } else {
      out.set(xin);
      entry.parts = node.inputs.map((from) => ({ from, values: toArray(outs.get(from)!) }));
    }
    outs.set(id, out);
    entry.output = toArray(out);
    forward.push(entry);
  }

  // The loss and ∂L/∂z of the output, by the engine's fused loss for a batch of one.
  const outNode = plan.nodes[plan.outputId];
  const zOut = pres.get(plan.outputId)!;
  const aOut = outs.get(plan.outputId)!;
  const y = Float32Array.from(target);
  const dzOut = new Float32Array(outNode.width);
  const value = fusedLoss(plan.outputActivation, plan.loss, plan.dataShape.task).lossAndGradient(
    zOut,
    aOut,
    y,
    1,
    outNode.width,
    dzOut,
  );
  const loss: LossTrace = {
    name: plan.loss,
    prediction: toArray(aOut),
    target: toArray(y),
    terms: lossTerms(plan.loss, aOut, y, regression),
    value,
  };

  // Backward, in reverse plan order: ∂L/∂(output) per node, accumulated from its consumers.
  const dOut = new Map<string, Float64Array>();
  const contributions = new Map<string, DeltaContribution[][]>();
  for (const id of plan.order) {
    dOut.set(id, new Float64Array(plan.nodes[id].width));
    contributions.set(
      id,
      Array.from({ length: plan.nodes[id].width }, () => []),
    );
  }
  const pass = (to: string, k: number, c: DeltaContribution) => {
    dOut.get(to)![k] += c.value;
    contributions.get(to)![k].push(c);
  };
  const backward: NodeBackward[] = [];
  for (let s = plan.order.length - 1; s > 0; s--) {
    const id = plan.order[s];
    const node = plan.nodes[id];
    const dA = dOut.get(id)!;
    const entry: NodeBackward = { nodeId: id, dOutput: toArray(dA) };
    // ∂L/∂(this node's input), before it is split among the inputs.
    const dIn = new Float64Array(node.inputWidth);
    if (node.type === 'dense' || node.type === 'output') {
      const delta = new Float32Array(node.width);
      let fPrime: Float32Array | null = null;
      if (node.type === 'output') {
        delta.set(dzOut);
      } else {
        const one = new Float32Array(node.width).fill(1);
        fPrime = new Float32Array(node.width);
        if (node.params.activation === 'linear') fPrime.fill(1);
        else
          elementwiseActivation(node.params.activation).backward(pres.get(id)!, outs.get(id)!, one, fPrime, node.width);
        for (let j = 0; j < node.width; j++) delta[j] = dA[j] * fPrime[j];
      }
      entry.units = Array.from(delta, (d, j) => ({
        dA: node.type === 'output' ? d : dA[j],
        contributions: contributions.get(id)![j],
        ...(fPrime ? { fPrime: fPrime[j] } : {}),
        delta: d,
      }));
      const xin = inputOf(node);
      const l2 = (opts.l2 ?? 0) + (node.type === 'dense' ? node.params.l2 : 0);
      entry.kernelGrad = [];
      for (let i = 0; i < node.inputWidth; i++) {
        const row: number[] = [];
        for (let j = 0; j < node.width; j++) {
          const w = p[node.paramOffset + i * node.width + j];
          row.push(xin[i] * delta[j] + 2 * l2 * w);
          dIn[i] += w * delta[j];
        }
        entry.kernelGrad.push(row);
      }
      if (node.type === 'output' || node.params.useBias) entry.biasGrad = Array.from(delta);
      // Hand each input value its weighted contributions w·δ, unit by unit.
      const src = node.inputs[0];
      for (let i = 0; i < node.inputWidth; i++) {
        for (let j = 0; j < node.width; j++) {
          const w = p[node.paramOffset + i * node.width + j];
          pass(src, i, { from: id, unit: j, w, delta: delta[j], value: w * delta[j] });
        }
      }
      backward.push(entry);
      continue;
    }
    if (node.type === 'activation') {
      const d = new Float32Array(node.width);
      elementwiseActivation(node.params.activation).backward(
        pres.get(id)!,
        outs.get(id)!,
        Float32Array.from(dA),
        d,
        node.width,
      );
      dIn.set(d);
    } else if (node.type === 'dropout') {
      const mask = masks.get(id)!;
      for (let k = 0; k < node.width; k++) dIn[k] = dA[k] * mask[k];
    } else {
      dIn.set(node.type === 'add' ? dA : dA.subarray(0, node.inputWidth));
    }
    let offset = 0;
    for (const src of node.inputs) {
      const w = plan.nodes[src].width;
      for (let k = 0; k < w; k++) {
        pass(src, k, { from: id, value: dIn[node.type === 'concat' ? offset + k : k] });
      }
      offset += node.type === 'concat' ? w : 0;
    }
    backward.push(entry);
  }
  return { forward, loss, backward };
}

function lossTerms(name: LossName, a: Float32Array, y: Float32Array, regression: boolean): number[] {
  const width = a.length;
  if (name === 'mse') {
    // Classification with MSE compares with the class (one unit) or its one-hot vector.
    const t = regression ? Array.from(y) : width === 1 ? [y[0]] : Array.from(a, (_, j) => (j === y[0] ? 1 : 0));
    return Array.from(a, (v, j) => (v - t[j]) ** 2);
  }
  if (name === 'binaryCrossEntropy') {
    return Array.from(a, (v) => -(y[0] * Math.log(v) + (1 - y[0]) * Math.log(1 - v)));
  }
  return [-Math.log(a[y[0]])];
}

/**
 * The update of one parameter — kernel w[i][j] of `nodeId`, or its bias j when `i` is undefined — for the
 * gradient in `trace`, by the optimizer's rule (the same formulas as optim/ and the kernels).
 */
export function explainUpdate(
  model: Model,
  trace: SampleTrace,
  settings: OptimizerSettings,
  nodeId: string,
  j: number,
  i?: number,
): WeightUpdate {
  const node = model.plan.nodes[nodeId];
  if (!node || (node.type !== 'dense' && node.type !== 'output')) {
    throw new Error(`'${nodeId}' is not a dense or output layer, so it has no weights to update.`);
  }
  const back = trace.backward.find((b) => b.nodeId === nodeId);
  if (j < 0 || j >= node.width || (i !== undefined && (i < 0 || i >= node.inputWidth))) {
    throw new Error(
      `Layer '${node.label}' has weights w[0…${node.inputWidth - 1}][0…${node.width - 1}]; w[${i ?? '-'}][${j}] is outside them.`,
    );
  }
  const grad = i === undefined ? back?.biasGrad?.[j] : back?.kernelGrad?.[i][j];
  if (grad === undefined) throw new Error(`Layer '${node.label}' has no bias to update.`);
  const flat =
    i === undefined ? node.paramOffset + node.inputWidth * node.width + j : node.paramOffset + i * node.width + j;
  const w = model.params[flat];
  const lr = settings.learningRate;
  const h = settings.hyper ?? {};
  const st = settings.state ?? {};
  const eps = h.epsilon ?? OPTIMIZER_DEFAULTS.epsilon;
  const base = { nodeId, ...(i === undefined ? {} : { i }), j, optimizer: settings.name, lr, w, grad };
  const done = (step: number, extra: Partial<WeightUpdate> = {}): WeightUpdate => ({
    ...base,
    ...extra,
    step,
    wNew: w + step,
  });
  switch (settings.name) {
    case 'sgd':
      return done(-lr * grad);
    case 'momentum': {
      const before = st.velocity?.[flat] ?? 0;
      const after = (h.momentum ?? OPTIMIZER_DEFAULTS.momentum) * before - lr * grad;
      return done(after, { before, after });
    }
    case 'rmsprop': {
      const rho = h.rho ?? OPTIMIZER_DEFAULTS.rho;
      const before = st.meanSquare?.[flat] ?? 0;
      const after = rho * before + (1 - rho) * grad * grad;
      return done((-lr * grad) / Math.sqrt(after + eps), { before, after });
    }
    case 'adagrad': {
      const before = st.accumulator?.[flat] ?? h.initialAccumulator ?? OPTIMIZER_DEFAULTS.initialAccumulator;
      const after = before + grad * grad;
      return done((-lr * grad) / Math.sqrt(after + eps), { before, after });
    }
    case 'adam': {
      const b1 = h.beta1 ?? OPTIMIZER_DEFAULTS.beta1;
      const b2 = h.beta2 ?? OPTIMIZER_DEFAULTS.beta2;
      const t = (st.steps ?? 0) + 1;
      const mBefore = st.m?.[flat] ?? 0;
      const vBefore = st.v?.[flat] ?? 0;
      const m = mBefore + (grad - mBefore) * (1 - b1);
      const v = vBefore + (grad * grad - vBefore) * (1 - b2);
      const correction1 = 1 - Math.pow(b1, t);
      const correction2 = 1 - Math.pow(b2, t);
      const alpha = (lr * Math.sqrt(correction2)) / correction1;
      return done((-alpha * m) / (Math.sqrt(v) + eps), {
        adam: {
          t,
          mBefore,
          vBefore,
          m,
          v,
          mHat: m / correction1,
          vHat: v / correction2,
          correction1,
          correction2,
          alpha,
        },
      });
    }
    default:
      throw new Error(`Unknown optimizer "${String(settings.name)}".`);
  }
}

/**
 * "Apply this step": one real training step of `model` with `optimizer` on this one sample (a batch of one),
 * returning the sample's loss (inference mode, as evaluate measures it) before and after.
 */
export function applySampleStep(
  model: Model,
  optimizer: Optimizer,
  learningRate: number,
  x: ArrayLike<number>,
  target: ArrayLike<number>,
  random?: RandomSource,
): { lossBefore: number; lossAfter: number } {
  const xs = Float32Array.from(x);
  const ys = Float32Array.from(target);
  const lossBefore = model.evaluate(xs, ys, 1).loss;
  model.computeGradients(xs, ys, 1, random);
  optimizer.step(model.params, model.grads, learningRate);
  return { lossBefore, lossAfter: model.evaluate(xs, ys, 1).loss };
}
