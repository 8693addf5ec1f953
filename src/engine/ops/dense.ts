/**
 * The dense layer: Y = X·W + b, and its derivatives dW = Xᵀ·dY, db = Σ_rows dY, dX = dY·Wᵀ.
 *
 * Layout: X [rows, inner] and Y [rows, cols] are row-major; the kernel W is row-major [inner, cols] (Keras's
 * layout) at `wOff` in the flat parameter array, the bias [cols] at `bOff` (negative: no bias).
 *
 * Each product is register-tiled: a 4×4 block of the result lives in 16 local variables while the shared
 * dimension streams past, so every loaded value is used four times and the result is written once. This is
 * what makes the engine several times faster than a plain i-k-j loop (the JIT keeps locals in registers;
 * arrays it must reload). Edges that do not fill a 4×4 block fall back to short scalar loops. Accumulation
 * is in doubles (JS numbers), stored to float32 once (the sums over rows once per block of REDUCTION_BLOCK
 * rows, the blocks then added in order). No allocation anywhere.
 */

/** Y = X·W + b for `rows` rows. */
export function denseForward(
  x: Float32Array,
  rows: number,
  inner: number,
  p: Float32Array,
  wOff: number,
  bOff: number,
  cols: number,
  y: Float32Array,
): void {
  const rows4 = rows - (rows % 4);
  const cols4 = cols - (cols % 4);
  for (let i = 0; i < rows4; i += 4) {
    const x0 = i * inner;
    const x1 = x0 + inner;
    const x2 = x1 + inner;
    const x3 = x2 + inner;
    for (let j = 0; j < cols4; j += 4) {
      const b0 = bOff >= 0 ? p[bOff + j] : 0;
      const b1 = bOff >= 0 ? p[bOff + j + 1] : 0;
      const b2 = bOff >= 0 ? p[bOff + j + 2] : 0;
      const b3 = bOff >= 0 ? p[bOff + j + 3] : 0;
      let c00 = b0,
        c01 = b1,
        c02 = b2,
        c03 = b3;
      let c10 = b0,
        c11 = b1,
        c12 = b2,
        c13 = b3;
      let c20 = b0,
        c21 = b1,
        c22 = b2,
        c23 = b3;
      let c30 = b0,
        c31 = b1,
        c32 = b2,
        c33 = b3;
      let wp = wOff + j;
      for (let k = 0; k < inner; k++, wp += cols) {
        const w0 = p[wp],
          w1 = p[wp + 1],
          w2 = p[wp + 2],
          w3 = p[wp + 3];
        const a0 = x[x0 + k],
          a1 = x[x1 + k],
          a2 = x[x2 + k],
          a3 = x[x3 + k];
        c00 += a0 * w0;
        c01 += a0 * w1;
        c02 += a0 * w2;
        c03 += a0 * w3;
        c10 += a1 * w0;
        c11 += a1 * w1;
        c12 += a1 * w2;
        c13 += a1 * w3;
        c20 += a2 * w0;
        c21 += a2 * w1;
        c22 += a2 * w2;
        c23 += a2 * w3;
        c30 += a3 * w0;
        c31 += a3 * w1;
        c32 += a3 * w2;
        c33 += a3 * w3;
      }
      let yp = i * cols + j;
      y[yp] = c00;
      y[yp + 1] = c01;
      y[yp + 2] = c02;
      y[yp + 3] = c03;
      yp += cols;
      y[yp] = c10;
      y[yp + 1] = c11;
      y[yp + 2] = c12;
      y[yp + 3] = c13;
      yp += cols;
      y[yp] = c20;
      y[yp + 1] = c21;
      y[yp + 2] = c22;
      y[yp + 3] = c23;
      yp += cols;
      y[yp] = c30;
      y[yp + 1] = c31;
      y[yp + 2] = c32;
      y[yp + 3] = c33;
    }
  }
  // Edges: the last rows % 4 rows (all columns) and the last cols % 4 columns of the tiled rows.
  forwardEdge(x, rows4, rows, 0, cols, inner, p, wOff, bOff, cols, y);
  if (cols4 < cols) forwardEdge(x, 0, rows4, cols4, cols, inner, p, wOff, bOff, cols, y);
}

