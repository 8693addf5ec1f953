/**
 * Merge layers (ops/merge.ts). Add sums same-width inputs and hands every input the whole delta; concat places
 * its inputs side by side in edge order and hands each input its own block of columns.
 */
import type { PlanNodeOf } from '../types';
import { addBackward, addForward, concatBackward, concatForward } from '../ops/merge';
import { Step, type StepContext } from './step';

export class AddStep extends Step {
  constructor(node: PlanNodeOf<'add'>, inputs: readonly Step[], ctx: StepContext) {
    super(node, inputs, ctx);
  }

  forward(batch: number): void {
    const n = batch * this.width;
    for (let k = 0; k < this.inputs.length; k++) addForward(this.inputs[k].out, this.out, n, k > 0);
  }

  backward(batch: number): void {
    const n = batch * this.width;
    for (const src of this.inputs) {
      if (!src.needsDelta) continue;
      addBackward(this.delta, src.deltaTarget(), n);
      src.commitDelta(batch);
    }
  }
}

export class ConcatStep extends Step {
  constructor(node: PlanNodeOf<'concat'>, inputs: readonly Step[], ctx: StepContext) {
    super(node, inputs, ctx);
  }

  forward(batch: number): void {
    for (let k = 0, offset = 0; k < this.inputs.length; k++) {
      const src = this.inputs[k];
      concatForward(src.out, src.width, this.out, this.width, offset, batch);
      offset += src.width;
    }
  }

  backward(batch: number): void {
    for (let k = 0, offset = 0; k < this.inputs.length; k++) {
      const src = this.inputs[k];
      if (src.needsDelta) {
        concatBackward(this.delta, this.width, offset, src.deltaTarget(), src.width, batch);
        src.commitDelta(batch);
      }
      offset += src.width;
    }
  }
}
