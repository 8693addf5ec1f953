/**
 * Plain-language signs of trouble in a run's layer health (record.ts), decided from the latest epoch. Each
 * diagnosis carries a code, the node it is about and the numbers the sentence needs; the front ends word it
 * from their catalogues (en, ja), so this stays free of any language.
 */
import type { EpochMetrics, LayerHealth } from '../types';

export type DiagnosisCode =
  /** Many of a hidden ReLU layer's units output 0 for every probe row. */
  | 'deadRelu'
  /** Many of a hidden sigmoid/tanh layer's outputs sit where the slope is almost 0. */
  | 'saturated'
  /** The first layer's gradient is a tiny share of the last layer's, with sigmoid/tanh layers in between. */
  | 'vanishingGradientSquashing'
  /** The same without saturating layers (e.g. many layers, small weights). */
  | 'vanishingGradient'
  /** The first layer's gradient is many times the last layer's. */
  | 'explodingGradient';

export interface Diagnosis {
  code: DiagnosisCode;
  /** The node to select: the affected layer, or the first layer for gradient signs. */
  nodeId: string;
  /** deadRelu, saturated: the share in per cent (0–100, rounded). */
  percent?: number;
  /** Gradient signs: the first weighted layer's gradient norm as a per cent of the last one's. */
  ratioPercent?: number;
  /** Gradient signs: the last weighted layer (the one compared with). */
  lastNodeId?: string;
}

/** Thresholds, as shares (0..1) or ratios of gradient norms. */
export const DIAGNOSIS_LIMITS = {
  deadShare: 0.5,
  saturatedShare: 0.5,
  /** first / last gradient norm below this: vanishing. */
  vanishingRatio: 0.01,
  /** first / last gradient norm above this: exploding. */
  explodingRatio: 100,
} as const;

function gradientSign(layers: readonly LayerHealth[]): Diagnosis | null {
  const weighted = layers.filter((l) => l.gradientNorm !== undefined && Number.isFinite(l.gradientNorm));
  if (weighted.length < 2) return null;
  const first = weighted[0];
  const last = weighted[weighted.length - 1];
  const lastNorm = last.gradientNorm ?? 0;
  if (!(lastNorm > 0)) return null;
  const ratio = (first.gradientNorm ?? 0) / lastNorm;
  const base = { nodeId: first.nodeId, lastNodeId: last.nodeId, ratioPercent: ratio * 100 };
  if (ratio < DIAGNOSIS_LIMITS.vanishingRatio) {
    const squashing = layers.some((l) => l.saturatedShare !== undefined);
    return { code: squashing ? 'vanishingGradientSquashing' : 'vanishingGradient', ...base };
  }
  if (ratio > DIAGNOSIS_LIMITS.explodingRatio) return { code: 'explodingGradient', ...base };
  return null;
}

/**
 * The diagnoses for one epoch's layer health: a gradient sign first, then layers in plan order. A dead ReLU
 * layer passes no gradient back, so the layers before it show a "vanishing" gradient that is only its
 * consequence: then the dead layer is named and the gradient sign is left out.
 */
export function diagnoseLayers(layers: readonly LayerHealth[]): Diagnosis[] {
  const result: Diagnosis[] = [];
  const gradient = gradientSign(layers);
  const dead = layers.some((l) => l.deadShare !== undefined && l.deadShare >= DIAGNOSIS_LIMITS.deadShare);
  if (gradient && !(dead && gradient.code === 'vanishingGradient')) result.push(gradient);
  for (const l of layers) {
    if (l.deadShare !== undefined && l.deadShare >= DIAGNOSIS_LIMITS.deadShare) {
      result.push({ code: 'deadRelu', nodeId: l.nodeId, percent: Math.round(l.deadShare * 100) });
    }
    if (l.saturatedShare !== undefined && l.saturatedShare >= DIAGNOSIS_LIMITS.saturatedShare) {
      result.push({ code: 'saturated', nodeId: l.nodeId, percent: Math.round(l.saturatedShare * 100) });
    }
  }
  return result;
}

/** The diagnoses of a run so far: those of its latest epoch that has health; none without any. */
export function diagnoseRun(history: readonly EpochMetrics[]): Diagnosis[] {
  for (let i = history.length - 1; i >= 0; i--) {
    const health = history[i].health;
    if (health && health.length > 0) return diagnoseLayers(health);
  }
  return [];
}
