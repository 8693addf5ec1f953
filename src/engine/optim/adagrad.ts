/**
 * AdaGrad as Keras:
 *   a ← a + g²;   w ← w − lr·g / √(a + ε)
 * The accumulator starts at 0.1 (Keras' initial_accumulator_value), which keeps the first steps from being
 * huge when a gradient is tiny.
 */
import type { Kernels } from '../kernels/kernels';
import { typescriptKernels } from '../kernels/typescript';
import { checkLengths, OPTIMIZER_DEFAULTS, type Optimizer } from './optimizer';

export function createAdagrad(
  size: number,
  initialAccumulator: number = OPTIMIZER_DEFAULTS.initialAccumulator,
  epsilon: number = OPTIMIZER_DEFAULTS.epsilon,
  kernels: Kernels = typescriptKernels,
): Optimizer {
  const accumulator = kernels.floats(size).fill(initialAccumulator);
  return {
    name: 'adagrad',
    step(params, grads, lr) {
      checkLengths('AdaGrad', size, params, grads);
      kernels.adagradStep(params, grads, accumulator, lr, epsilon);
    },
    reset() {
      accumulator.fill(initialAccumulator);
    },
    state: () => ({ accumulator: accumulator.slice() }),
  };
}
