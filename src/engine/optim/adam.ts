/**
 * Adam as Keras (amsgrad=False). With t the 1-based step count:
 *   m ← m + (g − m)(1 − β1);   v ← v + (g² − v)(1 − β2)
 *   α = lr·√(1 − β2ᵗ) / (1 − β1ᵗ);   w ← w − α·m / (√v + ε)
 * Bias correction is folded into α (Keras' formulation), so ε is added to the uncorrected √v.
 */
import type { Kernels } from '../kernels/kernels';
import { typescriptKernels } from '../kernels/typescript';
import { checkLengths, OPTIMIZER_DEFAULTS, type Optimizer } from './optimizer';

export function createAdam(
  size: number,
  beta1: number = OPTIMIZER_DEFAULTS.beta1,
  beta2: number = OPTIMIZER_DEFAULTS.beta2,
  epsilon: number = OPTIMIZER_DEFAULTS.epsilon,
  kernels: Kernels = typescriptKernels,
): Optimizer {
  const m = kernels.floats(size);
  const v = kernels.floats(size);
  let t = 0;
  return {
    name: 'adam',
    step(params, grads, lr) {
      checkLengths('Adam', size, params, grads);
      t += 1;
      const alpha = (lr * Math.sqrt(1 - Math.pow(beta2, t))) / (1 - Math.pow(beta1, t));
      kernels.adamStep(params, grads, m, v, alpha, beta1, beta2, epsilon);
    },
    reset() {
      m.fill(0);
      v.fill(0);
      t = 0;
    },
    state: () => ({ steps: t, m: m.slice(), v: v.slice() }),
  };
}
