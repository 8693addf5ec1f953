/**
 * The one way Layerwise writes a duration for people: the time left in the training panel and the command
 * line's progress bar, and each compare variant's wall time. Each unit is rounded once, before it is split
 * into the next larger one, so 119,600 ms reads "2 min 0 s", never "1 min 60 s".
 *
 * "—" when the duration is not known (null, NaN, negative); "0 s"; "850 ms" under a second; "4.2 s" under ten
 * seconds; "12 s" under a minute; "2 min 5 s" under an hour; "1 h 2 min" beyond.
 */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return '—';
  const wholeMs = Math.round(ms);
  if (wholeMs === 0) return '0 s';
  if (wholeMs < 1000) return `${wholeMs} ms`;
  const tenths = Math.round(ms / 100);
  if (tenths < 100) return `${(tenths / 10).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  const minutes = Math.round(ms / 60_000);
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
