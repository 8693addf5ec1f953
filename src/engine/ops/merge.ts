/**
 * Merge layers. Add sums same-width inputs (its derivative hands the same delta to every input); concat places
 * inputs side by side in edge order (its derivative hands each input its own block of columns).
 */

/** y = a + b, or y += a when `accumulate`. */
export function addForward(x: Float32Array, y: Float32Array, n: number, accumulate: boolean): void {
  if (accumulate) for (let i = 0; i < n; i++) y[i] += x[i];
  else for (let i = 0; i < n; i++) y[i] = x[i];
}

/** Each input of an add receives the whole delta. */
export function addBackward(dy: Float32Array, dx: Float32Array, n: number): void {
  for (let i = 0; i < n; i++) dx[i] = dy[i];
}

/** Copies x [rows, width] into columns [offset, offset + width) of y [rows, total]. */
export function concatForward(
  x: Float32Array,
  width: number,
  y: Float32Array,
  total: number,
  offset: number,
  rows: number,
): void {
  for (let r = 0; r < rows; r++) {
    const xs = r * width;
    const ys = r * total + offset;
    for (let j = 0; j < width; j++) y[ys + j] = x[xs + j];
  }
}

/** Takes columns [offset, offset + width) of dy [rows, total] into dx [rows, width]. */
export function concatBackward(
  dy: Float32Array,
  total: number,
  offset: number,
  dx: Float32Array,
  width: number,
  rows: number,
): void {
  for (let r = 0; r < rows; r++) {
    const ds = r * total + offset;
    const xs = r * width;
    for (let j = 0; j < width; j++) dx[xs + j] = dy[ds + j];
  }
}
