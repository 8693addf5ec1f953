/**
 * Props the per-epoch charts share, made once at module level: recharts re-registers any prop object that is
 * new on a redraw, so stable objects keep a live update down to the data (see LossChart).
 */
export const MARGIN = { top: 16, right: 24, bottom: 8, left: 8 };
export const EPOCH_DOMAIN = ['dataMin', 'dataMax'] as const;
// Axes with a handful of short tick labels: showing every tick (interval 0) spares recharts measuring each
// label's text in the DOM to hide overlapping ones, which it did on every redraw.
export const EVERY_TICK = 0;

/** A per-epoch series: a plain line without dots or animation, bridging epochs with no value. */
export const SERIES_LINE = { dot: false, strokeWidth: 2, isAnimationActive: false, connectNulls: true } as const;
