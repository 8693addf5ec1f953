/**
 * The helper side of data-parallel training: a thread that waits on the shared control words, computes the
 * gradient of each block it is given into that block's slot, and counts itself done. It builds its own
 * model from the plan, on the same kernels as the coordinator, for one block of rows; the weights come from
 * shared memory before every batch. Any thread that can block on Atomics.wait can run it (a Node
 * worker_thread, a Web Worker); the few lines that start one live with their front end.
 */
import type { KernelModule, KernelPath } from '../kernels';
import { createModel } from '../model';
import { blockEnd, REDUCTION_BLOCK } from '../ops/dense';
import type { Plan } from '../types';
import { CONTROL, sharedViews, type SharedSizes } from './layout';

/** What a helper thread is started with (structured-cloneable: a compiled WebAssembly.Module travels). */
export interface GradientHelperInit {
  plan: Plan;
  /** The coordinator's kernel module when its kernels are WebAssembly SIMD, else null. */
  wasm: KernelModule | null;
  /** The coordinator's kernel path: the helper refuses to run on another one (the bits would differ). */
  path: KernelPath;
  buffer: SharedArrayBuffer;
  sizes: SharedSizes;
  /** 0-based helper index (its range in the control words). */
  index: number;
}

/**
 * Serves batches until the coordinator says stop. Blocks the calling thread (Atomics.wait) between batches.
 * A failure marks the shared `failed` word (the coordinator throws) and is passed to `onError`.
 */
export function runGradientHelper(init: GradientHelperInit, onError: (error: unknown) => void = () => {}): void {
  const { sizes, index } = init;
  const views = sharedViews(init.buffer, sizes, REDUCTION_BLOCK);
  const { control } = views;
  let model: ReturnType<typeof createModel> | null = null;
  try {
    const built = createModel(init.plan, { maxBatch: REDUCTION_BLOCK, seed: 0, wasm: init.wasm });
    if (built.kernels.path !== init.path) {
      throw new Error(
        `A training helper thread got the ${built.kernels.path} kernels but the run trains on ${init.path}; ` +
          'the numbers would differ, so it stops.',
      );
    }
    model = built;
    Atomics.add(control, CONTROL.ready, 1);
    Atomics.notify(control, CONTROL.ready);
  } catch (error) {
    Atomics.store(control, CONTROL.failed, 1);
    onError(error);
  }
  let seen = 0;
  for (;;) {
    Atomics.wait(control, CONTROL.generation, seen);
    seen = Atomics.load(control, CONTROL.generation);
    if (Atomics.load(control, CONTROL.stop) !== 0) return;
    try {
      if (!model) throw new Error('This training helper thread could not build its model.');
      serveBatch(model, views, sizes, index);
    } catch (error) {
      Atomics.store(control, CONTROL.failed, 1);
      onError(error);
    }
    if (Atomics.sub(control, CONTROL.pending, 1) === 1) Atomics.notify(control, CONTROL.pending);
  }
}

function serveBatch(
  model: ReturnType<typeof createModel>,
  views: ReturnType<typeof sharedViews>,
  sizes: SharedSizes,
  index: number,
): void {
  const { control } = views;
  const from = control[CONTROL.ranges + 2 * index];
  const to = control[CONTROL.ranges + 2 * index + 1];
  if (from >= to) return;
  const rows = control[CONTROL.rows];
  // The first helper block's slot is 0: the coordinator's own blocks come first.
  const firstSlot = control[CONTROL.ranges];
  model.params.set(views.params);
  const { inputWidth, yWidth, params } = sizes;
  for (let b = from; b < to; b++) {
    const r0 = b * REDUCTION_BLOCK;
    const r1 = blockEnd(r0, rows);
    model.partialGradients(
      views.x.subarray(r0 * inputWidth, r1 * inputWidth),
      views.y.subarray(r0 * yWidth, r1 * yWidth),
      r1 - r0,
      rows,
      views.lossSums,
      b,
      { masks: views.masks, row: r0 },
    );
    views.slots.set(model.grads, (b - firstSlot) * params);
  }
}
