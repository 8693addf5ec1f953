/** A dropout layer (ops/dropout.ts): the mask drawn while training scales the values forward and the deltas back. */
import type { PlanNodeOf, RandomSource } from '../types';
import { dropoutApply, dropoutBackward, dropoutForward, dropoutMasks } from '../ops/dropout';
import { Step, type StepContext } from './step';

export class DropoutStep extends Step {
  private readonly mask: Float32Array;
  private readonly rate: number;
  /** This node's place among the model's dropout nodes (its mask in GivenMasks.masks). */
  readonly dropoutIndex: number;

  constructor(node: PlanNodeOf<'dropout'>, input: Step, ctx: StepContext) {
    super(node, [input], ctx);
    this.mask = ctx.kernels.floats(ctx.maxBatch * node.width);
    this.rate = node.params.rate;
    this.dropoutIndex = ctx.dropouts++;
  }

  forward(batch: number, training: boolean, random: RandomSource | undefined): void {
    const given = this.ctx.given;
    if (training && given) {
      const n = batch * this.width;
      dropoutApply(this.inputs[0].out, this.out, this.mask, given.masks[this.dropoutIndex], given.row * this.width, n);
    } else {
      dropoutForward(this.inputs[0].out, this.out, this.mask, batch * this.width, this.rate, training, random);
    }
  }

  /** Draws `rows` rows of training masks into `into`, as forward draws them. */
  drawMasks(rows: number, random: RandomSource, into: Float32Array): void {
    dropoutMasks(into, rows * this.width, this.rate, random);
  }

  backward(batch: number): void {
    const src = this.inputs[0];
    if (!src.needsDelta) return;
    dropoutBackward(this.delta, this.mask, src.deltaTarget(), batch * this.width);
    src.commitDelta(batch);
  }
}
