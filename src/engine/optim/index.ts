/** The optimizer registry: names (as stored in project files) to constructors. */
import type { OptimizerName } from '../types';
import { OPTIMIZERS } from '../types';
import { createAdagrad } from './adagrad';
import { createAdam } from './adam';
import { createMomentum } from './momentum';
import { OPTIMIZER_DEFAULTS, type Optimizer, type OptimizerHyper } from './optimizer';
import { createRmsprop } from './rmsprop';
import { createSgd } from './sgd';

export type { Optimizer, OptimizerHyper } from './optimizer';
export { OPTIMIZER_DEFAULTS } from './optimizer';

/** Creates an optimizer for `size` parameters. Unknown names throw a sentence listing the known ones. */
export function createOptimizer(name: OptimizerName, size: number, hyper: OptimizerHyper = {}): Optimizer {
  const eps = hyper.epsilon ?? OPTIMIZER_DEFAULTS.epsilon;
  switch (name) {
    case 'sgd':
      return createSgd(size);
    case 'momentum':
      return createMomentum(size, hyper.momentum ?? OPTIMIZER_DEFAULTS.momentum);
    case 'rmsprop':
      return createRmsprop(size, hyper.rho ?? OPTIMIZER_DEFAULTS.rho, eps);
    case 'adagrad':
      return createAdagrad(size, hyper.initialAccumulator ?? OPTIMIZER_DEFAULTS.initialAccumulator, eps);
    case 'adam':
      return createAdam(size, hyper.beta1 ?? OPTIMIZER_DEFAULTS.beta1, hyper.beta2 ?? OPTIMIZER_DEFAULTS.beta2, eps);
    default:
      throw new Error(`Unknown optimizer "${String(name)}". Choose one of: ${OPTIMIZERS.join(', ')}.`);
  }
}
