/** Plain stochastic gradient descent: w ← w − lr·g. Stateless. */
import { checkLengths, type Optimizer } from './optimizer';

export function createSgd(size: number): Optimizer {
  return {
    name: 'sgd',
    step(params, grads, lr) {
      checkLengths('SGD', size, params, grads);
      for (let i = 0; i < size; i++) params[i] -= lr * grads[i];
    },
    reset() {
      // No state to forget.
    },
  };
}
