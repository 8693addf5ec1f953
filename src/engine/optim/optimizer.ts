/**
 * The optimizer contract: one object per training run that owns its state (velocities, accumulators, moment
 * estimates) in Float32Arrays allocated once for the model's parameter count, so a step allocates nothing.
 */
import type { OptimizerName } from '../types';

export interface Optimizer {
  readonly name: OptimizerName;
  /** Updates `params` in place from `grads` (same layout) with learning rate `lr`. */
  step(params: Float32Array, grads: Float32Array, lr: number): void;
  /** Forgets all state, as if freshly created (used when a run restarts from new weights). */
  reset(): void;
  /**
   * A copy of what the optimizer remembers now (velocity, moments, step count), laid out like the parameters,
   * so the step-through can show the live m and v of Adam or momentum's velocity. A copy: changing it changes
   * nothing in the optimizer.
   */
  state(): OptimizerState;
}

/** What an optimizer has remembered for each parameter (flat, like model.params); absent means fresh. */
export interface OptimizerState {
  /** Steps taken so far (Adam's t before the next step). */
  steps?: number;
  velocity?: ArrayLike<number>;
  meanSquare?: ArrayLike<number>;
  accumulator?: ArrayLike<number>;
  m?: ArrayLike<number>;
  v?: ArrayLike<number>;
}

/**
 * Hyper-parameters other than the learning rate. Defaults follow Keras so that numbers match what learners see
 * in framework tutorials: momentum 0.9; RMSprop rho 0.9; Adam beta1 0.9, beta2 0.999; AdaGrad initial
 * accumulator 0.1; epsilon 1e-7 everywhere.
 */
export interface OptimizerHyper {
  momentum?: number;
  rho?: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
  initialAccumulator?: number;
}

export const OPTIMIZER_DEFAULTS = {
  momentum: 0.9,
  rho: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-7,
  initialAccumulator: 0.1,
} as const;

/** Throws a sentence when params and grads disagree in length: a wiring bug, not a user error. */
export function checkLengths(name: string, size: number, params: Float32Array, grads: Float32Array): void {
  if (params.length !== size || grads.length !== size) {
    throw new Error(
      `The ${name} optimizer was created for ${size} parameters but was given ${params.length} parameters and ` +
        `${grads.length} gradients; create a new optimizer for this model.`,
    );
  }
}