function forwardEdge(
  x: Float32Array,
  i0: number,
  i1: number,
  j0: number,
  j1: number,
  inner: number,
  p: Float32Array,
  wOff: number,
  bOff: number,
  cols: number,
  y: Float32Array,
): void {
  for (let i = i0; i < i1; i++) {
    const xr = i * inner;
    for (let j = j0; j < j1; j++) {
      let s = bOff >= 0 ? p[bOff + j] : 0;
      for (let k = 0, wp = wOff + j; k < inner; k++, wp += cols) s += x[xr + k] * p[wp];
      y[i * cols + j] = s;
    }
  }
}

/**
 * Rows per reduction block. Every sum over the rows of a batch (dW = Xᵀ·dY, db = Σ dY, the sparse first
 * layer's dW, the batch loss) is cut into blocks of this many rows: each block is summed from zero into one
 * float32 partial (for the loss, one double), and the partials are added in block order, the first
 * assigned: g = p0 + p1 + p2 + …. The constant does not depend on how many threads train, so a thread that
 * computes some blocks' partials and a coordinator that adds every partial in block order get the same bits
 * as one thread doing it all (src/engine/parallel). The WebAssembly kernels are given the same constant.
 *
 * Why 64: a block is also the unit a helper thread computes and the coordinator adds back (one gradient-sized
 * slot per block), so a block must cost much more to compute than its slot costs to add. Measured on the
 * digits MLP (109,386 parameters): 32 rows took 0.30 ms against 0.33 ms to store and add the slot, 64 rows
 * 0.61 ms; on the 784→2048→10 net 4.4 ms against 5.3 ms at 32 rows, 10 ms at 64. Larger blocks would make
 * batches under 256 rows impossible to share.
 */
export const REDUCTION_BLOCK = 64;

const fround = Math.fround;

/**
 * The end of the reduction block that holds row `row` of a batch of `rows` rows (for a block's first row r0,
 * the block is [r0, blockEnd(r0, rows))). Every blocked sum here and in sparse-input.ts cuts its rows where
 * this says, so they agree on the blocks.
 */
export function blockEnd(row: number, rows: number): number {
  return Math.min(rows, (Math.floor(row / REDUCTION_BLOCK) + 1) * REDUCTION_BLOCK);
}

/**
 * The blocked reduction's rule for one result g[i] and one block's partial v (summed from zero): assigned
 * for the first block, else added to the running total as float32 + float32 (a double add of two floats,
 * rounded once, is the float32 add).
 */
export function putPartial(g: Float32Array, i: number, first: boolean, v: number): void {
  if (first) g[i] = v;
  else g[i] += fround(v);
}

/** g[W] = Xᵀ·dY and g[b] = Σ_rows dY (overwriting), over `rows` rows reduced in blocks (REDUCTION_BLOCK). */
export function denseWeightGrad(
  x: Float32Array,
  dy: Float32Array,
  rows: number,
  inner: number,
  cols: number,
  g: Float32Array,
  wOff: number,
  bOff: number,
): void {
  for (let r0 = 0; r0 < rows; r0 += REDUCTION_BLOCK) {
    const r1 = blockEnd(r0, rows);
    weightGradBlock(x, dy, r0, r1, inner, cols, g, wOff, r0 === 0);
    if (bOff >= 0) biasGradBlock(dy, r0, r1, cols, g, bOff, r0 === 0);
  }
}

/** g[b] = Σ_rows dY (overwriting), each block summed in float32 from zero, blocks added in order. */
export function denseBiasGrad(dy: Float32Array, rows: number, cols: number, g: Float32Array, bOff: number): void {
  for (let r0 = 0; r0 < rows; r0 += REDUCTION_BLOCK) biasGradBlock(dy, r0, blockEnd(r0, rows), cols, g, bOff, r0 === 0);
}

