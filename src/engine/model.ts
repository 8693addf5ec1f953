/**
 * Plan → executable model. Every buffer is allocated here, once, for `maxBatch` rows; forward and backward
 * then only run the plan's steps over those buffers (no allocation per step).
 *
 * Per node ("slot"): `out` holds its output [maxBatch, width]; dense and output nodes also keep their
 * pre-activation `pre` (the same array as `out` when the activation is linear); `delta` holds dL/d(out),
 * which dense/output nodes turn into dL/d(pre) in place before using it. A node read by several others
 * receives the sum of their deltas: the first writes directly, later ones go through a scratch buffer.
 */
import type {
  ActivationName,
  Model,
  ModelOptions,
  NodeType,
  Plan,
  PlanNode,
  RandomSource,
  WeightsByNode,
} from './types';
import { initParams } from './init';
import { elementwiseActivation, softmaxRows, type ElementwiseActivation } from './ops/activations';
import { addL2, denseBiasGrad, denseForward, denseInputGrad, denseWeightGrad } from './ops/dense';
import { dropoutBackward, dropoutForward } from './ops/dropout';
import { fusedLoss, type FusedLoss } from './ops/losses';
import { addBackward, addForward, concatBackward, concatForward } from './ops/merge';
import { MAX_SPARSE_VALUES, SparseInput } from './ops/sparse-input';

interface Slot {
  node: PlanNode;
  kind: NodeType;
  width: number;
  inputs: number[];
  out: Float32Array;
  pre: Float32Array;
  delta: Float32Array;
  mask: Float32Array | null;
  /** Elementwise activation of dense/activation nodes (output nodes are handled by `outputActivation`). */
  act: ElementwiseActivation | null;
  linear: boolean;
  wOff: number;
  bOff: number;
  l2: number;
  rate: number;
  /** Whether backward must compute this node's delta (something trainable lies at or before it). */
  needsDelta: boolean;
}

export function createModel(plan: Plan, opts: ModelOptions): Model {
  return new ExecutableModel(plan, opts);
}

class ExecutableModel implements Model {
  readonly params: Float32Array;
  readonly grads: Float32Array;
  readonly maxBatch: number;
  readonly inputWidth: number;
  readonly outputWidth: number;
  private readonly slots: Slot[];
  private readonly index = new Map<string, number>();
  private readonly output: Slot;
  private readonly loss: FusedLoss;
  private readonly written: Uint8Array;
  private readonly scratch: Float32Array;
  /** Nonzeros of the input batch, for the layers that read the input directly (null: inputs too small/large). */
  private readonly sparse: SparseInput | null;
  private lastBatch = 0;
  private outputView: Float32Array;

  constructor(
    readonly plan: Plan,
    opts: ModelOptions,
  ) {
    if (!Number.isInteger(opts.maxBatch) || opts.maxBatch < 1) {
      throw new Error(`The largest batch must be a whole number of at least 1, not ${opts.maxBatch}.`);
    }
    this.maxBatch = opts.maxBatch;
    this.params = new Float32Array(plan.totalParams);
    this.grads = new Float32Array(plan.totalParams);
    this.loss = fusedLoss(plan.outputActivation, plan.loss, plan.dataShape.task);
    this.slots = plan.order.map((id, i) => {
      this.index.set(id, i);
      return this.buildSlot(plan.nodes[id], opts.l2 ?? 0);
    });
    for (const slot of this.slots) {
      slot.needsDelta =
        slot.kind !== 'input' && (slot.node.paramCount > 0 || slot.inputs.some((i) => this.slots[i].needsDelta));
    }
    this.output = this.slots[this.index.get(plan.outputId)!];
    this.inputWidth = plan.nodes[plan.inputId].width;
    this.outputWidth = this.output.width;
    this.written = new Uint8Array(this.slots.length);
    this.scratch = new Float32Array(this.maxBatch * Math.max(...this.slots.map((s) => s.width)));
    this.outputView = this.output.out.subarray(0, 0);
    // Scanning for zeros only pays off for wide inputs such as images; 2-D points never take this path.
    const readsInput = this.slots.some((s) => s.wOff >= 0 && s.inputs[0] === 0);
    const values = this.maxBatch * this.inputWidth;
    this.sparse =
      readsInput && this.inputWidth >= 64 && values <= MAX_SPARSE_VALUES
        ? new SparseInput(this.maxBatch, this.inputWidth)
        : null;
    initParams(plan, this.params, opts.seed);
  }

