/** How the progress bar writes the time left and the sample rate. Pure. */

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
