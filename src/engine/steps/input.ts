/** The input step: its output is the batch itself (set by the model on every forward pass), and nothing flows back. */
import type { PlanNodeOf } from '../types';
import { Step, type StepContext } from './step';

export class InputStep extends Step {
  constructor(node: PlanNodeOf<'input'>, ctx: StepContext) {
    super(node, [], ctx, false);
    this.needsDelta = false;
  }

  forward(): void {
    throw new Error(`Input '${this.node.label}' appears after the start of the plan: recompile the graph.`);
  }

  backward(): void {}
}