  private buildSlot(node: PlanNode, globalL2: number): Slot {
    const size = this.maxBatch * node.width;
    const kind = node.type;
    const out = kind === 'input' ? new Float32Array(0) : new Float32Array(size);
    const activation = node.params.activation as ActivationName | undefined;
    const linear = kind === 'dense' || kind === 'output' ? activation === 'linear' : false;
    const hasPre = (kind === 'dense' || kind === 'output') && !linear;
    const weighted = kind === 'dense' || kind === 'output';
    const useBias = kind === 'output' || (kind === 'dense' && node.params.useBias !== false);
    return {
      node,
      kind,
      width: node.width,
      inputs: node.inputs.map((id) => {
        const i = this.index.get(id);
        if (i === undefined)
          throw new Error(
            `The plan lists '${id}' as an input of '${node.id}' before computing it: recompile the graph.`,
          );
        return i;
      }),
      out,
      pre: hasPre ? new Float32Array(size) : out,
      delta: kind === 'input' ? out : new Float32Array(size),
      mask: kind === 'dropout' ? new Float32Array(size) : null,
      act: kind === 'dense' || kind === 'activation' ? elementwiseActivation(activation!) : null,
      linear,
      wOff: weighted ? node.paramOffset : -1,
      bOff: weighted && useBias ? node.paramOffset + node.inputWidth * node.width : -1,
      l2:
        kind === 'dense' ? globalL2 + ((node.params.l2 as number | undefined) ?? 0) : kind === 'output' ? globalL2 : 0,
      rate: kind === 'dropout' ? (node.params.rate as number) : 0,
      needsDelta: false,
    };
  }

  forward(x: Float32Array, batch: number, training: boolean, random?: RandomSource): Float32Array {
    this.checkBatch(batch);
    if (x.length < batch * this.inputWidth) {
      throw new Error(
        `The input has ${x.length} values but a batch of ${batch} rows × ${this.inputWidth} features needs ${batch * this.inputWidth}.`,
      );
    }
    const slots = this.slots;
    slots[0].out = x;
    if (this.sparse) this.sparse.scan(x, batch);
    for (let s = 1; s < slots.length; s++) {
      const slot = slots[s];
      const n = batch * slot.width;
      const first = slots[slot.inputs[0]];
      switch (slot.kind) {
        case 'dense':
        case 'output':
          if (slot.inputs[0] === 0 && this.sparse?.valid)
            this.sparse.forward(this.params, slot.wOff, slot.bOff, slot.width, slot.pre);
          else
            denseForward(
              first.out,
              batch,
              slot.node.inputWidth,
              this.params,
              slot.wOff,
              slot.bOff,
              slot.width,
              slot.pre,
            );
          if (slot.kind === 'output') this.outputActivation(slot, batch);
          else if (!slot.linear) slot.act!.forward(slot.pre, slot.out, n);
          break;
        case 'activation':
          slot.act!.forward(first.out, slot.out, n);
          break;
        case 'dropout':
          dropoutForward(first.out, slot.out, slot.mask!, n, slot.rate, training, random);
          break;
        case 'add':
          for (let k = 0; k < slot.inputs.length; k++) addForward(slots[slot.inputs[k]].out, slot.out, n, k > 0);
          break;
        case 'concat':
          for (let k = 0, offset = 0; k < slot.inputs.length; k++) {
            const src = slots[slot.inputs[k]];
            concatForward(src.out, src.width, slot.out, slot.width, offset, batch);
            offset += src.width;
          }
          break;
        case 'input':
          throw new Error(`Input '${slot.node.label}' appears after the start of the plan: recompile the graph.`);
      }
    }
    if (batch !== this.lastBatch) {
      this.lastBatch = batch;
      this.outputView = this.output.out.subarray(0, batch * this.outputWidth);
    }
    return this.outputView;
  }

