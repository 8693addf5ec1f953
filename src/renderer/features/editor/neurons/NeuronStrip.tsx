/**
 * A node's neurons on the canvas: the "show neurons" toggle and, while shown, one small tile per unit (up to
 * 32, then "+N more"). Hovering or focusing a tile enlarges it beside the node with the unit's formula and
 * its numbers. Drawn from the pictures the training run sends (run/neuronsStore.ts).
 */
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeuronsEvent, NodeNeurons } from '../../../../engine';
import { neuronsStore, picturesOf, useNeurons } from '../../../run/neuronsStore';
import { unitFormula } from '../../../ui/charts/neuronFormula';
import { NeuronTile } from '../../../ui/charts/NeuronTile';

const TILE = 34;
const ENLARGED = 132;

function UnitCard({
  event,
  picture,
  unit,
  label,
}: {
  event: NeuronsEvent;
  picture: NodeNeurons;
  unit: number;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="neuron-card" role="tooltip" data-testid={`neuron-card-${label}`}>
      <NeuronTile event={event} picture={picture} unit={unit} size={ENLARGED} />
      <div className="neuron-card-title">{t('neurons.unitOf', { unit: unit + 1, count: picture.units })}</div>
      <code className="neuron-formula" data-testid="neuron-formula">
        {unitFormula(picture, unit)}
      </code>
    </div>
  );
}

const Tiles = memo(function Tiles({
  event,
  picture,
  label,
}: {
  event: NeuronsEvent;
  picture: NodeNeurons;
  label: string;
}) {
  const { t } = useTranslation();
  const [hovered, setHovered] = useState<number | null>(null);
  const more = picture.units - picture.shown;
  return (
    <div className="neuron-tiles" onMouseLeave={() => setHovered(null)}>
      {Array.from({ length: picture.shown }, (_, u) => (
        <div
          key={u}
          className={`neuron-tile${hovered === u ? ' is-hovered' : ''}`}
          tabIndex={0}
          aria-label={t('neurons.unitOf', { unit: u + 1, count: picture.units })}
          data-neuron={`${picture.nodeId}:${u}`}
          onMouseEnter={() => setHovered(u)}
          onFocus={() => setHovered(u)}
          onBlur={() => setHovered(null)}
        >
          <NeuronTile event={event} picture={picture} unit={u} size={TILE} testId={`neuron-${label}-${u + 1}`} />
        </div>
      ))}
      {more > 0 && <span className="neuron-more">{t('neurons.more', { count: more })}</span>}
      {hovered !== null && hovered < picture.shown && (
        <UnitCard event={event} picture={picture} unit={hovered} label={label} />
      )}
    </div>
  );
});

export function NeuronStrip({ nodeId, label }: { nodeId: string; label: string }) {
  const { t } = useTranslation();
  const expanded = useNeurons((s) => s.expanded.includes(nodeId));
  const event = useNeurons((s) => (expanded ? s.pictures : null));
  const picture = picturesOf(event, nodeId);
  return (
    <div className="neuron-strip" data-testid={`neurons-${label}`}>
      <button
        type="button"
        className="nodrag neuron-toggle"
        aria-expanded={expanded}
        onClick={() => neuronsStore.getState().toggle(nodeId)}
        data-testid={`neurons-toggle-${label}`}
      >
        {t(expanded ? 'neurons.hide' : 'neurons.show')}
      </button>
      {expanded &&
        (event && picture ? (
          <Tiles event={event} picture={picture} label={label} />
        ) : (
          <span className="neuron-waiting">{t('neurons.waiting')}</span>
        ))}
    </div>
  );
}
