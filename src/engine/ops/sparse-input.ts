/**
 * The first dense layer's products when its input is mostly zeros (MNIST pixels are ~80 % zero): the
 * nonzeros of the batch are listed once per forward pass, by row for Y = X·W + b and by column for
 * dW = Xᵀ·dY, and only they are multiplied. A batch denser than MAX_DENSITY uses the tiled dense kernels
 * instead, which are faster per multiply. Every array is allocated once for the largest batch.
 *
 * Only the network's input is scanned: hidden activations change every step and are rarely this sparse.
 */
import { blockEnd, putPartial } from './dense';

/** Above this fraction of nonzeros the tiled dense kernels win (measured on V8 with 784-wide inputs). */
export const MAX_DENSITY = 0.4;

/** Sparse lists are not kept for inputs larger than this many values per batch (memory stays bounded). */
export const MAX_SPARSE_VALUES = 1 << 22;

/** Where the lists live: plain arrays by default, or buffers of the model's kernels (kernels/kernels.ts). */
export interface SparseAllocator {
  floats(n: number): Float32Array;
  ints(n: number): Int32Array;
}

const plainArrays: SparseAllocator = { floats: (n) => new Float32Array(n), ints: (n) => new Int32Array(n) };

/** Values a SparseInput for this batch and width keeps (for sizing the model's kernel memory). */
export function sparseInputSize(maxRows: number, inner: number): number {
  const cap = Math.floor(maxRows * inner * MAX_DENSITY) + 1;
  return maxRows + 1 + 4 * cap + 2 * inner + 1;
}

export class SparseInput {
  /** Whether the lists describe the last scanned batch. */
  valid = false;
  /** Rows of the last scanned batch. */
  rows = 0;
  /** Row i's nonzeros are rowCol/rowVal[rowStart[i] .. rowStart[i + 1]), columns increasing. */
  readonly rowStart: Int32Array;
  readonly rowCol: Int32Array;
  readonly rowVal: Float32Array;
  /** Column k's nonzeros are colRow/colVal[colStart[k] .. colStart[k + 1]), rows increasing. */
  readonly colStart: Int32Array;
  readonly colRow: Int32Array;
  readonly colVal: Float32Array;
  private readonly colCursor: Int32Array;

  constructor(
    maxRows: number,
    readonly inner: number,
    alloc: SparseAllocator = plainArrays,
  ) {
    const cap = Math.floor(maxRows * inner * MAX_DENSITY) + 1;
    this.rowStart = alloc.ints(maxRows + 1);
    this.rowCol = alloc.ints(cap);
    this.rowVal = alloc.floats(cap);
    this.colStart = alloc.ints(inner + 1);
    this.colCursor = new Int32Array(inner);
    this.colRow = alloc.ints(cap);
    this.colVal = alloc.floats(cap);
  }

  /** Lists the nonzeros of x [rows, inner]; returns false (and stays invalid) when the batch is too dense. */
  scan(x: Float32Array, rows: number): boolean {
    const inner = this.inner;
    const cap = Math.floor(rows * inner * MAX_DENSITY);
    const { rowStart, rowCol, rowVal, colStart, colCursor, colRow, colVal } = this;
    this.valid = false;
    colStart.fill(0);
    let nnz = 0;
    for (let i = 0; i < rows; i++) {
      rowStart[i] = nnz;
      for (let k = 0, xp = i * inner; k < inner; k++, xp++) {
        const v = x[xp];
        if (v === 0) continue;
        if (nnz === cap) return false;
        rowCol[nnz] = k;
        rowVal[nnz] = v;
        colStart[k + 1]++;
        nnz++;
      }
    }
    rowStart[rows] = nnz;
    // Column lists by counting sort of the row lists; within a column, rows stay in increasing order.
    for (let k = 0; k < inner; k++) colStart[k + 1] += colStart[k];
    for (let k = 0; k < inner; k++) colCursor[k] = colStart[k];
    for (let i = 0; i < rows; i++) {
      for (let t = rowStart[i], end = rowStart[i + 1]; t < end; t++) {
        const at = colCursor[rowCol[t]]++;
        colRow[at] = i;
        colVal[at] = rowVal[t];
      }
    }
    this.rows = rows;
    this.valid = true;
    return true;
  }

  /** Y = X·W + b over the scanned batch (W [inner, cols] at wOff, bias at bOff or none when negative). */
  forward(p: Float32Array, wOff: number, bOff: number, cols: number, y: Float32Array): void {
    sparseForward(this, p, wOff, bOff, cols, y);
  }

  /** g[W] = Xᵀ·dY over the scanned batch (overwriting; the bias gradient is left to the dense kernel). */
  weightGrad(dy: Float32Array, cols: number, g: Float32Array, wOff: number): void {
    sparseWeightGrad(this, dy, cols, g, wOff);
  }
}

