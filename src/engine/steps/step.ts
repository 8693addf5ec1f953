/**
 * A plan step: one node of the plan with its buffers, allocated once for the largest batch, and its forward
 * and backward pass side by side. Each node kind is one subclass (dense.ts, output.ts, …); model.ts only
 * builds the steps and runs them in plan order, forward, then backward in reverse.
 *
 * `out` holds the step's output [maxBatch, width]; `delta` holds dL/d(out). A step read by several others
 * receives the sum of their deltas: the first writes straight into `delta`, later ones write into the shared
 * scratch buffer and are added on (`deltaTarget` / `commitDelta`).
 */
import type { GivenMasks, PlanNode, RandomSource } from '../types';
import type { Kernels } from '../kernels';
import type { SparseInput } from '../ops/sparse-input';

/** What every step of one model shares. */
export interface StepContext {
  readonly maxBatch: number;
  /** All trainable parameters and their gradients (model.params / model.grads). */
  readonly params: Float32Array;
  readonly grads: Float32Array;
  /** The products and optimizer updates (WebAssembly SIMD or TypeScript); every buffer comes from them. */
  readonly kernels: Kernels;
  /** Where a second (third, …) delta for the same step is written before it is added on; maxBatch × widest. */
  readonly scratch: Float32Array;
  /** Nonzeros of the input batch, for the layers that read the input directly (null: inputs too small/large). */
  readonly sparse: SparseInput | null;
  /** The training-wide L2 coefficient. */
  readonly l2: number;
  /** Dropout masks given for the current pass instead of drawn (data-parallel shares); null: draw them. */
  given: GivenMasks | null;
  /** Dropout nodes built so far (each takes the next index into given.masks). */
  dropouts: number;
}

export abstract class Step {
  readonly width: number;
  out: Float32Array;
  delta: Float32Array;
  /** Whether backward must compute this step's delta (something trainable lies at or before it). */
  needsDelta: boolean;
  /** Whether a delta has been written into `delta` during the current backward pass. */
  private deltaWritten = false;

  constructor(
    readonly node: PlanNode,
    readonly inputs: readonly Step[],
    protected readonly ctx: StepContext,
    /** False for the input, whose `out` is the caller's batch and whose delta is never needed. */
    buffers = true,
  ) {
    this.width = node.width;
    const size = buffers ? ctx.maxBatch * node.width : 0;
    this.out = ctx.kernels.floats(size);
    this.delta = buffers ? ctx.kernels.floats(size) : this.out;
    this.needsDelta = node.paramCount > 0 || inputs.some((s) => s.needsDelta);
  }

  /** Computes `out` for `batch` rows from the inputs' `out`. */
  abstract forward(batch: number, training: boolean, random: RandomSource | undefined): void;

  /** Given `delta`, adds this step's parameter gradients and passes deltas on to the inputs that need them. */
  abstract backward(batch: number): void;

  /** Starts a backward pass: nothing has been written into `delta` yet. */
  resetDelta(): void {
    this.deltaWritten = false;
  }

  /** Where a delta for this step should be written: straight into `delta` the first time, else scratch. */
  deltaTarget(): Float32Array {
    return this.deltaWritten ? this.ctx.scratch : this.delta;
  }

  /** Finishes a write made through deltaTarget(): later contributions are added onto the first. */
  commitDelta(batch: number): void {
    if (this.deltaWritten) {
      const delta = this.delta;
      const scratch = this.ctx.scratch;
      for (let j = 0, n = batch * this.width; j < n; j++) delta[j] += scratch[j];
    } else {
      this.deltaWritten = true;
    }
  }
}
