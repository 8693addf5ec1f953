/**
 * The variants' neuron pictures side by side for one chosen layer (issue 14): "sigmoid vs ReLU" shows how the
 * hidden features differ, not just the loss. Each variant's worker sends the layer's pictures a few times a
 * second while it trains (the run driver's watchNeurons, as the training panel's canvas gets them), and the
 * last ones stay at the end; a variant that is not training is pictured from its weights by a worker when
 * another layer is chosen (compareSession.showNeurons). This view only draws what arrives.
 */
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NeuronTile } from '../../ui/charts/NeuronTile';
import { showVariantNeurons } from './compareSession';
import type { ComparisonRecord, VariantRun } from './compareTypes';
import { variantColour } from './colours';
import { layerOptions, neuronsLayerOf, PICTURED_TYPES } from './layers';
import { LayerSelect } from './LayerSelect';
import { valueLabel, type ParameterKind } from './parameters';

const TILE = 44;

function VariantNeurons({
  variant,
  index,
  nodeId,
  kind,
}: {
  variant: VariantRun;
  index: number;
  nodeId: string;
  kind: ParameterKind;
}) {
  const { t } = useTranslation();
  const event = variant.neurons ?? null;
  const picture = event?.pictures.find((p) => p.nodeId === nodeId);
  const training = variant.status === 'queued' || variant.status === 'running';
  const waiting = training
    ? t('compare.neuronsLater')
    : variant.weights && !event?.nodeIds.includes(nodeId)
      ? t('compare.neuronsComputing')
      : t('compare.neuronsMissing');
  return (
    <li className="compare-neurons__variant" data-testid="compare-neurons" data-epoch={event?.epoch}>
      <span className="compare-swatch" style={{ background: variantColour(index) }} aria-hidden="true" />
      <span className="compare-neurons__label">{valueLabel(kind, variant.value, t)}</span>
      {event && picture ? (
        <div className="compare-neurons__tiles">
          {Array.from({ length: picture.shown }, (_, u) => (
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
        <p className="muted">{waiting}</p>
      )}
    </li>
  );
}

export function VariantNeuronsRow({ comparison }: { comparison: ComparisonRecord }) {
  const { t } = useTranslation();
  const selectId = useId();
  const options = layerOptions(comparison.variants[0]?.graph, (type) => PICTURED_TYPES.has(type));
  const nodeId = neuronsLayerOf(comparison);
  // Variants that are not training and have no pictures of the layer yet: a worker pictures their weights.
  const missing = comparison.variants
    .filter((v) => v.status !== 'running' && v.status !== 'queued' && v.weights)
    .filter((v) => !v.neurons?.nodeIds.includes(nodeId))
    .map((v) => v.id)
    .join(' ');
  useEffect(() => {
    if (nodeId && missing) showVariantNeurons(comparison.id, nodeId);
  }, [comparison.id, nodeId, missing]);
  if (!nodeId) return null;
  return (
    <section className="compare-neurons" aria-labelledby={`${selectId}-title`}>
      <div className="compare-neurons__header">
        <h4 id={`${selectId}-title`}>{t('compare.neurons')}</h4>
        <LayerSelect
          id={selectId}
          className="compare-neurons__layer"
          label={t('compare.neuronsOf')}
          options={options}
          value={nodeId}
          onChange={(id) => showVariantNeurons(comparison.id, id)}
        />
      </div>
      <ul className="compare-neurons__list">
        {comparison.variants.map((v, i) => (
          <VariantNeurons key={v.id} variant={v} index={i} nodeId={nodeId} kind={comparison.parameter.kind} />
        ))}
      </ul>
    </section>
  );
}