  private outputActivation(slot: Slot, batch: number): void {
    const n = batch * slot.width;
    if (this.plan.outputActivation === 'softmax') softmaxRows(slot.pre, slot.out, batch, slot.width);
    else if (this.plan.outputActivation === 'sigmoid') elementwiseActivation('sigmoid').forward(slot.pre, slot.out, n);
  }

  computeGradients(x: Float32Array, y: Float32Array, batch: number, random?: RandomSource): number {
    this.forward(x, batch, true, random);
    this.checkTargets(y, batch);
    const out = this.output;
    const loss = this.loss.lossAndGradient(out.pre, out.out, y, batch, out.width, out.delta);
    this.backward(batch);
    return loss;
  }

  private backward(batch: number): void {
    const slots = this.slots;
    this.written.fill(0);
    for (let s = slots.length - 1; s > 0; s--) {
      const slot = slots[s];
      if (!slot.needsDelta) continue;
      const n = batch * slot.width;
      switch (slot.kind) {
        case 'dense':
        case 'output': {
          if (slot.kind === 'dense' && !slot.linear) slot.act!.backward(slot.pre, slot.out, slot.delta, slot.delta, n);
          const src = slots[slot.inputs[0]];
          const inner = slot.node.inputWidth;
          if (slot.inputs[0] === 0 && this.sparse?.valid) {
            this.sparse.weightGrad(slot.delta, slot.width, this.grads, slot.wOff);
            if (slot.bOff >= 0) denseBiasGrad(slot.delta, batch, slot.width, this.grads, slot.bOff);
          } else {
            denseWeightGrad(src.out, slot.delta, batch, inner, slot.width, this.grads, slot.wOff, slot.bOff);
          }
          if (slot.l2 > 0) addL2(this.params, this.grads, slot.wOff, inner * slot.width, slot.l2);
          // The first layer's input gradient is never used, so it is never computed.
          if (src.needsDelta) {
            denseInputGrad(slot.delta, batch, slot.width, this.params, slot.wOff, inner, this.target(slot.inputs[0]));
            this.commit(slot.inputs[0], batch);
          }
          break;
        }
        case 'activation': {
          const src = slots[slot.inputs[0]];
          if (!src.needsDelta) break;
          slot.act!.backward(src.out, slot.out, slot.delta, this.target(slot.inputs[0]), n);
          this.commit(slot.inputs[0], batch);
          break;
        }
        case 'dropout':
          if (!slots[slot.inputs[0]].needsDelta) break;
          dropoutBackward(slot.delta, slot.mask!, this.target(slot.inputs[0]), n);
          this.commit(slot.inputs[0], batch);
          break;
        case 'add':
          for (const i of slot.inputs) {
            if (!slots[i].needsDelta) continue;
            addBackward(slot.delta, this.target(i), n);
            this.commit(i, batch);
          }
          break;
        case 'concat':
          for (let k = 0, offset = 0; k < slot.inputs.length; k++) {
            const i = slot.inputs[k];
            const src = slots[i];
            if (src.needsDelta) {
              concatBackward(slot.delta, slot.width, offset, this.target(i), src.width, batch);
              this.commit(i, batch);
            }
            offset += src.width;
          }
          break;
        case 'input':
          break;
      }
    }
  }

