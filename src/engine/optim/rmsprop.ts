/**
 * RMSprop as Keras (centered=False, momentum=0):
 *   s ← ρ·s + (1 − ρ)·g²;   w ← w − lr·g / √(s + ε)
 * Keras (and TensorFlow's ApplyRMSProp kernel) put ε inside the square root; we do the same so the numbers
 * match. The mean square starts at zero.
 */
import { checkLengths, OPTIMIZER_DEFAULTS, type Optimizer } from './optimizer';

export function createRmsprop(
  size: number,
  rho: number = OPTIMIZER_DEFAULTS.rho,
  epsilon: number = OPTIMIZER_DEFAULTS.epsilon,
): Optimizer {
  const meanSquare = new Float32Array(size);
  return {
    name: 'rmsprop',
    step(params, grads, lr) {
      checkLengths('RMSprop', size, params, grads);
      for (let i = 0; i < size; i++) {
        const g = grads[i];
        const s = rho * meanSquare[i] + (1 - rho) * g * g;
        meanSquare[i] = s;
        params[i] -= (lr * g) / Math.sqrt(s + epsilon);
      }
    },
    reset() {
      meanSquare.fill(0);
    },
  };
}
