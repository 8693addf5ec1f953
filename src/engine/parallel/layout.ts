/**
 * The shared memory of data-parallel training: one SharedArrayBuffer that the coordinating thread and its
 * helper threads view with the same layout, worked out on each side from the same `SharedSizes`.
 *
 * control (Int32)  generation, pending, failed, rows, stop, ready, then [from, to) blocks for each helper
 * params           the weights of the step, copied in by the coordinator before each batch
 * x, y             the batch (features, and class indices or targets)
 * masks            one [rows, width] array per dropout node, drawn by the coordinator for the whole batch
 * lossSums (f64)   the loss sum of every block of the batch
 * slots            one gradient (params' layout) per block a helper computes, in block order
 */
export interface SharedSizes {
  params: number;
  inputWidth: number;
  /** Values of y per row: 1 for class indices, the targets for regression. */
  yWidth: number;
  dropoutWidths: readonly number[];
  /** Rows of the largest batch trained in parallel. */
  maxRows: number;
  helpers: number;
  /** Gradient slots: blocks the helpers compute at most, per batch. */
  slots: number;
}

export const CONTROL = {
  generation: 0,
  pending: 1,
  failed: 2,
  rows: 3,
  stop: 4,
  /** Helpers that built their model and wait for batches. */
  ready: 5,
  /** Helper h's blocks are [control[ranges + 2h], control[ranges + 2h + 1]). */
  ranges: 8,
} as const;

export interface SharedViews {
  control: Int32Array;
  params: Float32Array;
  x: Float32Array;
  y: Float32Array;
  masks: Float32Array[];
  lossSums: Float64Array;
  slots: Float32Array;
}

/** Blocks of REDUCTION_BLOCK rows in a batch of `rows` rows. */
export function blockCount(rows: number, block: number): number {
  return Math.ceil(rows / block);
}

function layout(sizes: SharedSizes, block: number): { bytes: number; views: (b: SharedArrayBuffer) => SharedViews } {
  const controlInts = CONTROL.ranges + 2 * sizes.helpers;
  const blocks = blockCount(sizes.maxRows, block);
  // f64 first (8-byte aligned at 0), then 4-byte arrays.
  const lossBytes = 8 * blocks;
  const floats = [
    sizes.params,
    sizes.maxRows * sizes.inputWidth,
    sizes.maxRows * sizes.yWidth,
    ...sizes.dropoutWidths.map((w) => sizes.maxRows * w),
    sizes.slots * sizes.params,
  ];
  const bytes = lossBytes + 4 * controlInts + 4 * floats.reduce((a, b) => a + b, 0);
  return {
    bytes,
    views(buffer) {
      let at = 0;
      const lossSums = new Float64Array(buffer, at, blocks);
      at += lossBytes;
      const control = new Int32Array(buffer, at, controlInts);
      at += 4 * controlInts;
      const take = (n: number): Float32Array => {
        const a = new Float32Array(buffer, at, n);
        at += 4 * n;
        return a;
      };
      const params = take(floats[0]);
      const x = take(floats[1]);
      const y = take(floats[2]);
      const masks = sizes.dropoutWidths.map((w) => take(sizes.maxRows * w));
      const slots = take(sizes.slots * sizes.params);
      return { control, params, x, y, masks, lossSums, slots };
    },
  };
}

export function sharedBytes(sizes: SharedSizes, block: number): number {
  return layout(sizes, block).bytes;
}

export function sharedViews(buffer: SharedArrayBuffer, sizes: SharedSizes, block: number): SharedViews {
  return layout(sizes, block).views(buffer);
}

/**
 * How a batch of `blocks` blocks is shared: the coordinator takes the first `own` blocks (so its kernels'
 * own blocked sum is the start of the batch's), the helpers the rest in contiguous runs, in order; slot s
 * holds block own + s. Every thread gets a near-equal part; helpers may get none.
 */
export function shareBlocks(blocks: number, helpers: number): { own: number; ranges: [number, number][] } {
  const parts = helpers + 1;
  const own = Math.max(1, Math.floor(blocks / parts));
  const rest = blocks - own;
  const ranges: [number, number][] = [];
  let from = own;
  for (let h = 0; h < helpers; h++) {
    const n = Math.floor(rest / helpers) + (h < rest % helpers ? 1 : 0);
    ranges.push([from, from + n]);
    from += n;
  }
  return { own, ranges };
}
