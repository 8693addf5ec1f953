/**
 * Every unit of a node in the inspector (the canvas shows 32, then "+N more"): a scrollable grid of tiles
 * that only renders, and only asks the worker to picture, the rows in view (run/neuronsStore.ts `inspected`),
 * so a 2048-unit layer costs what 48 units do; a layer of at most 32 units reuses the canvas's pictures. The list is one focusable listbox: the arrow keys, Page Up/Down,
 * Home and End move the chosen unit, whose enlarged tile and formula are shown below it, as hovering does.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_UNITS_SHOWN } from '../../../../engine';
import { neuronsStore, picturesOf, useNeurons, windowOf } from '../../../run/neuronsStore';
import { unitFormula } from '../../../ui/charts/neuronFormula';
import { NeuronTile } from '../../../ui/charts/NeuronTile';
import { listWindow, movedUnit, LIST_COLUMNS, LIST_ROWS } from './neuronList';

const TILE = 34;
const CELL = TILE + 4;
const ENLARGED = 132;
/** Scrolling settles for this long before the worker is asked for the units now in view. */
const SETTLE_MS = 80;

export function NeuronList({ nodeId, label, units }: { nodeId: string; label: string; units: number }) {
  const { t } = useTranslation();
  const id = useId();
  const list = useRef<HTMLDivElement>(null);
  const section = useRef<HTMLElement>(null);
  const [firstRow, setFirstRow] = useState(0);
  const [active, setActive] = useState(0);
  const [hovered, setHovered] = useState<number | null>(null);
  const event = useNeurons((s) => s.pictures);
  const revealed = useNeurons((s) => s.revealed);
  // A layer the canvas shows whole needs no pictures of its own.
  const fromCanvas = units <= MAX_UNITS_SHOWN;
  const picture = fromCanvas ? picturesOf(event, nodeId) : windowOf(event, nodeId);
  const rendered = listWindow(firstRow, units);

  // Ask for the rows in view once scrolling settles; stop asking when the list goes.
  useEffect(() => {
    if (fromCanvas) return;
    const timer = setTimeout(() => neuronsStore.getState().setInspected({ nodeId, ...rendered }), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [nodeId, fromCanvas, rendered.first, rendered.count]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => () => neuronsStore.getState().setInspected(null), []);

  // "+N more" on the canvas: bring the list into view and give it the keyboard.
  useEffect(() => {
    if (revealed?.nodeId !== nodeId) return;
    section.current?.scrollIntoView?.({ block: 'nearest' });
    list.current?.focus({ preventScroll: true });
    neuronsStore.setState({ revealed: null });
  }, [revealed, nodeId]);

  const choose = (unit: number) => {
    setActive(unit);
    const el = list.current;
    if (!el) return;
    const top = Math.floor(unit / LIST_COLUMNS) * CELL;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + CELL > el.scrollTop + el.clientHeight) el.scrollTop = top + CELL - el.clientHeight;
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = movedUnit(active, e.key, units);
    if (next === null) return;
    e.preventDefault();
    choose(next);
  };

  const has = (u: number) => picture !== null && u >= picture.first && u < picture.first + picture.shown;
  const shownUnit = hovered ?? active;
  const rows = Math.ceil(units / LIST_COLUMNS);
  const slots = Array.from({ length: rendered.count }, (_, k) => rendered.first + k);
  return (
    <section ref={section} className="neuron-list" aria-labelledby={`${id}-title`} data-testid="inspector-neurons">
      <h3 id={`${id}-title`}>{t('neurons.listTitle')}</h3>
      <p className="inspector-field-hint" id={`${id}-hint`}>
        {t('neurons.listHint')}
      </p>
      <div
        ref={list}
        className="neuron-list__scroller"
        role="listbox"
        tabIndex={0}
        aria-label={t('neurons.listLabel', { count: units, node: label })}
        aria-describedby={`${id}-hint`}
        aria-activedescendant={`${id}-unit-${active}`}
        style={{ height: Math.min(rows, LIST_ROWS) * CELL + 4 }}
        onKeyDown={onKey}
        onScroll={(e) => setFirstRow(Math.floor(e.currentTarget.scrollTop / CELL))}
        onMouseLeave={() => setHovered(null)}
      >
        <div className="neuron-list__space" style={{ height: rows * CELL, width: LIST_COLUMNS * CELL }}>
          {slots.map((u) => (
            <div
              key={u}
              id={`${id}-unit-${u}`}
              role="option"
              aria-selected={u === active}
              aria-label={t('neurons.unitOf', { unit: u + 1, count: units })}
              className={`neuron-tile neuron-list__slot${u === shownUnit ? ' is-hovered' : ''}`}
              style={{ top: Math.floor(u / LIST_COLUMNS) * CELL, left: (u % LIST_COLUMNS) * CELL }}
              data-testid={`inspector-neuron-${u + 1}`}
              onMouseEnter={() => setHovered(u)}
              onClick={() => choose(u)}
            >
              {event && picture && has(u) && (
                <NeuronTile event={event} picture={picture} unit={u - picture.first} size={TILE} />
              )}
            </div>
          ))}
        </div>
      </div>
      {event && picture && has(shownUnit) ? (
        <div className="neuron-list__card" aria-live="polite" data-testid="inspector-neuron-card">
          <NeuronTile event={event} picture={picture} unit={shownUnit - picture.first} size={ENLARGED} />
          <div className="neuron-card-title">{t('neurons.unitOf', { unit: shownUnit + 1, count: units })}</div>
          <code className="neuron-formula" data-testid="neuron-formula">
            {unitFormula(picture, shownUnit - picture.first)}
          </code>
        </div>
      ) : (
        !picture && <p className="inspector-field-hint">{t('neurons.waiting')}</p>
      )}
    </section>
  );
}