/** One block's part of denseWeightGrad: rows [r0, r1) of Xᵀ·dY, put into g[W] by putPartial. */
function weightGradBlock(
  x: Float32Array,
  dy: Float32Array,
  r0: number,
  r1: number,
  inner: number,
  cols: number,
  g: Float32Array,
  wOff: number,
  first: boolean,
): void {
  const inner4 = inner - (inner % 4);
  const cols4 = cols - (cols % 4);
  for (let k = 0; k < inner4; k += 4) {
    for (let j = 0; j < cols4; j += 4) {
      let c00 = 0,
        c01 = 0,
        c02 = 0,
        c03 = 0;
      let c10 = 0,
        c11 = 0,
        c12 = 0,
        c13 = 0;
      let c20 = 0,
        c21 = 0,
        c22 = 0,
        c23 = 0;
      let c30 = 0,
        c31 = 0,
        c32 = 0,
        c33 = 0;
      for (let i = r0, xp = r0 * inner + k, dp = r0 * cols + j; i < r1; i++, xp += inner, dp += cols) {
        const a0 = x[xp],
          a1 = x[xp + 1],
          a2 = x[xp + 2],
          a3 = x[xp + 3];
        const d0 = dy[dp],
          d1 = dy[dp + 1],
          d2 = dy[dp + 2],
          d3 = dy[dp + 3];
        c00 += a0 * d0;
        c01 += a0 * d1;
        c02 += a0 * d2;
        c03 += a0 * d3;
        c10 += a1 * d0;
        c11 += a1 * d1;
        c12 += a1 * d2;
        c13 += a1 * d3;
        c20 += a2 * d0;
        c21 += a2 * d1;
        c22 += a2 * d2;
        c23 += a2 * d3;
        c30 += a3 * d0;
        c31 += a3 * d1;
        c32 += a3 * d2;
        c33 += a3 * d3;
      }
      const gp = wOff + k * cols + j;
      put4(g, gp, first, c00, c01, c02, c03);
      put4(g, gp + cols, first, c10, c11, c12, c13);
      put4(g, gp + 2 * cols, first, c20, c21, c22, c23);
      put4(g, gp + 3 * cols, first, c30, c31, c32, c33);
    }
  }
  weightGradEdge(x, dy, r0, r1, inner4, inner, 0, cols, inner, cols, g, wOff, first);
  if (cols4 < cols) weightGradEdge(x, dy, r0, r1, 0, inner4, cols4, cols, inner, cols, g, wOff, first);
}

/** putPartial for g[gp..gp+3]. */
function put4(g: Float32Array, gp: number, first: boolean, a: number, b: number, c: number, d: number): void {
  putPartial(g, gp, first, a);
  putPartial(g, gp + 1, first, b);
  putPartial(g, gp + 2, first, c);
  putPartial(g, gp + 3, first, d);
}

function weightGradEdge(
  x: Float32Array,
  dy: Float32Array,
  r0: number,
  r1: number,
  k0: number,
  k1: number,
  j0: number,
  j1: number,
  inner: number,
  cols: number,
  g: Float32Array,
  wOff: number,
  first: boolean,
): void {
  for (let k = k0; k < k1; k++) {
    for (let j = j0; j < j1; j++) {
      let s = 0;
      for (let i = r0; i < r1; i++) s += x[i * inner + k] * dy[i * cols + j];
      putPartial(g, wOff + k * cols + j, first, s);
    }
  }
}

/** One block's part of denseBiasGrad: rows [r0, r1) of dY, each column summed in float32 from zero. */
function biasGradBlock(
  dy: Float32Array,
  r0: number,
  r1: number,
  cols: number,
  g: Float32Array,
  bOff: number,
  first: boolean,
): void {
  for (let j = 0; j < cols; j++) {
    let s = 0;
    for (let i = r0, dp = r0 * cols + j; i < r1; i++, dp += cols) s = fround(s + dy[dp]);
    putPartial(g, bOff + j, first, s);
  }
}

