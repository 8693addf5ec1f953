/**
 * Picking a layer of the compared network, shared by the setup form (which layer's parameter to vary) and the
 * results (whose neuron pictures to show): the layers of some kinds, and the one to start with, the first of
 * some preferred ids that is among them. Pure.
 */
import type { Graph } from '../../../engine';
import type { ComparisonRecord } from './compareTypes';

export interface LayerOption {
  id: string;
  label: string;
}

/** Node types whose units have neuron pictures. */
export const PICTURED_TYPES: ReadonlySet<string> = new Set(['dense', 'activation', 'output']);

/** The graph's layers whose type passes `keep`, as select options. */
export function layerOptions(graph: Graph | undefined, keep: (type: string) => boolean): LayerOption[] {
  return (graph?.nodes ?? []).filter((n) => keep(n.type)).map((n) => ({ id: n.id, label: n.label ?? n.id }));
}

/** The first of `preferred` among the options, else the first option; '' when there are none. */
export function chosenLayer(options: readonly LayerOption[], ...preferred: (string | null | undefined)[]): string {
  for (const id of preferred) if (id && options.some((o) => o.id === id)) return id;
  return options[0]?.id ?? '';
}

/** The layer whose neurons a comparison shows: the chosen one, else the compared layer, else the first hidden layer. */
export function neuronsLayerOf(comparison: ComparisonRecord): string {
  const graph = comparison.variants[0]?.graph;
  const options = layerOptions(graph, (type) => PICTURED_TYPES.has(type));
  const compared = 'nodeId' in comparison.parameter ? comparison.parameter.nodeId : undefined;
  const hidden = graph?.nodes.find((n) => n.type === 'dense')?.id;
  return chosenLayer(options, comparison.neuronsNodeId, compared, hidden);
}
