/**
 * The worker protocol: every command the UI (or CLI) sends to a training worker and every event it answers
 * with, as two discriminated unions on `type`. All fields are structured-clone friendly; large arrays
 * (grids, predictions) travel as transferables.
 */
import type {
  CompileProblem,
  DataShape,
  DatasetSpec,
  EpochMetrics,
  Graph,
  NodeInfo,
  RunEnd,
  Task,
  TrainingSettings,
  WeightsByNode,
} from '../types';

import type { BadRow, DataProblem, DatasetResources, Standardization } from '../data';
import type { SampleTrace, WeightUpdate } from '../explain';
import type { KernelPath } from '../kernels';
import type { NeuronsEvent, WatchNeuronsCommand } from './neuronMessages';

/**
 * Bytes the engine cannot fetch itself (it has no file or network access): `mnist` (the digit file, see
 * data/mnist-format.ts) and `csvText` (when the spec names a CSV path rather than embedding the text).
 */
export type { DatasetResources };

export interface GridRequest {
  xRange: [number, number];
  yRange: [number, number];
  /** Cells per side; the grid has resolution² values. */
  resolution: number;
}

export interface LiveGridOptions extends GridRequest {
  /** Least time between two live grids, default 250 ms. Only used when the data has 2 features. */
  intervalMs?: number;
}

export interface StartCommand {
  type: 'start';
  graph: Graph;
  datasetSpec: DatasetSpec;
  training: TrainingSettings;
  /** Overrides the shape derived from the dataset (rarely needed; the dataset decides it). */
  dataShape?: DataShape;
  resources?: DatasetResources;
  /** Weights to start from instead of a fresh seeded initialisation (e.g. continuing a saved run). */
  initialWeights?: WeightsByNode;
  /** Start paused (the UI's Step button on a fresh run); default false: training begins at once. */
  paused?: boolean;
  /** Send decision-boundary grids while training (2-D data only). */
  liveGrid?: LiveGridOptions;
  /** Least time between two 'metrics' events, default 50 ms (at most ~20 per second). */
  metricsIntervalMs?: number;
}

/** A weight of a dense or output layer: kernel w[i][j] (input i → unit j), or the bias of unit j without i. */
export interface WeightRef {
  nodeId: string;
  j: number;
  i?: number;
}

/** One sample for the step-through, in the model's units (standardized like the training rows). */
export interface SampleRequest {
  x: number[];
  /** The class index for classification, the target values for regression. */
  target: number[];
  /** The weight whose update the answer explains. */
  weight?: WeightRef;
}

export type HostCommand =
  | StartCommand
  | { type: 'pause' }
  | { type: 'resume' }
  /** Train to the end of the current epoch, then pause. */
  | { type: 'step' }
  | { type: 'stop' }
  | { type: 'setLearningRate'; learningRate: number }
  | ({ type: 'predictGrid'; requestId?: number } & GridRequest)
  /** Outputs for `rows` rows of `x` ([rows, features]). */
  | { type: 'predict'; requestId?: number; x: Float32Array; rows: number }
  | { type: 'getWeights'; requestId?: number }
  /**
   * The gradients of the last training step (the last batch's, before its update), shaped like the
   * weights. Answered with 'gradients'; refused before the first step. For the inspector and the canvas.
   */
  | { type: 'getGradients'; requestId?: number }
  /** Which nodes' neuron pictures to send (neuronMessages.ts). */
  | WatchNeuronsCommand
  /** The sample's forward, loss, backward and the weight's update with the run's live model and optimizer. */
  | ({ type: 'traceSample'; requestId?: number } & SampleRequest)
  /** One training step on the sample alone (a batch of one); refused while the run is training. */
  | ({ type: 'applySampleStep'; requestId?: number } & SampleRequest)
  | { type: 'dispose' };

