/** The optimizer registry: names (as stored in project files) to constructors. */
import type { Kernels } from '../kernels/kernels';
import { typescriptKernels } from '../kernels/typescript';
import type { OptimizerName } from '../types';
import { OPTIMIZERS } from '../types';
import { createAdagrad } from './adagrad';
import { createAdam } from './adam';
import { createMomentum } from './momentum';
import { OPTIMIZER_DEFAULTS, type Optimizer, type OptimizerHyper } from './optimizer';
import { createRmsprop } from './rmsprop';
import { createSgd } from './sgd';

export type { Optimizer, OptimizerHyper, OptimizerState } from './optimizer';
export { OPTIMIZER_DEFAULTS } from './optimizer';

/**
 * Creates an optimizer for `size` parameters. Unknown names throw a sentence listing the known ones. Pass the
 * model's kernels (`model.kernels`) so the update runs on the same path as the model; when they have no room
 * left for the optimizer's state (a second optimizer on one model) the TypeScript kernels run the update.
 */
export function createOptimizer(
  name: OptimizerName,
  size: number,
  hyper: OptimizerHyper = {},
  modelKernels: Kernels = typescriptKernels,
): Optimizer {
  const eps = hyper.epsilon ?? OPTIMIZER_DEFAULTS.epsilon;
  const k = modelKernels.room() >= 2 * size + 8 ? modelKernels : typescriptKernels;
  switch (name) {
    case 'sgd':
      return createSgd(size, k);
    case 'momentum':
      return createMomentum(size, hyper.momentum ?? OPTIMIZER_DEFAULTS.momentum, k);
    case 'rmsprop':
      return createRmsprop(size, hyper.rho ?? OPTIMIZER_DEFAULTS.rho, eps, k);
    case 'adagrad':
      return createAdagrad(size, hyper.initialAccumulator ?? OPTIMIZER_DEFAULTS.initialAccumulator, eps, k);
    case 'adam':
      return createAdam(size, hyper.beta1 ?? OPTIMIZER_DEFAULTS.beta1, hyper.beta2 ?? OPTIMIZER_DEFAULTS.beta2, eps, k);
    default:
      throw new Error(`Unknown optimizer "${String(name)}". Choose one of: ${OPTIMIZERS.join(', ')}.`);
  }
}
