// The engine's public surface. Keep this a plain list of re-exports.
export * from './types';
export * from './rng';
export * from './compile';
// Node kinds: names, fan-in, parameters with their ranges and defaults (compiler, editor and inspector).
export * from './nodeKinds';
export { graphReaches } from './compile/structure';
export { LOSS_KINDS, lossKindOf } from './ops/losses';
export type { LossKind } from './ops/losses';
// Plan → executable model (flat parameters, preallocated buffers, forward/backward).
export { createModel } from './model';
// Kernels: WebAssembly SIMD (module given through ModelOptions.wasm) or the TypeScript reference.
export { createKernels, KERNEL_PATH_LABELS, kernelModule, typescriptKernels, wasmSimdSupported } from './kernels';
export type { KernelModule, KernelPath, Kernels } from './kernels';
// Datasets: synthetic sets, iris, MNIST (from bytes the platform loads), CSV, split and standardisation.
export * from './data';
// Optimizers, trainer, inspection and the worker protocol.
export { createOptimizer, OPTIMIZER_DEFAULTS } from './optim';
export type { Optimizer, OptimizerHyper } from './optim';
// One sample step by step: forward, loss, backward and an update, with the engine's numbers (issue 15).
export { applySampleStep, explainUpdate, traceSample } from './explain';
export type {
  DeltaContribution,
  LossTrace,
  NodeBackward,
  NodeForward,
  OptimizerSettings,
  OptimizerState,
  SampleTrace,
  UnitBackward,
  UnitForward,
  WeightedTerm,
  WeightUpdate,
} from './explain';
export { Trainer, checkLearningRate } from './train/trainer';
export type { BatchReport, TrainerOptions, TrainingOutcome } from './train/trainer';
export { scoreDataset } from './train/metrics';
export type { DatasetScore } from './train/metrics';
export { deriveSeeds } from './train/seeds';
export type { RunSeeds } from './train/seeds';
export { createTrainingSetup, createRunModel, compileErrorMessage, SetupError, EVALUATION_BATCH } from './train/setup';
export type { SetupFactory, SetupOptions, TrainingSetup } from './train/setup';
export * from './health';
export {
  activationsForSample,
  gradientsByNode,
  gridValueKind,
  nodeActivation,
  parameterLayout,
  parameterStats,
  predictBatch,
  predictGrid,
  summarize,
  unitStats,
} from './inspect';
export type { GridValueKind, LayerActivations, ParameterStats, Range, Summary, UnitStats } from './inspect';
export {
  MAX_CONTRIBUTIONS,
  MAX_UNITS_SHOWN,
  MAX_WINDOW_UNITS,
  neuronBuffers,
  neuronPictures,
  neuronPicturesAndWindow,
} from './neurons';
export type { Contributions, NeuronQuery, NodeNeurons, UnitWeights, UnitWindow } from './neurons';
export { createTrainingHost } from './protocol/host';
export { isShardable, PARALLEL_FROM_BATCH, parallelPays, ParallelGradients, runGradientHelper } from './parallel';
export type { GradientHelperInit, GradientPool, HelperThreads } from './parallel';
export { NEURON_RESOLUTION } from './protocol/neuronMessages';
export { neuronQueryFor } from './protocol/neuronWatch';
export type { NeuronsEvent, WatchNeuronsCommand } from './protocol/neuronMessages';
export type { HostOptions, TrainingHost } from './protocol/host';
export type {
  DatasetSummary,
  GridRequest,
  HostCommand,
  HostEvent,
  HostEventType,
  HostState,
  LiveGridOptions,
  PostEvent,
  StartCommand,
} from './protocol/messages';
