/**
 * Pixels of a decision-boundary heat map. Pure (no DOM), so it can be tested: the grid's rows run upward
 * in y, an image's rows run downward, so row j of the grid becomes image row resolution-1-j.
 */
import { classColour, rgbOf } from './palette';

export interface GridLike {
  resolution: number;
  kind: 'probability' | 'class' | 'value';
  values: Float32Array;
}

/** How far a cell's colour goes toward the class colour; the rest is white so points stay visible. */
const TINT = 0.55;

export function boundaryPixels(grid: GridLike, classes: number): Uint8ClampedArray<ArrayBuffer> {
  const n = grid.resolution;
  const out = new Uint8ClampedArray(n * n * 4);
  const colours = Array.from({ length: Math.max(2, classes) }, (_, c) => rgbOf(classColour(c)));
  let vmin = Number.POSITIVE_INFINITY;
  let vmax = Number.NEGATIVE_INFINITY;
  if (grid.kind === 'value') {
    for (const v of grid.values) {
      if (v < vmin) vmin = v;
      if (v > vmax) vmax = v;
    }
  }
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const v = grid.values[j * n + i];
      let rgb: [number, number, number];
      let strength: number;
      if (grid.kind === 'class') {
        rgb = colours[Math.max(0, Math.min(colours.length - 1, Math.round(v)))];
        strength = TINT;
      } else {
        // Probability of class 1 (or a regression value scaled to 0..1): the colour of the likelier side,
        // stronger the surer the model is, white on the boundary itself.
        const p = grid.kind === 'value' ? (vmax > vmin ? (v - vmin) / (vmax - vmin) : 0.5) : v;
        rgb = p >= 0.5 ? colours[1] : colours[0];
        strength = TINT * Math.min(1, Math.abs(p - 0.5) * 2);
      }
      const o = ((n - 1 - j) * n + i) * 4;
      out[o] = 255 + (rgb[0] - 255) * strength;
      out[o + 1] = 255 + (rgb[1] - 255) * strength;
      out[o + 2] = 255 + (rgb[2] - 255) * strength;
      out[o + 3] = 255;
    }
  }
  return out;
}
