/**
 * Decimation of long per-epoch series to what a plot can show. A chart a few hundred pixels wide cannot show
 * 15 000 epochs, and recharts redraws every point it is given on each update (its selectors, the SVG path,
 * the layout), so a long run would make every update cost more than a frame.
 *
 * Min/max per bucket: the epochs are cut into equal runs of consecutive points, and of each run the points
 * holding the smallest and the largest value of each series are kept, with the first and last point of the
 * whole series and any epoch the chart marks. Spikes and dips survive (an even thinning would drop most of
 * them, and the drawn curve would change shape from one update to the next), and the output is bounded.
 */

/** A point of a per-epoch series: its epoch and any number of series values (null where missing). */
export interface SeriesPoint {
  epoch: number;
}

const valueOf = (p: SeriesPoint, key: string): unknown => (p as unknown as Record<string, unknown>)[key];

/** The keys of `point` that hold a series value (numbers or null), all but the epoch. */
function seriesKeys(points: readonly SeriesPoint[]): string[] {
  const keys = new Set<string>();
  const sample = points.length > 64 ? [points[0], points[points.length >> 1], points[points.length - 1]] : points;
  for (const p of sample) {
    for (const [k, v] of Object.entries(p as object))
      if (k !== 'epoch' && (typeof v === 'number' || v === null)) keys.add(k);
  }
  return [...keys];
}

/**
 * At most `max` points of `points` (in their order): per bucket the minimum and maximum of every series,
 * plus the first, the last and the points whose epoch is in `keep`. Series values are the numeric fields
 * other than `epoch` (`keys` names them when given); non-finite values and nulls are skipped.
 * Series shorter than `max` come back whole.
 */
export function decimateSeries<T extends SeriesPoint>(
  points: readonly T[],
  max: number,
  keep: readonly number[] = [],
  keys: readonly string[] = seriesKeys(points),
): T[] {
  if (points.length <= max) return points.slice();
  const wanted = new Set(keep);
  const kept = points.filter((p) => wanted.has(p.epoch)).length;
  // Each bucket gives up to two points per series; the ends and the kept epochs come on top.
  const buckets = Math.max(1, Math.floor((max - 2 - kept) / (2 * Math.max(1, keys.length))));
  const take = new Uint8Array(points.length);
  take[0] = 1;
  take[points.length - 1] = 1;
  points.forEach((p, i) => {
    if (wanted.has(p.epoch)) take[i] = 1;
  });
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor((b * points.length) / buckets);
    const to = Math.floor(((b + 1) * points.length) / buckets);
    for (const key of keys) {
      let lo = -1;
      let hi = -1;
      for (let i = from; i < to; i++) {
        const v = valueOf(points[i], key);
        if (typeof v !== 'number' || !Number.isFinite(v)) continue;
        if (lo < 0 || v < (valueOf(points[lo], key) as number)) lo = i;
        if (hi < 0 || v > (valueOf(points[hi], key) as number)) hi = i;
      }
      if (lo >= 0) take[lo] = 1;
      if (hi >= 0) take[hi] = 1;
    }
  }
  const out: T[] = [];
  for (let i = 0; i < points.length; i++) if (take[i]) out.push(points[i]);
  return out;
}
