/**
 * The figures of the comparison table, from a variant's per-epoch history. Pure. Non-finite losses (the
 * epoch a run diverged) never count as a best or as reaching the target.
 */
import type { EpochMetrics, Task } from '../../../engine';

export interface VariantFigures {
  /** Epochs completed. */
  epochs: number;
  finalTrainLoss: number | null;
  finalValLoss: number | null;
  finalTrainAccuracy: number | null;
  finalValAccuracy: number | null;
  /** Epoch of the lowest validation loss (training loss when there is no validation set); earliest on ties. */
  bestEpoch: number | null;
  bestLoss: number | null;
  /** First epoch whose training loss was at or below the target, or null when it never was. */
  epochsToTarget: number | null;
}

/** A target most small networks reach on the built-in sets: cross-entropy 0.1, mean squared error 0.01. */
export function defaultTargetLoss(task: Task): number {
  return task === 'classification' ? 0.1 : 0.01;
}

const finite = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v);

export function bestEpoch(history: readonly EpochMetrics[]): { epoch: number; loss: number } | null {
  const useValidation = history.some((m) => finite(m.valLoss));
  let best: { epoch: number; loss: number } | null = null;
  for (const m of history) {
    const loss = useValidation ? m.valLoss : m.trainLoss;
    if (finite(loss) && (best === null || loss < best.loss)) best = { epoch: m.epoch, loss };
  }
  return best;
}

export function epochsToTarget(history: readonly EpochMetrics[], target: number): number | null {
  if (!Number.isFinite(target)) return null;
  const hit = history.find((m) => finite(m.trainLoss) && m.trainLoss <= target);
  return hit ? hit.epoch : null;
}

export function variantFigures(history: readonly EpochMetrics[], target: number): VariantFigures {
  // The last epoch with a finite training loss: a diverged run is judged by where it was before blowing up.
  let last: EpochMetrics | undefined;
  for (let i = history.length - 1; i >= 0 && !last; i--) if (finite(history[i].trainLoss)) last = history[i];
  const orNull = (v: number | undefined): number | null => (finite(v) ? v : null);
  const best = bestEpoch(history);
  return {
    epochs: history.length,
    finalTrainLoss: orNull(last?.trainLoss),
    finalValLoss: orNull(last?.valLoss),
    finalTrainAccuracy: orNull(last?.trainAccuracy),
    finalValAccuracy: orNull(last?.valAccuracy),
    bestEpoch: best?.epoch ?? null,
    bestLoss: best?.loss ?? null,
    epochsToTarget: epochsToTarget(history, target),
  };
}
