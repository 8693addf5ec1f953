/**
 * Dense layers: z = x·W + b, a = f(z). The output node is a dense layer whose activation belongs to the loss
 * (output.ts); both keep their kernel [inputWidth, width] then their bias [width] at the node's paramOffset.
 * When a layer reads the network's input and the batch is mostly zeros, its products go through the sparse
 * input lists instead of the tiled kernels.
 */
import type { PlanNodeOf } from '../types';
import { elementwiseActivation, type ElementwiseActivation } from '../ops/activations';
import { addL2 } from '../ops/dense';
import { Step, type StepContext } from './step';

/** What dense and output layers share: the product z = x·W + b and, backward, the gradients of W, b and x. */
export abstract class WeightedStep extends Step {
  /** The pre-activation z (the same array as `out` when the activation is linear). */
  readonly pre: Float32Array;
  /** Offsets of the kernel and the bias in the flat parameters (bOff is -1 without a bias). */
  readonly wOff: number;
  readonly bOff: number;
  /** Width of the layer's input (the kernel has inputWidth × width weights). */
  readonly inner: number;
  protected readonly l2: number;
  /** Whether this layer reads the network's input, so the sparse lists may stand in for it. */
  private readonly readsInput: boolean;

  constructor(
    node: PlanNodeOf<'dense'> | PlanNodeOf<'output'>,
    input: Step,
    ctx: StepContext,
    opts: { linear: boolean; useBias: boolean; l2: number },
  ) {
    super(node, [input], ctx);
    this.pre = opts.linear ? this.out : ctx.kernels.floats(ctx.maxBatch * node.width);
    this.inner = node.inputWidth;
    this.wOff = node.paramOffset;
    this.bOff = opts.useBias ? node.paramOffset + node.inputWidth * node.width : -1;
    this.l2 = opts.l2;
    this.readsInput = input.node.type === 'input';
  }

  /** z = x·W + b into `pre`; with `relu`, also a = max(z, 0) into `out` (fused in the kernel). */
  protected product(batch: number, relu = false): void {
    const { sparse, kernels, params } = this.ctx;
    if (this.readsInput && sparse?.valid)
      kernels.sparseForward(sparse, params, this.wOff, this.bOff, this.width, this.pre, this.out, relu);
    else
      kernels.denseForward(
        this.inputs[0].out,
        batch,
        this.inner,
        params,
        this.wOff,
        this.bOff,
        this.width,
        this.pre,
        this.out,
        relu,
      );
  }

  /** Adds the L2 term to the kernel's gradient, once the data gradient is complete (model.addRegularization). */
  addRegularization(): void {
    if (this.l2 > 0) addL2(this.ctx.params, this.ctx.grads, this.wOff, this.inner * this.width, this.l2);
  }

  /** Given dL/dz in `delta`: dW, db and dL/dx for the input when it needs one (the L2 term comes after). */
  backward(batch: number): void {
    const { ctx, inner } = this;
    const src = this.inputs[0];
    const { sparse, kernels } = ctx;
    if (this.readsInput && sparse?.valid) {
      kernels.sparseWeightGrad(sparse, this.delta, this.width, ctx.grads, this.wOff);
      if (this.bOff >= 0) kernels.denseBiasGrad(this.delta, batch, this.width, ctx.grads, this.bOff);
    } else {
      kernels.denseWeightGrad(src.out, this.delta, batch, inner, this.width, ctx.grads, this.wOff, this.bOff);
    }
    // The first layer's input gradient is never used, so it is never computed.
    if (src.needsDelta) {
      kernels.denseInputGrad(this.delta, batch, this.width, ctx.params, this.wOff, inner, src.deltaTarget());
      src.commitDelta(batch);
    }
  }
}

/** A hidden dense layer: the product, then its elementwise activation (none for linear). */
export class DenseStep extends WeightedStep {
  private readonly act: ElementwiseActivation | null;
  /** ReLU is applied by the product's kernel as it stores z (one pass over the layer's output, not two). */
  private readonly fusedRelu: boolean;

  constructor(node: PlanNodeOf<'dense'>, input: Step, ctx: StepContext) {
    const { activation, useBias, l2 } = node.params;
    const linear = activation === 'linear';
    super(node, input, ctx, { linear, useBias, l2: ctx.l2 + l2 });
    this.act = linear ? null : elementwiseActivation(activation);
    this.fusedRelu = activation === 'relu';
  }

  override forward(batch: number): void {
    this.product(batch, this.fusedRelu);
    if (this.act && !this.fusedRelu) this.act.forward(this.pre, this.out, batch * this.width);
  }

  override backward(batch: number): void {
    // dL/da → dL/dz in place, then the shared weight gradients.
    if (this.act) this.act.backward(this.pre, this.out, this.delta, this.delta, batch * this.width);
    super.backward(batch);
  }
}
