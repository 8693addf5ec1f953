/**
 * AdaGrad as Keras:
 *   a ← a + g²;   w ← w − lr·g / √(a + ε)
 * The accumulator starts at 0.1 (Keras' initial_accumulator_value), which keeps the first steps from being
 * huge when a gradient is tiny.
 */
import { checkLengths, OPTIMIZER_DEFAULTS, type Optimizer } from './optimizer';

export function createAdagrad(
  size: number,
  initialAccumulator: number = OPTIMIZER_DEFAULTS.initialAccumulator,
  epsilon: number = OPTIMIZER_DEFAULTS.epsilon,
): Optimizer {
  const accumulator = new Float32Array(size).fill(initialAccumulator);
  return {
    name: 'adagrad',
    step(params, grads, lr) {
      checkLengths('AdaGrad', size, params, grads);
      for (let i = 0; i < size; i++) {
        const g = grads[i];
        const a = accumulator[i] + g * g;
        accumulator[i] = a;
        params[i] -= (lr * g) / Math.sqrt(a + epsilon);
      }
    },
    reset() {
      accumulator.fill(initialAccumulator);
    },
  };
}
