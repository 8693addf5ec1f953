/** Builds the step of each plan node kind (one class per kind, its forward and backward side by side). */
import type { PlanNode } from '../types';
import { ActivationStep } from './activation';
import { DenseStep } from './dense';
import { DropoutStep } from './dropout';
import { InputStep } from './input';
import { AddStep, ConcatStep } from './merge';
import { OutputStep } from './output';
import type { Step, StepContext } from './step';

export { Step, type StepContext } from './step';
export { WeightedStep } from './dense';
export { OutputStep } from './output';

/** The step for `node`, reading the steps of its inputs (already built: the plan is in topological order). */
export function createStep(node: PlanNode, inputs: readonly Step[], ctx: StepContext): Step {
  switch (node.type) {
    case 'input':
      return new InputStep(node, ctx);
    case 'dense':
      return new DenseStep(node, inputs[0], ctx);
    case 'output':
      return new OutputStep(node, inputs[0], ctx);
    case 'activation':
      return new ActivationStep(node, inputs[0], ctx);
    case 'dropout':
      return new DropoutStep(node, inputs[0], ctx);
    case 'add':
      return new AddStep(node, inputs, ctx);
    case 'concat':
      return new ConcatStep(node, inputs, ctx);
  }
}
