/**
 * The health panel's data, read from a run's per-epoch layer health (EpochMetrics.health): one chart row
 * per epoch with a column per layer, the layers in plan order with their names, and the latest epoch's
 * numbers. Pure, so it is tested without a browser.
 */
import type { EpochMetrics, Graph, LayerHealth } from '../../../../engine';
import { nodeDisplayName } from '../../../../engine';

export interface HealthLayer {
  nodeId: string;
  name: string;
  weighted: boolean;
  /** Which unit share it has: ReLU layers dead, sigmoid/tanh layers saturated, others none. */
  share: 'dead' | 'saturated' | null;
}

export type HealthRow = { epoch: number } & Record<string, number | null>;

export interface HealthSeries {
  layers: HealthLayer[];
  /** `${nodeId}` → gradient norm (null when 0 or missing: a log axis cannot show 0). */
  gradients: HealthRow[];
  /** `${nodeId}` → dead or saturated share in per cent. */
  shares: HealthRow[];
  /** `${nodeId}` → kernel RMS. */
  weightScale: HealthRow[];
  latest: { epoch: number; layers: LayerHealth[] } | null;
}

/** Names by node id from the graph the run trained ("Dense 3", or the id when the node has no label). */
function namesOf(graph: Graph | null | undefined): Map<string, string> {
  return new Map((graph?.nodes ?? []).map((n) => [n.id, nodeDisplayName(n)]));
}

export function layerNamer(graph: Graph | null | undefined): (nodeId: string) => string {
  const names = namesOf(graph);
  return (id) => names.get(id) ?? id;
}

/**
 * At most this many chart rows: a plot a few hundred pixels wide cannot show more, and building a row per
 * epoch of a 30,000-epoch run on every redraw cost the page ~30 ms per update (measured with bench:ui).
 */
export const MAX_HEALTH_ROWS = 400;

/**
 * The history entries with health, thinned to at most `max` by taking every k-th one (the last always kept):
 * the charts show each layer's trend, and the latest epoch's numbers are read from the last entry.
 */
function withHealth(history: readonly EpochMetrics[], max: number): EpochMetrics[] {
  const all: EpochMetrics[] = [];
  for (const m of history) if (m.health && m.health.length > 0) all.push(m);
  if (all.length <= max) return all;
  const stride = Math.ceil(all.length / max);
  const kept: EpochMetrics[] = [];
  for (let i = (all.length - 1) % stride; i < all.length; i += stride) kept.push(all[i]);
  return kept;
}

export function healthSeries(
  history: readonly EpochMetrics[],
  graph: Graph | null | undefined,
  maxRows = MAX_HEALTH_ROWS,
): HealthSeries {
  const name = layerNamer(graph);
  const layers = new Map<string, HealthLayer>();
  const gradients: HealthRow[] = [];
  const shares: HealthRow[] = [];
  const weightScale: HealthRow[] = [];
  let latest: HealthSeries['latest'] = null;
  for (const m of withHealth(history, maxRows)) {
    if (!m.health) continue;
    const g: HealthRow = { epoch: m.epoch };
    const s: HealthRow = { epoch: m.epoch };
    const w: HealthRow = { epoch: m.epoch };
    for (const l of m.health) {
      const share = l.deadShare !== undefined ? 'dead' : l.saturatedShare !== undefined ? 'saturated' : null;
      if (!layers.has(l.nodeId))
        layers.set(l.nodeId, { nodeId: l.nodeId, name: name(l.nodeId), weighted: l.gradientNorm !== undefined, share });
      if (l.gradientNorm !== undefined) g[l.nodeId] = l.gradientNorm > 0 ? l.gradientNorm : null;
      if (share) s[l.nodeId] = 100 * ((share === 'dead' ? l.deadShare : l.saturatedShare) ?? 0);
      if (l.weightRms !== undefined) w[l.nodeId] = l.weightRms;
    }
    gradients.push(g);
    shares.push(s);
    weightScale.push(w);
    latest = { epoch: m.epoch, layers: m.health };
  }
  return { layers: [...layers.values()], gradients, shares, weightScale, latest };
}

/** A per cent for a sentence: two significant digits below 10 ("0.0049", "3.2"), whole numbers above. */
export function formatPercent(value: number): string {
  if (value >= 10) return String(Math.round(value));
  return String(Number(value.toPrecision(2)));
}
