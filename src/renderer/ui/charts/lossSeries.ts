/**
 * Pure helpers that turn a run's per-epoch history into what the loss and accuracy charts draw. They take a
 * plain history array, never a store, so the Compare view can draw any run with the same code.
 */
import type { EpochMetrics } from '../../../engine';
import { decimateSeries } from './decimate';

export interface LossPoint {
  epoch: number;
  train: number | null;
  validation: number | null;
  /** [lower, upper] of the two losses: the shaded overfitting gap. Null when either loss is missing. */
  gap: [number, number] | null;
}

export interface AccuracyPoint {
  epoch: number;
  train: number | null;
  validation: number | null;
}

const finite = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v);

/**
 * The history up to its last epoch whose training loss is finite. A diverged run ends with the engine's
 * message, and its charts must still show everything before the blow-up rather than an axis scaled to Infinity.
 */
export function finiteHistory(history: readonly EpochMetrics[]): EpochMetrics[] {
  let end = history.length;
  while (end > 0 && !finite(history[end - 1].trainLoss)) end -= 1;
  return history.slice(0, end);
}

/** Loss per epoch plus the [min, max] band between training and validation loss. */
export function lossSeries(history: readonly EpochMetrics[]): LossPoint[] {
  return finiteHistory(history).map((m) => {
    const train = finite(m.trainLoss) ? m.trainLoss : null;
    const validation = finite(m.valLoss) ? m.valLoss : null;
    const gap: [number, number] | null =
      train !== null && validation !== null ? [Math.min(train, validation), Math.max(train, validation)] : null;
    return { epoch: m.epoch, train, validation, gap };
  });
}

/** Accuracy per epoch in percent; empty for regression histories (no accuracy). */
export function accuracySeries(history: readonly EpochMetrics[]): AccuracyPoint[] {
  const rows = finiteHistory(history);
  if (!rows.some((m) => finite(m.trainAccuracy))) return [];
  return rows.map((m) => ({
    epoch: m.epoch,
    train: finite(m.trainAccuracy) ? m.trainAccuracy * 100 : null,
    validation: finite(m.valAccuracy) ? m.valAccuracy * 100 : null,
  }));
}

export interface BestEpoch {
  epoch: number;
  valLoss: number;
  /** Epochs trained after the best one. */
  epochsSince: number;
}

/** The epoch with the lowest validation loss (the earliest on ties), or null without validation data. */
export function bestValidationEpoch(history: readonly EpochMetrics[]): BestEpoch | null {
  const rows = finiteHistory(history);
  let best: EpochMetrics | null = null;
  for (const m of rows) {
    if (finite(m.valLoss) && (best === null || m.valLoss < best.valLoss)) best = m;
  }
  if (!best) return null;
  return { epoch: best.epoch, valLoss: best.valLoss, epochsSince: rows[rows.length - 1].epoch - best.epoch };
}

/**
 * Epochs without a better validation loss before the chart calls the best epoch a turning point. Fewer
 * would make the marker jump around with every noisy epoch early in training.
 */
export const MEMORISE_AFTER_EPOCHS = 5;

/** The best epoch when the validation loss has clearly stopped improving after it, else null. */
export function memorisationPoint(history: readonly EpochMetrics[], after = MEMORISE_AFTER_EPOCHS): BestEpoch | null {
  const best = bestValidationEpoch(history);
  return best && best.epochsSince >= after ? best : null;
}

/** Smallest positive value of the series, for the lower bound of a log-scale axis. */
export function smallestPositiveLoss(points: readonly LossPoint[]): number | null {
  let min = Number.POSITIVE_INFINITY;
  for (const p of points) {
    for (const v of [p.train, p.validation]) if (v !== null && v > 0 && v < min) min = v;
  }
  return Number.isFinite(min) ? min : null;
}

/** Most points a live chart draws; more would make every redraw of a long run cost a frame or more. */
export const MAX_CHART_POINTS = 300;

/**
 * A long series decimated to at most `max` points, min/max per bucket (see decimateSeries), always keeping
 * the first, the last and any `keep` epochs (the best one), so the curve's shape, its spikes and its marked
 * epoch survive while a redraw stays cheap.
 */
export function thinSeries<T extends { epoch: number }>(
  points: readonly T[],
  max = MAX_CHART_POINTS,
  keep: readonly number[] = [],
): T[] {
  return decimateSeries(points, max, keep);
}
