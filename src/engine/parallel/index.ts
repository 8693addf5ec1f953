/** Deterministic data-parallel training over helper threads that share memory (see coordinator.ts). */
export {
  isShardable,
  PARALLEL_FROM_BATCH,
  PARALLEL_FROM_WORK,
  parallelPays,
  ParallelGradients,
  SLOT_BUDGET_FLOATS,
  type GradientPool,
  type HelperThreads,
  type ParallelOptions,
} from './coordinator';
export { runGradientHelper, type GradientHelperInit } from './helper';
export { shareBlocks } from './layout';
