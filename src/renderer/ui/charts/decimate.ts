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

/** Reads one series' value off a point (a number, or null/undefined where it has none). */
export type SeriesValue<T> = (point: T) => number | null | undefined;

/**
 * At most `max` points of `points` (in their order): per bucket the minimum and maximum of every series
 * (`values` reads each off a point), plus the first, the last and the points whose epoch is in `keep`.
 * Non-finite values and nulls are skipped. Series shorter than `max` come back whole. This is the fast form
 * a live chart calls on every redraw: each accessor reads one known field, so the scan over tens of
 * thousands of epochs takes well under a millisecond and allocates nothing per point.
 */
export function decimateBy<T extends SeriesPoint>(
  points: readonly T[],
  max: number,
  keep: readonly number[],
  values: readonly SeriesValue<T>[],
): T[] {
  const n = points.length;
  if (n <= max) return points.slice();
  const take = new Uint8Array(n);
  take[0] = 1;
  take[n - 1] = 1;
  let kept = 0;
  if (keep.length > 0) {
    const wanted = new Set(keep);
    for (let i = 0; i < n; i++) {
      if (wanted.has(points[i].epoch)) {
        take[i] = 1;
        kept += 1;
      }
    }
  }
  // Each bucket gives up to two points per series; the ends and the kept epochs come on top.
  const buckets = Math.max(1, Math.floor((max - 2 - kept) / (2 * Math.max(1, values.length))));
  for (const value of values) {
    for (let b = 0; b < buckets; b++) {
      const from = Math.floor((b * n) / buckets);
      const to = Math.floor(((b + 1) * n) / buckets);
      let lo = -1;
      let hi = -1;
      let loValue = 0;
      let hiValue = 0;
      for (let i = from; i < to; i++) {
        const v = value(points[i]);
        if (typeof v !== 'number' || !Number.isFinite(v)) continue;
        if (lo < 0 || v < loValue) {
          lo = i;
          loValue = v;
        }
        if (hi < 0 || v > hiValue) {
          hi = i;
          hiValue = v;
        }
      }
      if (lo >= 0) take[lo] = 1;
      if (hi >= 0) take[hi] = 1;
    }
  }
  const out: T[] = [];
  for (let i = 0; i < n; i++) if (take[i]) out.push(points[i]);
  return out;
}

/**
 * decimateSeries by field name: the series are the numeric fields other than `epoch` (`keys` names them
 * when given). For points whose fields are known, decimateBy with accessors is faster.
 */
export function decimateSeries<T extends SeriesPoint>(
  points: readonly T[],
  max: number,
  keep: readonly number[] = [],
  keys: readonly string[] = seriesKeys(points),
): T[] {
  return decimateBy(
    points,
    max,
    keep,
    keys.map((key) => (p: T) => valueOf(p, key) as number | null | undefined),
  );
}
