/**
 * The palette of layer kinds. Drag one onto the canvas, or focus it and press Enter (or click) to add it at
 * the centre of the view. Each item explains itself on hover and on focus.
 */
import type { DragEvent } from 'react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import type { NodeType } from '../../../engine';
import { getViewApi } from '../../commands';
import { editorStore } from '../../document/editorStore';
import { PALETTE_ORDER } from '../../document/nodeKinds';
import { freeSpotNear } from '../../document/placement';
import { showStatus } from '../../document/status';
import { LayerIcon } from './icons';
import { DROP_OFFSET, PALETTE_MIME } from './paletteDrag';
import { lessonPart } from '../../ui/lessonPart';

function addAtCentre(type: NodeType): void {
  const state = editorStore.getState();
  const centre = getViewApi()?.center() ?? { x: 0, y: 0 };
  const wanted = { x: Math.round(centre.x - DROP_OFFSET.x), y: Math.round(centre.y - DROP_OFFSET.y) };
  const spot = freeSpotNear(
    wanted,
    state.doc.graph.nodes.map((n) => n.position),
  );
  const id = state.addNode(type, spot);
  const label = editorStore.getState().doc.graph.nodes.find((n) => n.id === id)?.label ?? id;
  showStatus(i18next.t(spot.y === wanted.y ? 'palette.added' : 'palette.addedNear', { name: label }));
}

function onDragStart(event: DragEvent, type: NodeType): void {
  event.dataTransfer.setData(PALETTE_MIME, type);
  event.dataTransfer.effectAllowed = 'copy';
}

export function Palette() {
  const { t } = useTranslation();
  return (
    <nav className="palette" aria-label={t('palette.label')} {...lessonPart('palette')}>
      <h2 className="panel-title">{t('palette.title')}</h2>
      <ul>
        {PALETTE_ORDER.map((type) => {
          const title = t(`nodeKinds.${type}.title`);
          const description = t(`palette.description.${type}`);
          const tipId = `palette-tip-${type}`;
          return (
            <li key={type}>
              <button
                type="button"
                className="palette-item"
                draggable
                onDragStart={(event) => onDragStart(event, type)}
                onClick={() => addAtCentre(type)}
                aria-label={t('palette.add', { kind: title })}
                aria-describedby={tipId}
                title={description}
                data-testid={`palette-${type}`}
              >
                <LayerIcon type={type} size={20} />
                <span>{title}</span>
              </button>
              <span role="tooltip" id={tipId} className="palette-tooltip">
                {description}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="palette-hint">{t('palette.hint')}</p>
    </nav>
  );
}
