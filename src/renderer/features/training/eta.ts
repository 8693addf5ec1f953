/** How the progress bar writes the time left and the sample rate. Pure. */

/** "12,300/s" with grouping, or "—" before the rate is known. */
export function formatRate(samplesPerSecond: number | null): string {
  return samplesPerSecond === null ? '—' : `${Math.round(samplesPerSecond).toLocaleString('en-US')}/s`;
}
