/**
 * Inverted dropout: while training, each value is kept with probability 1 − rate and scaled by 1/(1 − rate),
 * so inference needs no rescaling and simply passes values through. The mask stores the scale applied to
 * each value (0 or 1/(1 − rate)), and the derivative is the same mask.
 */
import type { RandomSource } from '../types';

export function dropoutForward(
  x: Float32Array,
  y: Float32Array,
  mask: Float32Array,
  n: number,
  rate: number,
  training: boolean,
  random: RandomSource | undefined,
): void {
  if (!training || rate === 0) {
    for (let i = 0; i < n; i++) {
      y[i] = x[i];
      mask[i] = 1;
    }
    return;
  }
  if (!random)
    throw new Error(
      "Dropout needs a random source while training: pass the trainer's Rng to forward/computeGradients.",
    );
  // The scale as float32, as the mask stores it: forward and backward (and masks drawn ahead) use one value.
  const scale = Math.fround(1 / (1 - rate));
  for (let i = 0; i < n; i++) {
    const m = random.next() >= rate ? scale : 0;
    mask[i] = m;
    y[i] = x[i] * m;
  }
}

/** The training masks dropoutForward would draw for n values (rate > 0), drawn ahead into `mask`. */
export function dropoutMasks(mask: Float32Array, n: number, rate: number, random: RandomSource): void {
  if (rate === 0) {
    for (let i = 0; i < n; i++) mask[i] = 1;
    return;
  }
  const scale = Math.fround(1 / (1 - rate));
  for (let i = 0; i < n; i++) mask[i] = random.next() >= rate ? scale : 0;
}

/** Forward with masks drawn ahead: mask = given[from …], y = x·mask (the same bits as dropoutForward). */
export function dropoutApply(
  x: Float32Array,
  y: Float32Array,
  mask: Float32Array,
  given: Float32Array,
  from: number,
  n: number,
): void {
  for (let i = 0; i < n; i++) {
    const m = given[from + i];
    mask[i] = m;
    y[i] = x[i] * m;
  }
}

export function dropoutBackward(dy: Float32Array, mask: Float32Array, dx: Float32Array, n: number): void {
  for (let i = 0; i < n; i++) dx[i] = dy[i] * mask[i];
}
