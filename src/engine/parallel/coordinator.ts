/**
 * Data-parallel gradients, deterministic: a batch is cut into blocks of REDUCTION_BLOCK rows (a constant, not
 * a function of the thread count). The coordinating thread computes the first blocks itself, its kernels
 * summing them block by block; each helper computes the gradient of each of its blocks into that block's
 * slot of shared memory; then the coordinator adds the slots onto its own sum in block order and the loss
 * sums of every block in block order. Since the single-thread kernels reduce in the very same blocks and
 * order (ops/dense.ts), 1, 2 or 4 threads give the same bits. Dropout masks are drawn by the coordinator for
 * the whole batch from the run's generator, in the order computeGradients draws them, so no mask depends on
 * which thread computes a row.
 *
 * The engine stays pure: helper threads are started through the injected `HelperThreads` (the CLI's
 * worker_threads, the training worker's sub-workers), and only SharedArrayBuffer and Atomics are used here.
 */
import type { KernelModule } from '../kernels';
import { REDUCTION_BLOCK } from '../ops/dense';
import type { Model, RandomSource, ShardableModel } from '../types';
import type { GradientHelperInit } from './helper';
import {
  CONTROL,
  blockCount,
  shareBlocks,
  sharedBytes,
  sharedViews,
  type SharedSizes,
  type SharedViews,
} from './layout';

/** How the trainer gets a batch's gradient: model.computeGradients, or a pool that gives the same bits. */
export interface GradientPool {
  /** As Model.computeGradients: overwrites model.grads, returns the mean data loss. */
  computeGradients(x: Float32Array, y: Float32Array, rows: number, random: RandomSource): number;
  /** Stops the helper threads; the pool cannot be used afterwards. */
  close(): void;
  /** The threads that compute a shared batch's gradient: this one and its helpers. */
  readonly threadCount: number;
}

/** Starts helper threads; each must call runGradientHelper(init) (engine/parallel/helper.ts). */
export interface HelperThreads {
  start(init: GradientHelperInit): void;
  /** Ends the threads started (called after they were told to stop). */
  close(): void;
}

/**
 * When front ends that choose the thread count themselves (`train --threads auto`, the app's training worker)
 * share batches: from PARALLEL_FROM_BATCH rows, and only when a batch is enough work (rows × parameters at
 * least PARALLEL_FROM_WORK). Measured by `npm run bench:parallel` (README, Performance): the playground net
 * lost at every batch size (its batches take tens of µs, the fork–join round alone about 13 µs); the digits
 * MLP and the 784→2048→10 net gained up to 1.2–1.7× at some batches of 128 rows and more and lost at others,
 * as the shared machine's load changed.
 */
export const PARALLEL_FROM_BATCH = 256;
export const PARALLEL_FROM_WORK = 1 << 25;

/** Whether sharing a batch of `batchSize` rows of a model with `params` parameters is expected to pay. */
export function parallelPays(batchSize: number, params: number): boolean {
  return batchSize >= PARALLEL_FROM_BATCH && batchSize * params >= PARALLEL_FROM_WORK;
}

/** Whether a model can compute shares of a batch (every model createModel builds can). */
export function isShardable(model: Model): model is ShardableModel {
  return typeof (model as Partial<ShardableModel>).partialGradients === 'function';
}

/** Gradient slots are kept to about this many floats (256 MB); larger batches train on one thread. */
export const SLOT_BUDGET_FLOATS = 1 << 26;

export interface ParallelOptions {
  /** Threads besides the calling one (≥ 1). */
  helpers: number;
  /** The training batch size: buffers are sized for it. */
  batchSize: number;
  /** The kernel module the model was built with (given to the helpers when the model runs on it). */
  wasm?: KernelModule | null;
}

export class ParallelGradients implements GradientPool {
  private readonly views: SharedViews;
  private readonly sizes: SharedSizes;
  private readonly helpers: number;
  private closed = false;
  /** Batches whose gradient was shared with the helpers (the others ran on this thread alone). */
  sharedBatches = 0;

  get threadCount(): number {
    return 1 + this.helpers;
  }

