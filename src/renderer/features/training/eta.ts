/** How the progress bar writes the time left and the sample rate. Pure. */
import type { TFunction } from 'i18next';

/** "12,300 samples/s" (毎秒 12,300 サンプル), grouped as the language groups digits, or "—" before the rate is known. */
export function formatRate(samplesPerSecond: number | null, t: TFunction): string {
  return samplesPerSecond === null ? '—' : t('training.rate', { rate: Math.round(samplesPerSecond) });
}
