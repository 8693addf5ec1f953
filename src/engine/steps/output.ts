/**
 * The output layer: a dense product with a bias, then the output activation (sigmoid, softmax or linear).
 * Its backward starts from dL/dz, which the fused loss (ops/losses.ts) writes into `delta`, so the activation's
 * derivative is never taken on its own here.
 */
import type { OutputActivation, PlanNodeOf } from '../types';
import { elementwiseActivation, softmaxRows, type ElementwiseActivation } from '../ops/activations';
import type { Step, StepContext } from './step';
import { WeightedStep } from './dense';

export class OutputStep extends WeightedStep {
  private readonly activation: OutputActivation;
  private readonly sigmoid: ElementwiseActivation;

  constructor(node: PlanNodeOf<'output'>, input: Step, ctx: StepContext) {
    const { activation } = node.params;
    // The output layer always has a bias, and only the training-wide L2.
    super(node, input, ctx, { linear: activation === 'linear', useBias: true, l2: ctx.l2 });
    this.activation = activation;
    this.sigmoid = elementwiseActivation('sigmoid');
  }

  override forward(batch: number): void {
    this.product(batch);
    if (this.activation === 'softmax') softmaxRows(this.pre, this.out, batch, this.width);
    else if (this.activation === 'sigmoid') this.sigmoid.forward(this.pre, this.out, batch * this.width);
  }
}
