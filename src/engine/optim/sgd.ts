/** Plain stochastic gradient descent: w ← w − lr·g. Stateless. */
import type { Kernels } from '../kernels/kernels';
import { typescriptKernels } from '../kernels/typescript';
import { checkLengths, type Optimizer } from './optimizer';

export function createSgd(size: number, kernels: Kernels = typescriptKernels): Optimizer {
  return {
    name: 'sgd',
    step(params, grads, lr) {
      checkLengths('SGD', size, params, grads);
      kernels.sgdStep(params, grads, lr);
    },
    reset() {
      // No state to forget.
    },
    state: () => ({}),
  };
}
