/** A comparison as the UI holds it: the variants, their live state while training, and their results. */
import type {
  DatasetSpec,
  EpochMetrics,
  Graph,
  NeuronsEvent,
  RunEnd,
  Task,
  TrainingSettings,
  WeightsByNode,
} from '../../../engine';
import type { WordableProblem } from '../../../shared/i18n';
import type { BoundaryGrid } from '../../ui/charts/DecisionBoundary';
import type { CompareParameter, CompareValue } from './parameters';

export type VariantStatus = 'queued' | 'running' | 'done' | 'error' | 'stopped';

/** What the output view draws for data that is not a 2-D plane. */
export type VariantOutputs =
  | { kind: 'curve'; x: Float32Array; values: Float32Array }
  | { kind: 'classes'; values: Float32Array; width: number; rows: number };

export interface VariantRun {
  id: string;
  label: string;
  value: CompareValue;
  graph: Graph;
  training: TrainingSettings;
  /** The data this variant trained on; differs from the comparison's only when it varies noise or samples. */
  dataset: DatasetSpec;
  status: VariantStatus;
  history: EpochMetrics[];
  progress: { epoch: number; totalEpochs: number } | null;
  grid: BoundaryGrid | null;
  outputs: VariantOutputs | null;
  end: RunEnd | null;
  /** How the variant ended, in English (saved as the run's message). */
  message: string | null;
  /** The same as a code and parameters, worded in the reader's language; not saved (a reopened file shows `message`). */
  outcome?: WordableProblem | null;
  /** Why it failed, in English (saved as the run's message). */
  error: string | null;
  /** The same as data when its dataset could not be built, worded in the reader's language; not saved. */
  errorProblem?: WordableProblem | null;
  /** ISO times; null before the variant started. */
  startedAt: string | null;
  endedAt: string | null;
  /** Wall-clock time from the start command to the end of training. */
  wallMs: number | null;
  /** Which layers started from the base network's weights, and which from their own seeded init. */
  initialWeights: { shared: string[]; seeded: string[] };
  weights?: WeightsByNode;
  /**
   * The latest neuron pictures of the comparison's chosen layer, sent by the variant's worker while it trains
   * and kept at the end; pictured again by a worker from `weights` when another layer is chosen. Not saved.
   */
  neurons?: NeuronsEvent | null;
  /** Checksum of the training rows in first-epoch order for this variant's data spec and seed. */
  dataChecksum: string | null;
  /** Checksum of the data summary the variant's worker reported when it was ready. */
  readyChecksum: string | null;
}

export interface ComparisonRecord {
  id: string;
  name: string;
  parameter: CompareParameter;
  values: CompareValue[];
  dataset: DatasetSpec;
  task: Task;
  createdAt: string;
  /** "Epochs to target" counts epochs until the training loss is at or below this. */
  targetLoss: number;
  /** The worker 'ready' checksum the main thread expects from its own copy of the data. */
  expectedReadyChecksum: string | null;
  /** The first-epoch checksum the main thread computes from its own copy of the data and the seed. */
  expectedDataChecksum: string | null;
  variants: VariantRun[];
  running: boolean;
  /** The layer whose neurons the results show, once the user chose one (layers.ts neuronsLayerOf). Not saved. */
  neuronsNodeId?: string;
}
