/**
 * The engine's shared vocabulary: the graph IR (the same plain JSON the project file stores), dataset and
 * training settings, compile results, the executable model and the trainer's metrics.
 *
 * Everything here is plain data or an interface; no implementation lives in this file, so every other
 * module of the engine (and the project format, the CLI and the renderer) can import it freely.
 */
import type { KernelModule, Kernels } from './kernels/kernels';

// ---------------------------------------------------------------------------------------------------------
// Registries (names are ids, never code)

export const ACTIVATIONS = ['linear', 'sigmoid', 'tanh', 'relu', 'leakyRelu', 'elu', 'gelu', 'softmax'] as const;
export type ActivationName = (typeof ACTIVATIONS)[number];

export const LOSSES = ['mse', 'binaryCrossEntropy', 'crossEntropy'] as const;
export type LossName = (typeof LOSSES)[number];

export const OPTIMIZERS = ['sgd', 'momentum', 'rmsprop', 'adagrad', 'adam'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

export const NODE_TYPES = ['input', 'dense', 'activation', 'dropout', 'add', 'concat', 'output'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const DATASET_KINDS = ['circle', 'xor', 'gaussian', 'spiral', 'moons', 'sine', 'iris', 'mnist', 'csv'] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];

/** Output activations an `output` node may use. */
export const OUTPUT_ACTIVATIONS = ['sigmoid', 'softmax', 'linear'] as const;
export type OutputActivation = (typeof OUTPUT_ACTIVATIONS)[number];

// ---------------------------------------------------------------------------------------------------------
// Graph IR

export interface Position {
  x: number;
  y: number;
}

/** Parameters per node type. Optional fields have the defaults documented in DESIGN.md. */
export interface DenseParams {
  units: number; // 1..4096
  activation: ActivationName;
  useBias?: boolean; // default true
  l2?: number; // default 0, added to the training-wide l2
}
export interface ActivationParams {
  activation: ActivationName;
}
export interface DropoutParams {
  rate: number; // 0..0.95
}
export interface OutputParams {
  activation: OutputActivation;
  loss: LossName;
}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface NoParams {}

export interface NodeParamsByType {
  input: NoParams;
  dense: DenseParams;
  activation: ActivationParams;
  dropout: DropoutParams;
  add: NoParams;
  concat: NoParams;
  output: OutputParams;
}

/** A node of the graph. `params` is typed loosely because files and the editor may hold anything. */
export interface GraphNode {
  id: string;
  type: NodeType;
  position?: Position;
  /** A human label shown on the canvas ("Dense 1"); compile messages use it when present, else the id. */
  label?: string;
  params: Record<string, unknown>;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

// ---------------------------------------------------------------------------------------------------------
// Data

export type Task = 'classification' | 'regression';

/** What the dataset fixes about the network: the input width and the output width/task. */
export interface DataShape {
  features: number;
  task: Task;
  /** Number of classes for classification (2 for binary sets), 0 for regression. */
  classes: number;
  /** Regression targets per sample (1 for sine). Ignored for classification. */
  targets?: number;
}

/** Settings every dataset kind takes. */
export interface DatasetCommon {
  validationSplit: number; // 0..0.9
  seed: number;
  /** Absent: the kind's default (on for iris and csv, off for the rest, see DATASET_INFO). */
  standardize?: boolean;
}

/** circle, xor, moons: `samples` points generated with `noise`. */
export interface PlaneDatasetSpec extends DatasetCommon {
  kind: 'circle' | 'xor' | 'moons';
  samples: number;
  noise: number;
}
/** gaussian, spiral: as the plane sets, with a class count. */
export interface ClassedDatasetSpec extends DatasetCommon {
  kind: 'gaussian' | 'spiral';
  samples: number;
  noise: number;
  classes?: number; // 2..5, default 2
}
export interface SineDatasetSpec extends DatasetCommon {
  kind: 'sine';
  samples: number;
  noise: number;
}
/** All 150 irises. */
export interface IrisDatasetSpec extends DatasetCommon {
  kind: 'iris';
}
/** A seeded choice of `samples` of the 10,000 digits (all of them when samples is 10,000 or more). */
export interface MnistDatasetSpec extends DatasetCommon {
  kind: 'mnist';
  samples: number;
}
/** The user's table: embedded `text` or a `path`; which columns are features and which is the target. */
export interface CsvDatasetSpec extends DatasetCommon {
  kind: 'csv';
  path?: string;
  text?: string;
  features?: string[];
  target?: string;
  /** Absent: inferred from the target column (see csvToDataset). */
  task?: Task;
  /** The field separator; absent means detected from the text (see detectDelimiter). */
  delimiter?: CsvDelimiter;
}

/** The separators a CSV may use: comma, semicolon (Excel in much of Europe) and tab. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** The dataset settings stored in a project file: one shape per kind, each with only the fields it uses. */
export type DatasetSpec =
  PlaneDatasetSpec | ClassedDatasetSpec | SineDatasetSpec | IrisDatasetSpec | MnistDatasetSpec | CsvDatasetSpec;

export type DatasetSpecOf<K extends DatasetKind> = Extract<DatasetSpec, { kind: K }>;

/** Fields every kind takes. */
export const SHARED_DATASET_FIELDS = ['validationSplit', 'seed', 'standardize'] as const;

/** The fields each kind takes beside `kind` and the shared ones; the format's schema follows this registry. */
export const DATASET_KIND_FIELDS = {
  circle: ['samples', 'noise'],
  xor: ['samples', 'noise'],
  gaussian: ['samples', 'noise', 'classes'],
  spiral: ['samples', 'noise', 'classes'],
  moons: ['samples', 'noise'],
  sine: ['samples', 'noise'],
  iris: [],
  mnist: ['samples'],
  csv: ['path', 'text', 'features', 'target', 'task', 'delimiter'],
} as const satisfies Record<DatasetKind, readonly string[]>;

/**
 * A materialised dataset. `x` is row-major [n, features]. For classification `y` holds the class index of
 * each sample (length n); for regression `y` is row-major [n, targets].
 */
export interface Dataset {
  name: string;
  task: Task;
  features: number;
  classes: number;
  targets: number;
  featureNames: string[];
  classNames: string[];
  n: number;
  x: Float32Array;
  y: Float32Array;
}

/**
 * How raw input rows become the model's inputs, recorded with a trained run so predictions do not depend on
 * the training data still being there: raw row (columns `featureNames`, in order) → (x − mean) / std → model.
 * `classNames` (classification) are the labels of the output classes in order; `source` identifies the CSV
 * the run was trained on (`rows` usable rows, `fingerprint` of its text) so a later change can be noticed.
 */
export interface DataTransform {
  featureNames: string[];
  standardization?: { mean: number[]; std: number[] };
  classNames?: string[];
  target?: string;
  source?: { rows: number; fingerprint: string };
}

export interface DataSplit {
  train: Dataset;
  validation: Dataset;
}

// ---------------------------------------------------------------------------------------------------------
// Compile

export interface CompileProblem {
  severity: 'error' | 'warning';
  /** Stable machine code, e.g. 'cycle', 'no-input', 'shape-mismatch', 'loss-mismatch', 'unreachable'. */
  code: string;
  /** A sentence for a learner: what is wrong, where, and what to do. */
  message: string;
  /**
   * What the sentence is made of, so the UI and the CLI can word it in their language (src/shared/i18n):
   * a node reference `X` comes with `XType`; `context` picks a variant of the code's sentence.
   */
  params?: ProblemParams;
  nodeId?: string;
  edgeId?: string;
}

export type ProblemParams = Record<string, string | number>;

/** What the compiler learned about one node (present even when other parts of the graph have errors). */
export interface NodeInfo {
  /** Output shape without the batch dimension, e.g. [8]; undefined when it cannot be inferred. */
  shape?: number[];
  /** Trainable parameters of this node. */
  params: number;
}

/** Node parameters after compile has checked them and filled in the documented defaults. */
export interface PlanParamsByType {
  input: NoParams;
  dense: Required<DenseParams>;
  activation: ActivationParams;
  dropout: DropoutParams;
  add: NoParams;
  concat: NoParams;
  output: OutputParams;
}

/** A node type together with its checked parameters, so code that looks at `type` knows what `params` holds. */
export type CheckedParams = { [T in NodeType]: { type: T; params: PlanParamsByType[T] } }[NodeType];

/** One step of the plan: a node of kind T on an input→output path, with everything the model needs to run it. */
export interface PlanNodeOf<T extends NodeType> {
  id: string;
  type: T;
  label: string;
  /** Ids of the nodes feeding this one, in edge order (order matters for concat). */
  inputs: string[];
  /** Output width (all shapes are 1-D for now). */
  width: number;
  /** Width of the (summed or concatenated) input. */
  inputWidth: number;
  params: PlanParamsByType[T];
  /** Offset of this node's parameters in the model's flat parameter array, and how many there are. */
  paramOffset: number;
  paramCount: number;
}

/** A plan step of any kind; switching on `type` narrows `params`. */
export type PlanNode = { [T in NodeType]: PlanNodeOf<T> }[NodeType];

export interface Plan {
  /** Topological order of the nodes on an input→output path (unreachable nodes are left out). */
  order: string[];
  nodes: Record<string, PlanNode>;
  inputId: string;
  outputId: string;
  totalParams: number;
  loss: LossName;
  outputActivation: OutputActivation;
  dataShape: DataShape;
}

export interface CompileResult {
  /** Null when there is any error. */
  plan: Plan | null;
  problems: CompileProblem[];
  nodes: Record<string, NodeInfo>;
  totalParams: number;
}

// ---------------------------------------------------------------------------------------------------------
// Training

export interface TrainingSettings {
  optimizer: OptimizerName;
  learningRate: number;
  batchSize: number;
  epochs: number;
  seed: number;
  l2?: number; // default 0
  momentum?: number; // default 0.9 (momentum optimizer)
  earlyStopping?: { patience: number };
}

export interface EpochMetrics {
  epoch: number; // 1-based
  trainLoss: number;
  valLoss: number;
  trainAccuracy?: number; // classification only, 0..1
  valAccuracy?: number;
  learningRate: number;
  /** Milliseconds since the run started. */
  elapsedMs: number;
  /** The network's health at the end of the epoch, one entry per layer in plan order (health/record.ts). */
  health?: LayerHealth[];
}

/**
 * One layer's health at the end of an epoch. Weighted layers (dense, output) have the gradient and weight
 * fields; hidden ReLU layers have deadShare, hidden sigmoid/tanh layers saturatedShare.
 */
export interface LayerHealth {
  nodeId: string;
  /** RMS over the epoch's batches of the L2 norm of the layer's gradient (kernel and bias): sqrt(mean ‖g‖²). */
  gradientNorm?: number;
  /** The kernel's root mean square at the end of the epoch (bias left out). */
  weightRms?: number;
  weightMin?: number;
  weightMean?: number;
  weightMax?: number;
  /** Share of units (0..1) that output 0 for every probe row: they get no gradient and no longer learn. */
  deadShare?: number;
  /** Share of (probe row, unit) outputs where the slope is below 5% of its maximum (inspect.ts unitStats). */
  saturatedShare?: number;
}

export type RunEnd = 'completed' | 'stopped' | 'diverged';

/** A tensor in memory: row-major data. */
export interface Tensor {
  shape: number[];
  data: Float32Array;
}

/** Trained weights per node id. Dense: kernel [inputs, units] (Keras layout) and bias [units]. */
export type WeightsByNode = Record<string, { kernel: Tensor; bias?: Tensor }>;

// ---------------------------------------------------------------------------------------------------------
// Executable model (implemented in model.ts; the trainer and inspection code use only this interface)

export interface ModelOptions {
  /** Largest batch that forward/backward will be called with; buffers are allocated for it once. */
  maxBatch: number;
  /** Seed for the initial weights (Glorot for sigmoid/tanh/linear, He for the ReLU family, zero biases). */
  seed: number;
  /** Training-wide L2 coefficient, added to each dense node's own `l2`. Default 0. */
  l2?: number;
  /**
   * The WebAssembly SIMD kernels (wasm/kernels.ts, compiled, or its bytes). Without it, or where WebAssembly
   * SIMD is missing, the TypeScript kernels run; `Model.kernels.path` says which.
   */
  wasm?: KernelModule | null;
}

/** Dropout masks need randomness during training; the trainer passes its own generator. */
export interface RandomSource {
  next(): number;
}

export interface Model {
  readonly plan: Plan;
  /** All trainable parameters, laid out per PlanNode.paramOffset. Dense: kernel [inputs, units] then bias [units]. */
  readonly params: Float32Array;
  /** Gradients, same layout as params. */
  readonly grads: Float32Array;
  readonly maxBatch: number;
  readonly inputWidth: number;
  readonly outputWidth: number;
  /** The kernels this model runs on; its buffers live in their memory. Give them to createOptimizer too. */
  readonly kernels: Kernels;
  /**
   * Forward pass over `batch` rows of `x` (row-major [batch, inputWidth]). Returns a view of the network's
   * output [batch, outputWidth] after the output activation (probabilities for sigmoid/softmax), valid until
   * the next call. No allocation.
   */
  forward(x: Float32Array, batch: number, training: boolean, random?: RandomSource): Float32Array;
  /**
   * Forward in training mode, loss and backward pass. Overwrites `grads` with the gradient of
   * (mean data loss over the batch + L2 penalty) and returns the mean data loss (without the L2 term).
   * `y` as in Dataset: class indices for classification, [batch, targets] for regression.
   */
  computeGradients(x: Float32Array, y: Float32Array, batch: number, random?: RandomSource): number;
  /** Mean data loss and the number of correct predictions (classification) over a batch; no gradients. */
  evaluate(x: Float32Array, y: Float32Array, batch: number): { loss: number; correct: number };
  /** A view of a node's output activations [batch, width] from the last forward pass. */
  activationsOf(nodeId: string): Float32Array;
  getWeights(): WeightsByNode;
  setWeights(weights: WeightsByNode): void;
}

/**
 * Dropout masks drawn ahead of a batch (drawDropoutMasks), one array per dropout node in plan order, each
 * [batch rows, width]; `row` is the batch row that row 0 of the rows being computed is.
 */
export interface GivenMasks {
  readonly masks: readonly Float32Array[];
  readonly row: number;
}

/**
 * What data-parallel training (engine/parallel) asks of a model besides Model: a share of a batch's data
 * gradient and the pieces computeGradients adds around it. computeGradients(x, y, n, random) has exactly the
 * bits of drawDropoutMasks(n, random), partialGradients over all n rows, then addRegularization, with the
 * loss meanOf the block sums added in order.
 */
export interface ShardableModel extends Model {
  /** Widths of the dropout nodes, in plan order (drawDropoutMasks fills one [rows, width] array for each). */
  readonly dropoutWidths: readonly number[];
  /** Draws the training masks of a batch of `rows` rows from `random`, as computeGradients would draw them. */
  drawDropoutMasks(rows: number, random: RandomSource, into: readonly Float32Array[]): void;
  /**
   * The data gradient (no L2) of rows [0, rows) of `x`/`y`, which are rows given.row… of a batch of
   * `batchRows` rows, reduced in blocks of REDUCTION_BLOCK rows into `grads` (overwriting); the loss sum of
   * each block goes to lossSums[lossAt], lossSums[lossAt + 1], …
   */
  partialGradients(
    x: Float32Array,
    y: Float32Array,
    rows: number,
    batchRows: number,
    lossSums: Float64Array,
    lossAt: number,
    given: GivenMasks | null,
  ): void;
  /** Adds the L2 terms to `grads` (after the data gradient is complete). */
  addRegularization(): void;
  /** The mean data loss of a batch of `rows` rows whose block loss sums add up to `sum`. */
  meanLoss(sum: number, rows: number): number;
}
