/**
 * Adam as Keras (amsgrad=False). With t the 1-based step count:
 *   m ← m + (g − m)(1 − β1);   v ← v + (g² − v)(1 − β2)
 *   α = lr·√(1 − β2ᵗ) / (1 − β1ᵗ);   w ← w − α·m / (√v + ε)
 * Bias correction is folded into α (Keras' formulation), so ε is added to the uncorrected √v.
 */
import { checkLengths, OPTIMIZER_DEFAULTS, type Optimizer } from './optimizer';

export function createAdam(
  size: number,
  beta1: number = OPTIMIZER_DEFAULTS.beta1,
  beta2: number = OPTIMIZER_DEFAULTS.beta2,
  epsilon: number = OPTIMIZER_DEFAULTS.epsilon,
): Optimizer {
  const m = new Float32Array(size);
  const v = new Float32Array(size);
  let t = 0;
  return {
    name: 'adam',
    step(params, grads, lr) {
      checkLengths('Adam', size, params, grads);
      t += 1;
      const alpha = (lr * Math.sqrt(1 - Math.pow(beta2, t))) / (1 - Math.pow(beta1, t));
      for (let i = 0; i < size; i++) {
        const g = grads[i];
        const mi = m[i] + (g - m[i]) * (1 - beta1);
        const vi = v[i] + (g * g - v[i]) * (1 - beta2);
        m[i] = mi;
        v[i] = vi;
        params[i] -= (alpha * mi) / (Math.sqrt(vi) + epsilon);
      }
    },
    reset() {
      m.fill(0);
      v.fill(0);
      t = 0;
    },
  };
}
