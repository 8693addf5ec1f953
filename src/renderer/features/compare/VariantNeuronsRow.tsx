/**
 * The variants' neuron pictures side by side for one chosen node (issue 14): "sigmoid vs ReLU" shows how the
 * hidden features differ, not just the loss. Each variant's pictures are recomputed from its final weights
 * once it has them (a finished or a reopened comparison), never stored.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_UNITS_SHOWN } from '../../../engine';
import { neuronsFromWeights } from '../../run/savedNeurons';
import { NeuronTile } from '../../ui/charts/NeuronTile';
import type { ComparisonData } from './comparisonData';
import type { ComparisonRecord, VariantRun } from './compareTypes';
import { variantColour } from './colours';

const PICTURED = new Set(['dense', 'activation', 'output']);
const TILE = 44;

/** The nodes with pictures in the first variant's network, and the one to show first: the compared node. */
function choices(comparison: ComparisonRecord): { nodes: { id: string; label: string }[]; first: string | null } {
  const graph = comparison.variants[0]?.graph;
  const nodes = (graph?.nodes ?? [])
    .filter((n) => PICTURED.has(n.type))
    .map((n) => ({ id: n.id, label: n.label ?? n.id }));
  const compared = 'nodeId' in comparison.parameter ? comparison.parameter.nodeId : undefined;
  const hidden = graph?.nodes.find((n) => n.type === 'dense')?.id;
  return { nodes, first: nodes.find((n) => n.id === compared)?.id ?? hidden ?? nodes[0]?.id ?? null };
}

function VariantNeurons({
  variant,
  index,
  nodeId,
  data,
}: {
  variant: VariantRun;
  index: number;
  nodeId: string;
  data: ComparisonData;
}) {
  const { t } = useTranslation();
  const event = useMemo(
    () =>
      variant.weights
        ? neuronsFromWeights(
            {
              graph: variant.graph,
              training: variant.training,
              weights: variant.weights,
              epoch: variant.history.length,
            },
            [nodeId],
            data.split,
            data.shape,
            data.plane2d ? data.ranges : undefined,
          )
        : null,
    [variant.weights, variant.graph, variant.training, variant.history.length, nodeId, data],
  );
  const picture = event?.pictures[0];
  return (
    <li className="compare-neurons__variant" data-testid="compare-neurons">
      <span className="compare-swatch" style={{ background: variantColour(index) }} aria-hidden="true" />
      <span className="compare-neurons__label">{variant.label}</span>
      {event && picture ? (
        <div className="compare-neurons__tiles">
          {Array.from({ length: Math.min(picture.shown, MAX_UNITS_SHOWN) }, (_, u) => (
            <NeuronTile
              key={u}
              event={event}
              picture={picture}
              unit={u}
              size={TILE}
              testId={`compare-neuron-${index + 1}-${u + 1}`}
            />
          ))}
          {picture.units > picture.shown && (
            <span className="muted">{t('neurons.more', { count: picture.units - picture.shown })}</span>
          )}
        </div>
      ) : (
        <p className="muted">{variant.weights ? t('compare.neuronsMissing') : t('compare.outputLater')}</p>
      )}
    </li>
  );
}

export function VariantNeuronsRow({ comparison, data }: { comparison: ComparisonRecord; data: ComparisonData | null }) {
  const { t } = useTranslation();
  const selectId = useId();
  const { nodes, first } = choices(comparison);
  const [chosen, setChosen] = useState<string | null>(null);
  const nodeId = chosen && nodes.some((n) => n.id === chosen) ? chosen : first;
  if (!data || !nodeId) return null;
  return (
    <section className="compare-neurons" aria-labelledby={`${selectId}-title`}>
      <div className="compare-neurons__header">
        <h4 id={`${selectId}-title`}>{t('compare.neurons')}</h4>
        <label htmlFor={selectId}>{t('compare.neuronsOf')}</label>
        <select id={selectId} value={nodeId} onChange={(e) => setChosen(e.target.value)}>
          {nodes.map((n) => (
            <option key={n.id} value={n.id}>
              {n.label}
            </option>
          ))}
        </select>
      </div>
      <ul className="compare-neurons__list">
        {comparison.variants.map((v, i) => (
          <VariantNeurons key={v.id} variant={v} index={i} nodeId={nodeId} data={data} />
        ))}
      </ul>
    </section>
  );
}