  /** Where a delta for slot i should be written: straight into its buffer the first time, else scratch. */
  private target(i: number): Float32Array {
    return this.written[i] ? this.scratch : this.slots[i].delta;
  }

  /** Finishes a write made through target(i): later contributions are added onto the first. */
  private commit(i: number, batch: number): void {
    if (this.written[i]) {
      const delta = this.slots[i].delta;
      const scratch = this.scratch;
      for (let j = 0, n = batch * this.slots[i].width; j < n; j++) delta[j] += scratch[j];
    } else {
      this.written[i] = 1;
    }
  }

  evaluate(x: Float32Array, y: Float32Array, batch: number): { loss: number; correct: number } {
    this.forward(x, batch, false);
    this.checkTargets(y, batch);
    const out = this.output;
    return {
      loss: this.loss.loss(out.pre, out.out, y, batch, out.width),
      correct: this.loss.correct(out.out, y, batch, out.width),
    };
  }

  activationsOf(nodeId: string): Float32Array {
    const i = this.index.get(nodeId);
    if (i === undefined)
      throw new Error(`Node '${nodeId}' is not part of the compiled network, so it has no activations.`);
    const slot = this.slots[i];
    return slot.out.subarray(0, this.lastBatch * slot.width);
  }

  getWeights(): WeightsByNode {
    const weights: WeightsByNode = {};
    for (const slot of this.slots) {
      if (slot.wOff < 0) continue;
      const inner = slot.node.inputWidth;
      const kernelSize = inner * slot.width;
      weights[slot.node.id] = {
        kernel: { shape: [inner, slot.width], data: this.params.slice(slot.wOff, slot.wOff + kernelSize) },
        ...(slot.bOff >= 0
          ? { bias: { shape: [slot.width], data: this.params.slice(slot.bOff, slot.bOff + slot.width) } }
          : {}),
      };
    }
    return weights;
  }

  /**
   * Loads weights for every layer that has them (extra entries, e.g. of deleted nodes, are ignored). Checks
   * everything before changing anything, so a mismatch leaves the model as it was.
   */
  setWeights(weights: WeightsByNode): void {
    const weighted = this.slots.filter((s) => s.wOff >= 0);
    for (const slot of weighted) {
      const w = weights[slot.node.id];
      const name = `'${slot.node.label}'`;
      const inner = slot.node.inputWidth;
      if (!w) throw new Error(`The saved weights have nothing for layer ${name}: retrain the network.`);
      if (
        w.kernel.shape.length !== 2 ||
        w.kernel.shape[0] !== inner ||
        w.kernel.shape[1] !== slot.width ||
        w.kernel.data.length !== inner * slot.width
      ) {
        throw new Error(
          `The saved kernel of layer ${name} has shape [${w.kernel.shape.join(', ')}] but the layer needs [${inner}, ${slot.width}]: retrain the network.`,
        );
      }
      if (slot.bOff >= 0 && (!w.bias || w.bias.data.length !== slot.width)) {
        throw new Error(
          `The saved weights of layer ${name} have no bias of length ${slot.width}: retrain the network.`,
        );
      }
    }
    for (const slot of weighted) {
      const w = weights[slot.node.id];
      this.params.set(w.kernel.data, slot.wOff);
      if (slot.bOff >= 0) this.params.set(w.bias!.data, slot.bOff);
    }
  }

  private checkBatch(batch: number): void {
    if (!Number.isInteger(batch) || batch < 1 || batch > this.maxBatch) {
      throw new Error(
        `A batch of ${batch} rows does not fit this model: use 1 to ${this.maxBatch} rows (its maxBatch).`,
      );
    }
  }

  private checkTargets(y: Float32Array, batch: number): void {
    const needed = this.plan.dataShape.task === 'regression' ? batch * this.outputWidth : batch;
    if (y.length < needed)
      throw new Error(`The targets have ${y.length} values but a batch of ${batch} rows needs ${needed}.`);
  }
}
