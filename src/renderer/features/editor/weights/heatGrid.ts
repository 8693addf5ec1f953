/**
 * Pure helpers of the inspector's weight views: the diverging colour of a weight (blue negative, white 0,
 * red positive), the colour scale of a kernel (the 99th percentile of |w|, so a few exploded weights do not
 * wash out the rest), the RGBA pixels of a kernel [inputs, units] drawn one pixel per weight (row = input,
 * column = unit), and moving a selected cell with the arrow keys.
 */
import type { Tensor } from '../../../../engine';

const NEGATIVE = [46, 134, 171] as const; // the charts' blue
const POSITIVE = [228, 87, 46] as const; // the charts' red

/** Largest |value|, at least a tiny number so a zero matrix still divides. */
export function largestMagnitude(data: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < data.length; i++) m = Math.max(m, Math.abs(data[i]));
  return m > 0 ? m : 1e-12;
}

/** The share of weights whose |w| sets the heat grid's full colour; the few above it are drawn at full colour. */
export const CLIP_QUANTILE = 0.99;

/**
 * The q-quantile of |value| (nearest rank: the smallest |v| that at least a share q of the values do not
 * exceed), at least a tiny number so a zero matrix still divides. Linear time (quickselect on a copy), as
 * it runs on the main thread each time the inspector's weights refresh.
 */
export function magnitudeQuantile(data: ArrayLike<number>, q = CLIP_QUANTILE): number {
  const n = data.length;
  if (n === 0) return 1e-12;
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = Math.abs(data[i]);
  const k = Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1));
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  const m = a[k];
  return m > 0 && Number.isFinite(m) ? m : largestMagnitude(data);
}

/** [r, g, b] for value v on a scale where ±scale is full colour. */
export function divergingColour(v: number, scale: number): [number, number, number] {
  const t = Math.max(-1, Math.min(1, v / scale));
  const end = t < 0 ? NEGATIVE : POSITIVE;
  const a = Math.abs(t);
  return [0, 1, 2].map((k) => Math.round(255 + (end[k] - 255) * a)) as [number, number, number];
}

/** RGBA pixels, width = units, height = inputs, of a row-major kernel [inputs, units], full colour at ±scale. */
export function kernelPixels(kernel: Tensor, scale = magnitudeQuantile(kernel.data)): Uint8ClampedArray<ArrayBuffer> {
  const [rows, cols] = kernel.shape;
  const px = new Uint8ClampedArray(rows * cols * 4);
  for (let i = 0; i < rows * cols; i++) {
    const [r, g, b] = divergingColour(kernel.data[i], scale);
    px[4 * i] = r;
    px[4 * i + 1] = g;
    px[4 * i + 2] = b;
    px[4 * i + 3] = 255;
  }
  return px;
}

export interface Cell {
  /** Input index (row). */
  input: number;
  /** Unit index (column). */
  unit: number;
}

/** The cell an arrow key (or Home/End) moves to, kept inside [rows, cols]; null for other keys. */
export function movedCell(cell: Cell, key: string, rows: number, cols: number): Cell | null {
  const clamp = (v: number, n: number) => Math.max(0, Math.min(n - 1, v));
  switch (key) {
    case 'ArrowUp':
      return { ...cell, input: clamp(cell.input - 1, rows) };
    case 'ArrowDown':
      return { ...cell, input: clamp(cell.input + 1, rows) };
    case 'ArrowLeft':
      return { ...cell, unit: clamp(cell.unit - 1, cols) };
    case 'ArrowRight':
      return { ...cell, unit: clamp(cell.unit + 1, cols) };
    case 'Home':
      return { input: 0, unit: 0 };
    case 'End':
      return { input: rows - 1, unit: cols - 1 };
    default:
      return null;
  }
}
