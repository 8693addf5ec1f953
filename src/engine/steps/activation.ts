/** An activation layer: a = f(x) elementwise, no weights; dL/dx = dL/da · f'(x). */
import type { PlanNodeOf } from '../types';
import { elementwiseActivation, type ElementwiseActivation } from '../ops/activations';
import { Step, type StepContext } from './step';

export class ActivationStep extends Step {
  private readonly act: ElementwiseActivation;

  constructor(node: PlanNodeOf<'activation'>, input: Step, ctx: StepContext) {
    super(node, [input], ctx);
    this.act = elementwiseActivation(node.params.activation);
  }

  forward(batch: number): void {
    this.act.forward(this.inputs[0].out, this.out, batch * this.width);
  }

  backward(batch: number): void {
    const src = this.inputs[0];
    if (!src.needsDelta) return;
    this.act.backward(src.out, this.out, this.delta, src.deltaTarget(), batch * this.width);
    src.commitDelta(batch);
  }
}