/** dX = dY·Wᵀ (overwriting dx), over `rows` rows. */
export function denseInputGrad(
  dy: Float32Array,
  rows: number,
  cols: number,
  p: Float32Array,
  wOff: number,
  inner: number,
  dx: Float32Array,
): void {
  const rows4 = rows - (rows % 4);
  const inner4 = inner - (inner % 4);
  for (let i = 0; i < rows4; i += 4) {
    const d0r = i * cols;
    const d1r = d0r + cols;
    const d2r = d1r + cols;
    const d3r = d2r + cols;
    for (let k = 0; k < inner4; k += 4) {
      const w0r = wOff + k * cols;
      const w1r = w0r + cols;
      const w2r = w1r + cols;
      const w3r = w2r + cols;
      let c00 = 0,
        c01 = 0,
        c02 = 0,
        c03 = 0;
      let c10 = 0,
        c11 = 0,
        c12 = 0,
        c13 = 0;
      let c20 = 0,
        c21 = 0,
        c22 = 0,
        c23 = 0;
      let c30 = 0,
        c31 = 0,
        c32 = 0,
        c33 = 0;
      for (let j = 0; j < cols; j++) {
        const d0 = dy[d0r + j],
          d1 = dy[d1r + j],
          d2 = dy[d2r + j],
          d3 = dy[d3r + j];
        const w0 = p[w0r + j],
          w1 = p[w1r + j],
          w2 = p[w2r + j],
          w3 = p[w3r + j];
        c00 += d0 * w0;
        c01 += d0 * w1;
        c02 += d0 * w2;
        c03 += d0 * w3;
        c10 += d1 * w0;
        c11 += d1 * w1;
        c12 += d1 * w2;
        c13 += d1 * w3;
        c20 += d2 * w0;
        c21 += d2 * w1;
        c22 += d2 * w2;
        c23 += d2 * w3;
        c30 += d3 * w0;
        c31 += d3 * w1;
        c32 += d3 * w2;
        c33 += d3 * w3;
      }
      let xp = i * inner + k;
      dx[xp] = c00;
      dx[xp + 1] = c01;
      dx[xp + 2] = c02;
      dx[xp + 3] = c03;
      xp += inner;
      dx[xp] = c10;
      dx[xp + 1] = c11;
      dx[xp + 2] = c12;
      dx[xp + 3] = c13;
      xp += inner;
      dx[xp] = c20;
      dx[xp + 1] = c21;
      dx[xp + 2] = c22;
      dx[xp + 3] = c23;
      xp += inner;
      dx[xp] = c30;
      dx[xp + 1] = c31;
      dx[xp + 2] = c32;
      dx[xp + 3] = c33;
    }
  }
  inputGradEdge(dy, rows4, rows, 0, inner, cols, p, wOff, inner, dx);
  if (inner4 < inner) inputGradEdge(dy, 0, rows4, inner4, inner, cols, p, wOff, inner, dx);
}

function inputGradEdge(
  dy: Float32Array,
  i0: number,
  i1: number,
  k0: number,
  k1: number,
  cols: number,
  p: Float32Array,
  wOff: number,
  inner: number,
  dx: Float32Array,
): void {
  for (let i = i0; i < i1; i++) {
    const dr = i * cols;
    for (let k = k0; k < k1; k++) {
      const wr = wOff + k * cols;
      let s = 0;
      for (let j = 0; j < cols; j++) s += dy[dr + j] * p[wr + j];
      dx[i * inner + k] = s;
    }
  }
}

/**
 * L2 penalty on a kernel, Keras's convention: penalty = l2·Σw², so its gradient 2·l2·w is added to g.
 * Biases are not penalised. Returns the penalty.
 */
export function addL2(p: Float32Array, g: Float32Array, wOff: number, count: number, l2: number): number {
  let sum = 0;
  const twice = 2 * l2;
  for (let i = wOff, end = wOff + count; i < end; i++) {
    const w = p[i];
    sum += w * w;
    g[i] += twice * w;
  }
  return l2 * sum;
}
