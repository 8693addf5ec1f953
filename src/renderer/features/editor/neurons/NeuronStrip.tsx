/**
 * A node's neurons on the canvas: the "show neurons" toggle and, while shown, one small tile per unit (up to
 * 32, then "+N more", which selects the node: its inspector lists every unit). Hovering or focusing a tile enlarges it beside the node with the unit's formula and
 * its numbers. Drawn from the pictures the training run sends (run/neuronsStore.ts).
 */
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeuronsEvent, NodeNeurons } from '../../../../engine';
import { editorStore } from '../../../document/editorStore';
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
      {more > 0 && (
        <button
          type="button"
          className="nodrag neuron-more"
          aria-label={t('neurons.moreLabel', { count: picture.units })}
          data-testid={`neurons-more-${label}`}
          onClick={() => {
            // The inspector lists every unit of the selected node.
            editorStore.getState().setSelection([picture.nodeId], []);
            neuronsStore.getState().reveal(picture.nodeId);
          }}
        >
          {t('neurons.more', { count: more })}
        </button>
      )}
      {hovered !== null && hovered < picture.shown && (
        <UnitCard event={event} picture={picture} unit={hovered} label={label} />
      )}
    </div>
  );
});

/** A grid of four squares: the units of a layer. */
function NeuronsIcon() {
  return (
    <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="4" height="4" rx="0.8" fill="currentColor" />
      <rect x="7" y="1" width="4" height="4" rx="0.8" fill="currentColor" />
      <rect x="1" y="7" width="4" height="4" rx="0.8" fill="currentColor" />
      <rect x="7" y="7" width="4" height="4" rx="0.8" fill="currentColor" />
    </svg>
  );
}

/**
 * The "show neurons" toggle, a small button in the node's header corner (clear of the node's middle, where a
 * click selects and drags the node).
 */
export function NeuronToggle({ nodeId, label }: { nodeId: string; label: string }) {
  const { t } = useTranslation();
  const expanded = useNeurons((s) => s.expanded.includes(nodeId));
  const name = t(expanded ? 'neurons.hide' : 'neurons.show');
  return (
    <button
      type="button"
      className="nodrag neuron-toggle"
      aria-expanded={expanded}
      aria-label={name}
      title={name}
      onClick={() => neuronsStore.getState().toggle(nodeId)}
      data-testid={`neurons-toggle-${label}`}
    >
      <NeuronsIcon />
    </button>
  );
}

/** The node's unit tiles while its neurons are shown; nothing otherwise. */
export function NeuronStrip({ nodeId, label }: { nodeId: string; label: string }) {
  const { t } = useTranslation();
  const expanded = useNeurons((s) => s.expanded.includes(nodeId));
  const event = useNeurons((s) => (expanded ? s.pictures : null));
  const picture = picturesOf(event, nodeId);
  if (!expanded) return null;
  return (
    <div className="neuron-strip" data-testid={`neurons-${label}`}>
      {event && picture ? (
        <Tiles event={event} picture={picture} label={label} />
      ) : (
        <span className="neuron-waiting">{t('neurons.waiting')}</span>
      )}
    </div>
  );
}
