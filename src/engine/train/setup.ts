/**
 * What a training run needs before its first batch: the compiled graph, a model built from it, and the
 * dataset made, split and (when enabled) standardized. createTrainingSetup builds all of it from a start
 * command; the host takes the factory as an option so tests can hand it small models of their own.
 */
import { compile } from '../compile';
import { dataShapeOf, prepareData, type PreparedData } from '../data';
import { createModel } from '../model';
import type { StartCommand } from '../protocol/messages';
import type { KernelModule } from '../kernels';
import type { GradientPool } from '../parallel';
import type { CompileProblem, CompileResult, DataSplit, Model, Plan, ShardableModel, TrainingSettings } from '../types';
import { deriveSeeds } from './seeds';

export interface TrainingSetup {
  compile: CompileResult;
  model: Model;
  data: DataSplit;
  /** The dataset as prepared (standardization statistics, CSV rows left out); absent for hand-made setups. */
  prepared?: PreparedData;
  /** Computes the batches' gradients on several threads (engine/parallel); absent: on this one. */
  gradients?: GradientPool | null;
}

export type SetupFactory = (start: StartCommand) => TrainingSetup;

/** The WebAssembly SIMD kernels for the run's model (null: the TypeScript kernels). */
export interface SetupOptions {
  wasm?: KernelModule | null;
}

/** A start command that cannot run: the graph does not compile, or the data cannot be built. */
export class SetupError extends Error {
  constructor(
    message: string,
    readonly problems: CompileProblem[] = [],
  ) {
    super(message);
    this.name = 'SetupError';
  }
}

/**
 * Rows per forward pass when evaluating or predicting. The model's buffers hold max(batch size, this) rows,
 * so evaluating a few thousand rows takes a handful of passes rather than one per training batch.
 */
export const EVALUATION_BATCH = 256;

/** One sentence for all compile errors; the problems themselves travel alongside for the canvas. */
export function compileErrorMessage(problems: CompileProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length === 1) return `The network cannot be trained yet: ${errors[0].message}`;
  return `The network cannot be trained yet: it has ${errors.length} problems. The first: ${errors[0]?.message ?? 'unknown'}`;
}

/**
 * The model a run trains: buffers for max(batch size, EVALUATION_BATCH) rows, weights from the seed's init
 * stream. Every front end (worker, CLI) should build its model here: the evaluation chunk size decides the
 * order in which per-chunk losses are summed, so a different maxBatch could change metrics in the last digits.
 * `wasm` is the kernel module (ModelOptions.wasm); the front end loads it.
 */
export function createRunModel(plan: Plan, training: TrainingSettings, wasm?: KernelModule | null): ShardableModel {
  return createModel(plan, {
    maxBatch: Math.max(training.batchSize, EVALUATION_BATCH),
    seed: deriveSeeds(training.seed).init,
    l2: training.l2 ?? 0,
    wasm,
  });
}

export function createTrainingSetup(start: StartCommand, options: SetupOptions = {}): TrainingSetup {
  const prepared = prepareData(start.datasetSpec, start.resources ?? {});
  const shape = start.dataShape ?? dataShapeOf(prepared.dataset);
  const compiled = compile(start.graph, shape);
  if (!compiled.plan) throw new SetupError(compileErrorMessage(compiled.problems), compiled.problems);
  return {
    compile: compiled,
    model: createRunModel(compiled.plan, start.training, options.wasm),
    data: prepared.split,
    prepared,
  };
}
