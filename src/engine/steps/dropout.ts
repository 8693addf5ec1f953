/** A dropout layer (ops/dropout.ts): the mask drawn while training scales the values forward and the deltas back. */
import type { PlanNodeOf, RandomSource } from '../types';
import { dropoutBackward, dropoutForward } from '../ops/dropout';
import { Step, type StepContext } from './step';

export class DropoutStep extends Step {
  private readonly mask: Float32Array;
  private readonly rate: number;

  constructor(node: PlanNodeOf<'dropout'>, input: Step, ctx: StepContext) {
    super(node, [input], ctx);
    this.mask = ctx.kernels.floats(ctx.maxBatch * node.width);
    this.rate = node.params.rate;
  }

  forward(batch: number, training: boolean, random: RandomSource | undefined): void {
    dropoutForward(this.inputs[0].out, this.out, this.mask, batch * this.width, this.rate, training, random);
  }

  backward(batch: number): void {
    const src = this.inputs[0];
    if (!src.needsDelta) return;
    dropoutBackward(this.delta, this.mask, src.deltaTarget(), batch * this.width);
    src.commitDelta(batch);
  }
}