  constructor(
    private readonly model: ShardableModel,
    private readonly threads: HelperThreads,
    opts: ParallelOptions,
  ) {
    if (!Number.isInteger(opts.helpers) || opts.helpers < 1) {
      throw new Error(`Parallel training needs at least one helper thread, not ${opts.helpers}.`);
    }
    if (typeof SharedArrayBuffer !== 'function' || typeof Atomics !== 'object') {
      throw new Error('Parallel training needs SharedArrayBuffer and Atomics (cross-origin isolation in a browser).');
    }
    this.helpers = opts.helpers;
    const plan = model.plan;
    const params = model.params.length;
    const blocks = blockCount(opts.batchSize, REDUCTION_BLOCK);
    const wanted = blocks - shareBlocks(blocks, opts.helpers).own;
    // Batches whose helper blocks do not fit the budget train on one thread (the same bits, only slower).
    const slots = Math.max(0, Math.min(wanted, Math.floor(SLOT_BUDGET_FLOATS / Math.max(1, params))));
    this.sizes = {
      params,
      inputWidth: model.inputWidth,
      yWidth: plan.dataShape.task === 'classification' ? 1 : model.outputWidth,
      dropoutWidths: model.dropoutWidths,
      maxRows: opts.batchSize,
      helpers: opts.helpers,
      slots,
    };
    const buffer = new SharedArrayBuffer(sharedBytes(this.sizes, REDUCTION_BLOCK));
    this.views = sharedViews(buffer, this.sizes, REDUCTION_BLOCK);
    const path = model.kernels.path;
    for (let index = 0; index < opts.helpers; index++) {
      threads.start({
        plan,
        wasm: path === 'wasm-simd' ? (opts.wasm ?? null) : null,
        path,
        buffer,
        sizes: this.sizes,
        index,
      });
    }
  }

  computeGradients(x: Float32Array, y: Float32Array, rows: number, random: RandomSource): number {
    if (this.closed) throw new Error('This parallel gradient pool was closed.');
    const { model, views, sizes } = this;
    const blocks = blockCount(rows, REDUCTION_BLOCK);
    const { own, ranges } = shareBlocks(blocks, this.helpers);
    // Until every helper has started (a browser starts workers only between tasks), one thread: same bits.
    const ready = Atomics.load(views.control, CONTROL.ready) >= this.helpers;
    if (!ready || blocks < 2 || rows > sizes.maxRows || blocks - own > sizes.slots) {
      return model.computeGradients(x, y, rows, random);
    }
    const { control } = views;
    const ownRows = own * REDUCTION_BLOCK;
    const { inputWidth, yWidth } = sizes;
    views.params.set(model.params);
    views.x.set(x.subarray(ownRows * inputWidth, rows * inputWidth), ownRows * inputWidth);
    views.y.set(y.subarray(ownRows * yWidth, rows * yWidth), ownRows * yWidth);
    if (sizes.dropoutWidths.length > 0) model.drawDropoutMasks(rows, random, views.masks);
    control[CONTROL.rows] = rows;
    control[CONTROL.failed] = 0;
    ranges.forEach(([from, to], h) => {
      control[CONTROL.ranges + 2 * h] = from;
      control[CONTROL.ranges + 2 * h + 1] = to;
    });
    Atomics.store(control, CONTROL.pending, this.helpers);
    Atomics.add(control, CONTROL.generation, 1);
    Atomics.notify(control, CONTROL.generation);

    model.partialGradients(x, y, ownRows, rows, views.lossSums, 0, { masks: views.masks, row: 0 });

    for (let p = Atomics.load(control, CONTROL.pending); p !== 0; p = Atomics.load(control, CONTROL.pending)) {
      Atomics.wait(control, CONTROL.pending, p);
    }
    if (Atomics.load(control, CONTROL.failed) !== 0) {
      throw new Error('A training helper thread failed; train with one thread (--threads 1) to see the error.');
    }
    const g = model.grads;
    const n = sizes.params;
    const slots = views.slots;
    for (let s = 0, end = blocks - own; s < end; s++) {
      // g + slot in doubles, stored to float32: the float32 add, as the kernels add their blocks.
      for (let i = 0, o = s * n; i < n; i++, o++) g[i] += slots[o];
    }
    this.sharedBatches += 1;
    const sums = views.lossSums;
    let sum = sums[0];
    for (let b = 1; b < blocks; b++) sum += sums[b];
    model.addRegularization();
    return model.meanLoss(sum, rows);
  }

  /**
   * Blocks until every helper has started, or `timeoutMs` passed; returns whether they all did. Only where
   * the thread may block and the helpers start without it (Node); a browser worker just lets the first
   * batches run on its own thread.
   */
  waitForHelpers(timeoutMs: number): boolean {
    const control = this.views.control;
    const until = Date.now() + timeoutMs;
    for (let r = Atomics.load(control, CONTROL.ready); r < this.helpers; r = Atomics.load(control, CONTROL.ready)) {
      if (Atomics.load(control, CONTROL.failed) !== 0) return false;
      const left = until - Date.now();
      if (left <= 0) return false;
      Atomics.wait(control, CONTROL.ready, r, Math.min(left, 100));
    }
    return true;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    Atomics.store(this.views.control, CONTROL.stop, 1);
    Atomics.add(this.views.control, CONTROL.generation, 1);
    Atomics.notify(this.views.control, CONTROL.generation);
    this.threads.close();
  }
}
