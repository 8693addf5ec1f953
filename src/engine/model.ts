/**
 * Plan → executable model. Every buffer is allocated here, once, for `maxBatch` rows; forward and backward
 * then only run the plan's steps over those buffers (no allocation per step). Each node kind's forward and
 * backward live together in steps/ (one class per kind); this file builds the steps in plan order, runs them,
 * and owns what is model-wide: the loss, the sparse view of the input, and the weights' file form.
 */
import type { GivenMasks, ModelOptions, Plan, RandomSource, ShardableModel, WeightsByNode } from './types';
import { initParams } from './init';
import { createKernels, type Kernels } from './kernels';
import { fusedLoss, type FusedLoss } from './ops/losses';
import { MAX_SPARSE_VALUES, SparseInput, sparseInputSize } from './ops/sparse-input';
import { blockEnd, REDUCTION_BLOCK } from './ops/dense';
import { createStep, OutputStep, WeightedStep, type Step, type StepContext } from './steps';
import { DropoutStep } from './steps/dropout';

export function createModel(plan: Plan, opts: ModelOptions): ShardableModel {
  return new ExecutableModel(plan, opts);
}

/**
 * An upper bound on the values a model and its optimizer keep (sizes the kernels' memory, which grows once):
 * params, grads and two optimizer states; out, pre, delta and mask per node; scratch; the staged input and
 * the sparse input lists. And a bound on the number of buffers, for alignment.
 */
function kernelMemoryBound(plan: Plan, maxBatch: number): { floats: number; allocations: number } {
  const widths = plan.order.map((id) => plan.nodes[id].width);
  const inputWidth = plan.nodes[plan.inputId].width;
  const floats =
    4 * plan.totalParams +
    maxBatch * (4 * widths.reduce((a, b) => a + b, 0) + Math.max(...widths) + inputWidth) +
    sparseInputSize(maxBatch, inputWidth);
  return { floats, allocations: 4 * widths.length + 16 };
}

