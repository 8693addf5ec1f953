/**
 * Draws the weight lines (weightLines.ts) over the canvas, in flow coordinates, from the right edge of the
 * source node at each unit tile's height to the left edge of the target node at its tile's height. Clicking a
 * line shows its weight and the gradient of the last training step in a card at the top of the canvas (above
 * the nodes, which the lines pass under); the gradient is asked of the run's worker (getGradients), as the
 * inspector's weight grid does, when the line is clicked and again when the weights change while it is shown.
 */
import { Panel, useReactFlow, ViewportPortal } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../../../document/editorStore';
import { useInspection } from '../../../run/inspection';
import type { WeightRef } from '../../../run/neuronsStore';
import { neuronsStore, useNeurons } from '../../../run/neuronsStore';
import { formatNumber, subscript } from '../../../ui/charts/neuronFormula';
import { classColour } from '../../../ui/charts/palette';
import { weightGradient, weightLines, type WeightLine } from './weightLines';

interface Anchor {
  /** Flow coordinates of the node's left and right edges and of the tile's centre height. */
  left: number;
  right: number;
  y: number;
}

const key = (nodeId: string, unit: number) => `${nodeId}:${unit}`;
/** Flow pixels between the lines of two neighbouring tile columns. */
const COLUMN_SPREAD = 4;

/** Where each expanded node's tiles are, read from the page once React Flow has placed them. */
function useAnchors(deps: readonly unknown[]): ReadonlyMap<string, Anchor> {
  const flow = useReactFlow();
  const [anchors, setAnchors] = useState<ReadonlyMap<string, Anchor>>(() => new Map());
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const next = new Map<string, Anchor>();
      for (const tile of document.querySelectorAll<HTMLElement>('[data-neuron]')) {
        const node = tile.closest('.react-flow__node');
        if (!node) continue;
        const t = tile.getBoundingClientRect();
        const n = node.getBoundingClientRect();
        const leftTop = flow.screenToFlowPosition({ x: n.left, y: t.top + t.height / 2 });
        const right = flow.screenToFlowPosition({ x: n.right, y: 0 }).x;
        // Four tiles share a row: each column's lines leave a little higher or lower, so they stay apart.
        const column = Number(tile.dataset.neuron!.split(':').pop()) % 4;
        next.set(tile.dataset.neuron!, { left: leftTop.x, right, y: leftTop.y + (column - 1.5) * COLUMN_SPREAD });
      }
      setAnchors(next);
    });
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return anchors;
}

type Gradient = { value: number } | 'none' | 'loading';

/** The clicked weight's gradient from the run's worker; 'none' without a run in the panel or before a step. */
function useWeightGradient(weight: WeightRef | null, epoch: number | undefined): Gradient {
  const live = useInspection((s) => s.live);
  const [gradient, setGradient] = useState<Gradient>('loading');
  const { nodeId = '', sourceId = '', unit = 0, input = 0 } = weight ?? {};
  const asked = useRef('');
  useEffect(() => {
    if (!weight) return;
    if (!live) {
      setGradient('none');
      return;
    }
    // Another line: its own gradient is on its way. The same line with newer weights keeps its value meanwhile.
    const key = `${sourceId}>${nodeId}:${input}>${unit}`;
    if (asked.current !== key) setGradient('loading');
    asked.current = key;
    let cancelled = false;
    live.gradients().then(
      (g) => {
        const value = weightGradient(g.gradients, { nodeId, sourceId, unit, input });
        if (!cancelled) setGradient(value === null ? 'none' : { value });
      },
      () => !cancelled && setGradient('none'),
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [live, nodeId, sourceId, unit, input, weight !== null, epoch]);
  return gradient;
}

export function WeightLines() {
  const { t } = useTranslation();
  const graph = useEditor((s) => s.doc.graph);
  const expanded = useNeurons((s) => s.expanded);
  const event = useNeurons((s) => s.pictures);
  const selected = useNeurons((s) => s.selectedWeight);
  const lines = useMemo(() => weightLines(graph.edges, expanded, event), [graph.edges, expanded, event]);
  const gradient = useWeightGradient(selected, event?.epoch);
  // Tiles move only when the graph, the expanded nodes or their tile counts change, not with each picture:
  // measuring them forces a layout, and pictures come a few times a second while training.
  const tiles = event?.pictures.map((p) => `${p.nodeId}:${p.shown}`).join(',') ?? '';
  const anchors = useAnchors([graph, expanded, tiles]);
  if (lines.length === 0) return null;
  const ends = (l: WeightLine) => {
    const a = anchors.get(key(l.sourceId, l.input));
    const b = anchors.get(key(l.nodeId, l.unit));
    return a && b ? { x1: a.right, y1: a.y, x2: b.left, y2: b.y } : null;
  };
  const chosen =
    selected &&
    lines.find(
      (l) =>
        l.nodeId === selected.nodeId &&
        l.sourceId === selected.sourceId &&
        l.unit === selected.unit &&
        l.input === selected.input,
    );
  const label = (id: string) => graph.nodes.find((n) => n.id === id)?.label ?? id;
  return (
    <>
      <ViewportPortal>
        <svg className="weight-lines" data-testid="weight-lines">
          {lines.map((l) => {
            const e = ends(l);
            if (!e) return null;
            const colour = classColour(l.weight >= 0 ? 1 : 0);
            return (
              <g
                key={`${l.sourceId}>${l.nodeId}:${l.input}>${l.unit}`}
                onClick={() => neuronsStore.getState().selectWeight(l)}
              >
                <line
                  {...e}
                  stroke={colour}
                  strokeWidth={0.5 + 3.5 * l.strength}
                  strokeOpacity={0.12 + 0.88 * l.strength}
                />
                <line
                  {...e}
                  className="weight-hit"
                  data-testid={`weight-${l.sourceId}-${l.input + 1}-${l.nodeId}-${l.unit + 1}`}
                />
              </g>
            );
          })}
        </svg>
      </ViewportPortal>
      {chosen && (
        <Panel position="top-center" className="weight-card" role="status" data-testid="weight-card">
          <span>
            {t('neurons.weightFrom', {
              from: `${label(chosen.sourceId)} ${subscript(chosen.input + 1)}`,
              to: `${label(chosen.nodeId)} ${subscript(chosen.unit + 1)}`,
            })}
          </span>
          <span>{t('neurons.weightValue', { value: formatNumber(chosen.weight) })}</span>
          <span data-testid="weight-gradient">
            {gradient === 'loading'
              ? t('weights.loadingGradient')
              : gradient === 'none'
                ? t('neurons.weightNoGradient')
                : t('neurons.weightGradient', { value: gradient.value.toExponential(2).replace('-', '−') })}
          </span>
          <button type="button" className="nodrag" onClick={() => neuronsStore.getState().selectWeight(null)}>
            {t('neurons.close')}
          </button>
        </Panel>
      )}
    </>
  );
}
