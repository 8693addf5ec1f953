/**
 * The one way Layerwise writes a duration for people: the time left in the training panel and the command
 * line's progress bar, and each compare variant's wall time. Each unit is rounded once, before it is split
 * into the next larger one, so 119,600 ms reads "2 min 0 s", never "1 min 60 s".
 *
 * "—" when the duration is not known (null, NaN, negative); "0 s"; "850 ms" under a second; "4.2 s" under ten
 * seconds; "12 s" under a minute; "2 min 5 s" under an hour; "1 h 2 min" beyond. The units are the
 * catalogue's (`duration.*`: "2 分 5 秒" in Japanese); without a `t`, English.
 */
import type { TFunction } from 'i18next';
import { english } from './i18n';
export function formatDuration(ms: number | null, t: TFunction = english()): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return '—';
  const wholeMs = Math.round(ms);
  if (wholeMs === 0) return t('duration.seconds', { s: '0' });
  if (wholeMs < 1000) return t('duration.ms', { ms: String(wholeMs) });
  const tenths = Math.round(ms / 100);
  if (tenths < 100) return t('duration.seconds', { s: (tenths / 10).toFixed(1) });
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return t('duration.seconds', { s: String(seconds) });
  if (seconds < 3600) return t('duration.minutes', { m: String(Math.floor(seconds / 60)), s: String(seconds % 60) });
  const minutes = Math.round(ms / 60_000);
  return t('duration.hours', { h: String(Math.floor(minutes / 60)), m: String(minutes % 60) });
}
