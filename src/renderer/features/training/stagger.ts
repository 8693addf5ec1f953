/**
 * Which of several staggered values to hand over next (see useStaggered). Kept apart from React so the
 * order can be tested on its own.
 */

/**
 * The index of the next value to hand over, or -1 when everything shown is up to date. Values are taken in
 * turn after `after` (so a value that changes often cannot starve the others); the last value is handed over
 * only once all the others are shown, because it vouches for them (the status line saying "Finished.").
 */
export function nextStaggerIndex(shown: readonly unknown[], latest: readonly unknown[], after: number): number {
  const last = latest.length - 1;
  const start = after >= 0 && after < last ? after : -1;
  for (let step = 1; step <= last; step++) {
    const i = (start + step) % last;
    if (!Object.is(shown[i], latest[i])) return i;
  }
  return last >= 0 && !Object.is(shown[last], latest[last]) ? last : -1;
}

/** A copy of `values` with the value at `index` replaced. */
export function replaceAt<T extends readonly unknown[]>(values: T, index: number, value: unknown): T {
  const copy = values.slice();
  copy[index] = value;
  return copy as unknown as T;
}