class ExecutableModel implements ShardableModel {
  readonly params: Float32Array;
  readonly grads: Float32Array;
  readonly maxBatch: number;
  readonly inputWidth: number;
  readonly outputWidth: number;
  readonly kernels: Kernels;
  private readonly steps: Step[];
  private readonly index = new Map<string, number>();
  private readonly output: OutputStep;
  /** The layers with a kernel (and maybe a bias), in plan order. */
  private readonly weighted: WeightedStep[];
  private readonly loss: FusedLoss;
  private readonly dropouts: DropoutStep[];
  readonly dropoutWidths: readonly number[];
  private readonly ctx: StepContext;
  /** Nonzeros of the input batch, for the layers that read the input directly (null: inputs too small/large). */
  private readonly sparse: SparseInput | null;
  /** Where the input batch is copied when the kernels cannot read the caller's array in place. */
  private readonly staging: Float32Array;
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
    const bound = kernelMemoryBound(plan, opts.maxBatch);
    this.kernels = createKernels(opts.wasm, bound.floats, bound.allocations);
    this.params = this.kernels.floats(plan.totalParams);
    this.grads = this.kernels.floats(plan.totalParams);
    this.loss = fusedLoss(plan.outputActivation, plan.loss, plan.dataShape.task);
    this.inputWidth = plan.nodes[plan.inputId].width;
    const nodes = plan.order.map((id) => plan.nodes[id]);
    // Scanning for zeros only pays off for wide inputs such as images; 2-D points never take this path.
    const readsInput = nodes.some((n) => (n.type === 'dense' || n.type === 'output') && n.inputs[0] === plan.inputId);
    const values = this.maxBatch * this.inputWidth;
    this.sparse =
      readsInput && this.inputWidth >= 64 && values <= MAX_SPARSE_VALUES
        ? new SparseInput(this.maxBatch, this.inputWidth, this.kernels)
        : null;
    this.staging = this.kernels.floats(this.kernels.path === 'typescript' ? 0 : values);
    const ctx: StepContext = {
      maxBatch: this.maxBatch,
      params: this.params,
      grads: this.grads,
      kernels: this.kernels,
      scratch: this.kernels.floats(this.maxBatch * Math.max(...nodes.map((n) => n.width))),
      sparse: this.sparse,
      l2: opts.l2 ?? 0,
      given: null,
      dropouts: 0,
    };
    this.ctx = ctx;
    this.steps = [];
    for (const node of nodes) {
      const inputs = node.inputs.map((id) => {
        const i = this.index.get(id);
        if (i === undefined)
          throw new Error(
            `The plan lists '${id}' as an input of '${node.id}' before computing it: recompile the graph.`,
          );
        return this.steps[i];
      });
      this.index.set(node.id, this.steps.length);
      this.steps.push(createStep(node, inputs, ctx));
    }
    if (this.steps[0]?.node.id !== plan.inputId) {
      throw new Error(`The plan does not start at its Input '${plan.inputId}': recompile the graph.`);
    }
    const output = this.steps[this.index.get(plan.outputId)!];
    if (!(output instanceof OutputStep)) throw new Error(`The plan's output '${plan.outputId}' is not an Output node.`);
    this.output = output;
    this.weighted = this.steps.filter((s): s is WeightedStep => s instanceof WeightedStep);
    this.dropouts = this.steps.filter((s): s is DropoutStep => s instanceof DropoutStep);
    this.dropoutWidths = this.dropouts.map((s) => s.width);
    this.outputWidth = output.width;
    this.outputView = output.out.subarray(0, 0);
    initParams(plan, this.params, opts.seed);
  }

  forward(x: Float32Array, batch: number, training: boolean, random?: RandomSource): Float32Array {
    this.checkBatch(batch);
    if (x.length < batch * this.inputWidth) {
      throw new Error(
        `The input has ${x.length} values but a batch of ${batch} rows × ${this.inputWidth} features needs ${batch * this.inputWidth}.`,
      );
    }
    const steps = this.steps;
    steps[0].out = this.kernels.stage(x, batch * this.inputWidth, this.staging);
    if (this.sparse) this.sparse.scan(x, batch);
    for (let s = 1; s < steps.length; s++) steps[s].forward(batch, training, random);
    if (batch !== this.lastBatch) {
      this.lastBatch = batch;
      this.outputView = this.output.out.subarray(0, batch * this.outputWidth);
    }
    return this.outputView;
  }

  computeGradients(x: Float32Array, y: Float32Array, batch: number, random?: RandomSource): number {
    this.forward(x, batch, true, random);
    this.checkTargets(y, batch);
    const out = this.output;
    const loss = this.loss.lossAndGradient(out.pre, out.out, y, batch, out.width, out.delta);
    this.backward(batch);
    this.addRegularization();
    return loss;
  }

  drawDropoutMasks(rows: number, random: RandomSource, into: readonly Float32Array[]): void {
    this.dropouts.forEach((step, i) => step.drawMasks(rows, random, into[i]));
  }

  partialGradients(
    x: Float32Array,
    y: Float32Array,
    rows: number,
    batchRows: number,
    lossSums: Float64Array,
    lossAt: number,
    given: GivenMasks | null,
  ): void {
    if (this.dropouts.length > 0 && !given) {
      throw new Error('A share of a batch needs its dropout masks drawn ahead (drawDropoutMasks).');
    }
    this.ctx.given = given;
    try {
      this.forward(x, rows, true);
    } finally {
      this.ctx.given = null;
    }
    this.checkTargets(y, rows);
    const out = this.output;
    for (let r0 = 0, b = lossAt; r0 < rows; r0 += REDUCTION_BLOCK, b++) {
      const r1 = blockEnd(r0, rows);
      lossSums[b] = this.loss.blockSumAndGradient(out.pre, out.out, y, r0, r1, out.width, out.delta, batchRows);
    }
    this.backward(rows);
  }

  addRegularization(): void {
    for (const layer of this.weighted) layer.addRegularization();
  }

  meanLoss(sum: number, rows: number): number {
    return this.loss.meanOf(sum, rows, this.outputWidth);
  }

  private backward(batch: number): void {
    const steps = this.steps;
    for (let s = 0; s < steps.length; s++) steps[s].resetDelta();
    for (let s = steps.length - 1; s > 0; s--) if (steps[s].needsDelta) steps[s].backward(batch);
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
    const step = this.steps[i];
    return step.out.subarray(0, this.lastBatch * step.width);
  }

  getWeights(): WeightsByNode {
    const weights: WeightsByNode = {};
    for (const layer of this.weighted) {
      const { inner, width, wOff, bOff } = layer;
      weights[layer.node.id] = {
        kernel: { shape: [inner, width], data: this.params.slice(wOff, wOff + inner * width) },
        ...(bOff >= 0 ? { bias: { shape: [width], data: this.params.slice(bOff, bOff + width) } } : {}),
      };
    }
    return weights;
  }

  /**
   * Loads weights for every layer that has them (extra entries, e.g. of deleted nodes, are ignored). Checks
   * everything before changing anything, so a mismatch leaves the model as it was.
   */
  setWeights(weights: WeightsByNode): void {
    for (const layer of this.weighted) {
      const w = weights[layer.node.id];
      const name = `'${layer.node.label}'`;
      const { inner, width } = layer;
      if (!w) throw new Error(`The saved weights have nothing for layer ${name}: retrain the network.`);
      if (
        w.kernel.shape.length !== 2 ||
        w.kernel.shape[0] !== inner ||
        w.kernel.shape[1] !== width ||
        w.kernel.data.length !== inner * width
      ) {
        throw new Error(
          `The saved kernel of layer ${name} has shape [${w.kernel.shape.join(', ')}] but the layer needs [${inner}, ${width}]: retrain the network.`,
        );
      }
      if (layer.bOff >= 0 && (!w.bias || w.bias.data.length !== width)) {
        throw new Error(`The saved weights of layer ${name} have no bias of length ${width}: retrain the network.`);
      }
    }
    for (const layer of this.weighted) {
      const w = weights[layer.node.id];
      this.params.set(w.kernel.data, layer.wOff);
      if (layer.bOff >= 0) this.params.set(w.bias!.data, layer.bOff);
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
