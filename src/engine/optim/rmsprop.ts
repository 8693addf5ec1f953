/**
 * RMSprop as Keras (centered=False, momentum=0):
 *   s ← ρ·s + (1 − ρ)·g²;   w ← w − lr·g / √(s + ε)
 * Keras (and TensorFlow's ApplyRMSProp kernel) put ε inside the square root; we do the same so the numbers
 * match. The mean square starts at zero.
 */
import type { Kernels } from '../kernels/kernels';
import { typescriptKernels } from '../kernels/typescript';
import { checkLengths, OPTIMIZER_DEFAULTS, type Optimizer } from './optimizer';

export function createRmsprop(
  size: number,
  rho: number = OPTIMIZER_DEFAULTS.rho,
  epsilon: number = OPTIMIZER_DEFAULTS.epsilon,
  kernels: Kernels = typescriptKernels,
): Optimizer {
  const meanSquare = kernels.floats(size);
  return {
    name: 'rmsprop',
    step(params, grads, lr) {
      checkLengths('RMSprop', size, params, grads);
      kernels.rmspropStep(params, grads, meanSquare, lr, rho, epsilon);
    },
    reset() {
      meanSquare.fill(0);
    },
    state: () => ({ meanSquare: meanSquare.slice() }),
  };
}