/** The TypeScript kernel of SparseInput.forward. */
export function sparseForward(
  s: SparseInput,
  p: Float32Array,
  wOff: number,
  bOff: number,
  cols: number,
  y: Float32Array,
): void {
  const { rowStart, rowCol, rowVal } = s;
  const cols8 = cols - (cols % 8);
  for (let i = 0; i < s.rows; i++) {
    const t0 = rowStart[i];
    const t1 = rowStart[i + 1];
    const yr = i * cols;
    for (let j = 0; j < cols8; j += 8) {
      let c0 = 0,
        c1 = 0,
        c2 = 0,
        c3 = 0,
        c4 = 0,
        c5 = 0,
        c6 = 0,
        c7 = 0;
      if (bOff >= 0) {
        const b = bOff + j;
        c0 = p[b];
        c1 = p[b + 1];
        c2 = p[b + 2];
        c3 = p[b + 3];
        c4 = p[b + 4];
        c5 = p[b + 5];
        c6 = p[b + 6];
        c7 = p[b + 7];
      }
      for (let t = t0; t < t1; t++) {
        const a = rowVal[t];
        const wp = wOff + rowCol[t] * cols + j;
        c0 += a * p[wp];
        c1 += a * p[wp + 1];
        c2 += a * p[wp + 2];
        c3 += a * p[wp + 3];
        c4 += a * p[wp + 4];
        c5 += a * p[wp + 5];
        c6 += a * p[wp + 6];
        c7 += a * p[wp + 7];
      }
      const yp = yr + j;
      y[yp] = c0;
      y[yp + 1] = c1;
      y[yp + 2] = c2;
      y[yp + 3] = c3;
      y[yp + 4] = c4;
      y[yp + 5] = c5;
      y[yp + 6] = c6;
      y[yp + 7] = c7;
    }
    for (let j = cols8; j < cols; j++) {
      let c = bOff >= 0 ? p[bOff + j] : 0;
      for (let t = t0; t < t1; t++) c += rowVal[t] * p[wOff + rowCol[t] * cols + j];
      y[yr + j] = c;
    }
  }
}

/**
 * The TypeScript kernel of SparseInput.weightGrad, reduced in row blocks as denseWeightGrad: a column's
 * nonzeros (rows increasing) are cut where their row enters the next block of REDUCTION_BLOCK rows, each
 * run summed from zero and the runs added in order as float32. A block without nonzeros would add +0, which
 * changes nothing, so it is skipped; the result has the bits of the dense kernel on the same batch.
 */
export function sparseWeightGrad(s: SparseInput, dy: Float32Array, cols: number, g: Float32Array, wOff: number): void {
  const { colStart, colRow, colVal, rows } = s;
  const cols8 = cols - (cols % 8);
  for (let k = 0; k < s.inner; k++) {
    const t0 = colStart[k];
    const t1 = colStart[k + 1];
    const gr = wOff + k * cols;
    for (let j = 0; j < cols8; j += 8) {
      const gp = gr + j;
      if (t0 === t1) {
        for (let q = 0; q < 8; q++) g[gp + q] = 0;
        continue;
      }
      let first = true;
      for (let t = t0; t < t1;) {
        const end = blockEnd(colRow[t], rows);
        let c0 = 0,
          c1 = 0,
          c2 = 0,
          c3 = 0,
          c4 = 0,
          c5 = 0,
          c6 = 0,
          c7 = 0;
        for (; t < t1 && colRow[t] < end; t++) {
          const a = colVal[t];
          const dp = colRow[t] * cols + j;
          c0 += a * dy[dp];
          c1 += a * dy[dp + 1];
          c2 += a * dy[dp + 2];
          c3 += a * dy[dp + 3];
          c4 += a * dy[dp + 4];
          c5 += a * dy[dp + 5];
          c6 += a * dy[dp + 6];
          c7 += a * dy[dp + 7];
        }
        putPartial(g, gp, first, c0);
        putPartial(g, gp + 1, first, c1);
        putPartial(g, gp + 2, first, c2);
        putPartial(g, gp + 3, first, c3);
        putPartial(g, gp + 4, first, c4);
        putPartial(g, gp + 5, first, c5);
        putPartial(g, gp + 6, first, c6);
        putPartial(g, gp + 7, first, c7);
        first = false;
      }
    }
    for (let j = cols8; j < cols; j++) {
      g[gr + j] = 0;
      let first = true;
      for (let t = t0; t < t1;) {
        const end = blockEnd(colRow[t], rows);
        let c = 0;
        for (; t < t1 && colRow[t] < end; t++) c += colVal[t] * dy[colRow[t] * cols + j];
        putPartial(g, gr + j, first, c);
        first = false;
      }
    }
  }
}
