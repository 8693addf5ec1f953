/** Where the decision boundary is evaluated, and the x values of a fitted curve. Pure. */
import type { Dataset } from '../../engine';
import { PLANE_RANGE } from '../../engine/data';

export type Range = [number, number];

/** Bounds of one feature over some datasets, widened by `pad` of its span on each side. */
export function featureBounds(sets: readonly Dataset[], feature: number, pad = 0.1): Range {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const d of sets) {
    for (let i = 0; i < d.n; i++) {
      const v = d.x[i * d.features + feature];
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (!Number.isFinite(min)) return [-1, 1];
  const span = max - min || 1;
  return [min - span * pad, max + span * pad];
}

/**
 * The plane the 2-D sets live on, unless the features were standardized, in which case the points are in
 * other units and the grid follows their bounds.
 */
export function boundaryRanges(standardized: boolean, sets: readonly Dataset[]): { xRange: Range; yRange: Range } {
  if (!standardized) return { xRange: [PLANE_RANGE.min, PLANE_RANGE.max], yRange: [PLANE_RANGE.min, PLANE_RANGE.max] };
  return { xRange: featureBounds(sets, 0, 0.05), yRange: featureBounds(sets, 1, 0.05) };
}

/** `count` evenly spaced values from range[0] to range[1] inclusive. */
export function linspace(range: Range, count: number): Float32Array {
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = range[0] + ((range[1] - range[0]) * i) / Math.max(1, count - 1);
  return out;
}
