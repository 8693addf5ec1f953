/** Progress figures for the progress bar: share done, throughput and time left. Pure. */

export interface ProgressInput {
  /** Epochs finished. */
  epoch: number;
  totalEpochs: number;
  /** Batches trained in the current, unfinished epoch. */
  batchInEpoch: number;
  batchesPerEpoch: number;
  /** Training rows processed so far (repeats across epochs counted). */
  samplesSeen: number;
  /** Milliseconds spent training (pauses excluded). */
  trainingMs: number;
}

export interface ProgressFigures {
  /** 0..1 */
  fraction: number;
  /** Null until there is time to divide by. */
  samplesPerSecond: number | null;
  /** Null until the first batch gives a rate. */
  remainingMs: number | null;
}

export function progressFigures(p: ProgressInput): ProgressFigures {
  const totalBatches = p.totalEpochs * p.batchesPerEpoch;
  const doneBatches = Math.min(totalBatches, p.epoch * p.batchesPerEpoch + p.batchInEpoch);
  const fraction = totalBatches > 0 ? doneBatches / totalBatches : 1;
  const samplesPerSecond = p.trainingMs > 0 ? (p.samplesSeen * 1000) / p.trainingMs : null;
  const remainingMs =
    doneBatches > 0 && p.trainingMs > 0 ? (p.trainingMs / doneBatches) * (totalBatches - doneBatches) : null;
  return { fraction, samplesPerSecond, remainingMs };
}

/** "1 h 02 min", "3 min 05 s", "12 s", "<1 s" */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  const s = Math.round(ms / 1000);
  if (s < 1) return '<1 s';
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}

/** "12,300/s" with grouping, or "—" before the rate is known. */
export function formatRate(samplesPerSecond: number | null): string {
  return samplesPerSecond === null ? '—' : `${Math.round(samplesPerSecond).toLocaleString('en-US')}/s`;
}