export interface DatasetSummary {
  name: string;
  task: Task;
  features: number;
  classes: number;
  featureNames: string[];
  classNames: string[];
  trainSize: number;
  validationSize: number;
  /**
   * The statistics the inputs were standardized with, or null. Grid ranges and predict rows are in the
   * model's (standardized) units: map plot coordinates with (v − mean) / std before asking.
   */
  standardization: Standardization | null;
  /** CSV rows left out, with line numbers and reasons (at most the first 100). */
  badRows: BadRow[];
  /** How many CSV rows were left out in all. */
  badRowCount: number;
}

export type HostState = 'running' | 'paused' | 'done';

export type HostEvent =
  | {
      type: 'ready';
      /** Which kernels the run's model uses (WebAssembly SIMD or the TypeScript fallback). */
      kernels: KernelPath;
      /** The threads that compute a batch's gradient: 1, or 1 + the helpers of data-parallel training. */
      threads: number;
      totalParams: number;
      nodes: Record<string, NodeInfo>;
      warnings: CompileProblem[];
      dataset: DatasetSummary;
      batchesPerEpoch: number;
    }
  /**
   * Several epochs coalesced so the UI receives at most ~20 of these per second. Only the last epoch of each
   * carries `health`; 'done' carries every epoch's.
   */
  | {
      type: 'metrics';
      epochs: EpochMetrics[];
      /** Checksum of the rows the first epoch fed, in order (Trainer.dataChecksum); sent once, with epoch 1. */
      firstEpochChecksum?: string;
    }
  | {
      type: 'progress';
      /** 1-based epoch being trained, and batches of it done so far. */
      epoch: number;
      batch: number;
      batchesPerEpoch: number;
      totalEpochs: number;
      samplesPerSecond: number;
      /** Estimated time to the last epoch at the current speed; NaN before the speed is known. */
      etaMs: number;
    }
  | { type: 'state'; state: HostState }
  | {
      type: 'grid';
      requestId?: number;
      /** Completed epochs when the grid was computed. */
      epoch: number;
      xRange: [number, number];
      yRange: [number, number];
      resolution: number;
      /** See inspect.ts predictGrid: probability of class 1, class index, or regression value. */
      kind: 'probability' | 'class' | 'value';
      values: Float32Array;
    }
  | { type: 'prediction'; requestId?: number; rows: number; width: number; values: Float32Array }
  | { type: 'weights'; requestId?: number; epoch: number; weights: WeightsByNode }
  /** `epoch` and `batch` (1-based, in that epoch) say which step the gradients are from. */
  | { type: 'gradients'; requestId?: number; epoch: number; batch: number; gradients: WeightsByNode }
  | NeuronsEvent
  /** The answer to 'traceSample': the engine's numbers for one sample; `epoch` epochs are complete. */
  | { type: 'sampleTrace'; requestId?: number; epoch: number; trace: SampleTrace; update: WeightUpdate | null }
  /** The answer to 'applySampleStep': the sample's loss before and after the step, and its trace after. */
  | {
      type: 'sampleStep';
      requestId?: number;
      epoch: number;
      lossBefore: number;
      lossAfter: number;
      trace: SampleTrace;
      update: WeightUpdate | null;
    }
  | {
      type: 'done';
      end: RunEnd;
      message: string;
      /** `message` as data (see TrainingOutcome), for the reader's language. */
      code?: string;
      params?: Record<string, string | number>;
      history: EpochMetrics[];
      restoredEpoch?: number;
    }
  /**
   * Compile problems are listed when the graph could not be compiled; `problem` is `message` as data when the
   * dataset could not be built (engine/data's DataError), for the reader's language.
   * `requestId` is set when the error answers a request (predict, predictGrid, getWeights) that was refused.
   */
  | { type: 'error'; message: string; requestId?: number; problems?: CompileProblem[]; problem?: DataProblem };

export type HostEventType = HostEvent['type'];

/** How the host sends events; `transfer` lists buffers to move rather than copy. */
export type PostEvent = (event: HostEvent, transfer?: ArrayBuffer[]) => void;
