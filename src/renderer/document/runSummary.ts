/** Short descriptions of a run for the history list. Pure. */
import i18next, { type TFunction } from 'i18next';
import type { Graph } from '../../engine';
import type { Run } from '../../project';

/**
 * "Input → Dense 8 tanh → Output sigmoid" along the first path, or the node count when there is no input, in
 * `t`'s language (activation names and other ids stay as they are).
 */
export function describeNetwork(graph: Graph, t: TFunction = i18next.t): string {
  const next = new Map<string, string[]>();
  for (const e of graph.edges) next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const input = graph.nodes.find((n) => n.type === 'input');
  if (!input) return t('runs.summary.layers', { count: graph.nodes.length });
  const parts: string[] = [];
  const seen = new Set<string>();
  let current: string | undefined = input.id;
  while (current && !seen.has(current)) {
    seen.add(current);
    const node = byId.get(current);
    if (!node) break;
    const p = node.params;
    if (node.type === 'dense')
      parts.push(t('runs.summary.dense', { width: String(p.units), activation: String(p.activation) }));
    else if (node.type === 'output') parts.push(t('runs.summary.output', { activation: String(p.activation) }));
    else if (node.type === 'dropout') parts.push(t('runs.summary.dropout', { rate: String(p.rate) }));
    else if (node.type === 'activation') parts.push(String(p.activation));
    else if (node.type === 'input') parts.push(t('runs.summary.input'));
    else parts.push(t(`nodeKinds.${node.type}.title`, { defaultValue: node.type }));
    const outs: string[] = next.get(current) ?? [];
    current = outs.length === 1 ? outs[0] : undefined;
    if (outs.length > 1) parts.push('…');
  }
  return parts.join(' → ');
}

export interface FinalFigures {
  epochs: number;
  trainLoss: number | null;
  valLoss: number | null;
  valAccuracy: number | null;
}

export function finalFigures(run: Run): FinalFigures {
  const last = run.history[run.history.length - 1];
  if (!last) return { epochs: 0, trainLoss: null, valLoss: null, valAccuracy: null };
  const f = (v: number | null | undefined) => (v !== undefined && v !== null && Number.isFinite(v) ? v : null);
  return {
    epochs: last.epoch,
    trainLoss: f(last.trainLoss),
    valLoss: f(last.valLoss),
    valAccuracy: f(last.valAccuracy),
  };
}

/**
 * The network a run trained, in words: from the graph it saved, else from the summary older versions of the
 * app saved beside it, else from `projectGraph` (the command line used to save runs without their graph).
 */
export function runNetwork(run: Run, projectGraph: Graph, t: TFunction = i18next.t): string {
  if (run.settings.graph) return describeNetwork(run.settings.graph, t);
  const saved = run.settings.network;
  return typeof saved === 'string' ? saved : describeNetwork(projectGraph, t);
}

/** "circle, adam lr 0.01, batch 16": a run's data and training settings in `t`'s language (ids stay ids). */
export function settingsSummary(run: Run, t: TFunction = i18next.t): string {
  const s = run.settings.training;
  const d = run.settings.dataset;
  const parts = [
    `${d.kind}`,
    `${s.optimizer} ${t('compare.value.learningRate', { value: String(s.learningRate) })}`,
    t('compare.value.batchSize', { value: String(s.batchSize) }),
  ];
  if (s.l2) parts.push(t('compare.value.l2', { value: String(s.l2) }));
  if (s.earlyStopping) parts.push(t('runs.patience', { value: String(s.earlyStopping.patience) }));
  return parts.join(t('lists.comma'));
}
