/** A diagnosis (engine/health/diagnose.ts) worded from the catalogue, with the layers named as on the canvas. */
import type { TFunction } from 'i18next';
import type { Diagnosis } from '../../../../engine';
import { formatPercent } from './healthSeries';

export function diagnosisText(t: TFunction, d: Diagnosis, name: (nodeId: string) => string): string {
  const layer = name(d.nodeId);
  const gradient = {
    layer,
    last: d.lastNodeId !== undefined ? name(d.lastNodeId) : '',
    ratio: formatPercent(d.ratioPercent ?? 0),
  };
  switch (d.code) {
    case 'deadRelu':
      return t('health.diagnosis.deadRelu', { layer, percent: d.percent });
    case 'saturated':
      return t('health.diagnosis.saturated', { layer, percent: d.percent });
    case 'vanishingGradientSquashing':
      return t('health.diagnosis.vanishingGradientSquashing', gradient);
    case 'vanishingGradient':
      return t('health.diagnosis.vanishingGradient', gradient);
    case 'explodingGradient':
      return t('health.diagnosis.explodingGradient', gradient);
  }
}
