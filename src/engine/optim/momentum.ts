/**
 * Classical (heavy-ball) momentum as Keras' SGD(momentum=m, nesterov=False):
 *   v ← m·v − lr·g;   w ← w + v
 * The velocity starts at zero, so the first step equals plain SGD.
 */
import type { Kernels } from '../kernels/kernels';
import { typescriptKernels } from '../kernels/typescript';
import { checkLengths, OPTIMIZER_DEFAULTS, type Optimizer } from './optimizer';

export function createMomentum(
  size: number,
  momentum: number = OPTIMIZER_DEFAULTS.momentum,
  kernels: Kernels = typescriptKernels,
): Optimizer {
  if (!(momentum >= 0 && momentum < 1)) {
    throw new Error(`Momentum must be at least 0 and below 1 (got ${momentum}); 0.9 is the usual choice.`);
  }
  const velocity = kernels.floats(size);
  return {
    name: 'momentum',
    step(params, grads, lr) {
      checkLengths('momentum', size, params, grads);
      kernels.momentumStep(params, grads, velocity, lr, momentum);
    },
    reset() {
      velocity.fill(0);
    },
    state: () => ({ velocity: velocity.slice() }),
  };
}
