/**
 * A dense (or output) layer's weights in the inspector: the kernel as a heat grid (rows are inputs, columns
 * units; red positive, blue negative), the biases as bars, and a band of the smallest, mean and largest
 * weight per epoch over training. Clicking a cell, or moving to it with the arrow keys, shows its value and,
 * for the run in the worker, its gradient from the last training step.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Tensor } from '../../../../engine';
import { weightBand } from '../../../run/inspection';
import { EPOCH_DOMAIN, SERIES_LINE } from '../../../ui/charts/chartProps';
import { decimateBy } from '../../../ui/charts/decimate';
import { MAX_CHART_POINTS } from '../../../ui/charts/lossSeries';
import { TRAIN_COLOUR } from '../../../ui/charts/palette';
import {
  CLIP_QUANTILE,
  divergingColour,
  kernelPixels,
  largestMagnitude,
  magnitudeQuantile,
  movedCell,
  type Cell,
} from './heatGrid';
import { useLayerWeights, type LayerWeights } from './useLayerWeights';

const fmt = (v: number): string => {
  const size = Math.abs(v);
  return size !== 0 && (size >= 1e4 || size < 1e-3) ? v.toExponential(2) : Number(v.toPrecision(4)).toString();
};
const formatTooltip = (v: unknown): string =>
  Array.isArray(v) ? v.map((x) => fmt(Number(x))).join(' … ') : typeof v === 'number' ? fmt(v) : String(v);
const BAND_MARGIN = { top: 4, right: 8, bottom: 0, left: 0 };

export function WeightsView({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation();
  const layer = useLayerWeights(nodeId);
  return (
    <section className="weights-view" aria-labelledby={`weights-${nodeId}`} data-testid="weights-view">
      <h3 id={`weights-${nodeId}`}>{t('weights.title')}</h3>
      {!layer ? (
        <p className="inspector-field-hint">{t('weights.none')}</p>
      ) : (
        <LayerWeightsView nodeId={nodeId} layer={layer} />
      )}
    </section>
  );
}

/**
 * The band's rows thinned like the loss chart's (min/max per bucket, at most MAX_CHART_POINTS): each bucket
 * keeps its lowest minimum, highest maximum and the mean's extremes, so a long run costs the inspector a few
 * hundred points per redraw, not one per epoch.
 */
type BandRow = ReturnType<typeof weightBand>[number];
const BAND_VALUES = [(r: BandRow) => r.range[0], (r: BandRow) => r.mean, (r: BandRow) => r.range[1]];
function bandForChart(rows: readonly BandRow[]) {
  return decimateBy(rows, MAX_CHART_POINTS, [], BAND_VALUES);
}

function LayerWeightsView({ nodeId, layer }: { nodeId: string; layer: LayerWeights }) {
  const { t } = useTranslation();
  const [inputs, units] = layer.kernel.shape;
  const [cell, setCell] = useState<Cell | null>(null);
  const band = useMemo(() => weightBand(layer.history, nodeId), [layer.history, nodeId]);
  const bandPoints = useMemo(() => bandForChart(band), [band]);
  const shown = cell && cell.input < inputs && cell.unit < units ? cell : null;
  return (
    <>
      <p className="inspector-field-hint">
        {layer.savedName !== null
          ? t('weights.fromSaved', { run: layer.savedName })
          : t('weights.live', { epoch: layer.epoch ?? 0 })}
      </p>
      <p className="weights-caption">{t('weights.grid', { inputs, units })}</p>
      <HeatGrid kernel={layer.kernel} cell={shown} onCell={setCell} />
      {shown && <CellDetails nodeId={nodeId} layer={layer} cell={shown} />}
      {layer.bias && (
        <>
          <p className="weights-caption">{t('weights.biases')}</p>
          <BiasBars bias={layer.bias} />
        </>
      )}
      {band.length > 0 && (
        <figure className="weights-band" data-testid="weights-band" data-epochs={band.length}>
          <figcaption className="weights-caption">{t('weights.band')}</figcaption>
          <div role="img" aria-label={t('weights.bandLabel', { count: band.length })}>
            <ResponsiveContainer width="100%" height={120}>
              <ComposedChart data={bandPoints} margin={BAND_MARGIN}>
                <XAxis dataKey="epoch" type="number" domain={EPOCH_DOMAIN} allowDecimals={false} />
                <YAxis width={44} tickFormatter={fmt} />
                <Tooltip formatter={formatTooltip} />
                <Area
                  dataKey="range"
                  name={`${t('weights.min')} … ${t('weights.max')}`}
                  stroke="none"
                  fill={TRAIN_COLOUR}
                  fillOpacity={0.25}
                  isAnimationActive={false}
                />
                <Line dataKey="mean" name={t('weights.mean')} stroke={TRAIN_COLOUR} {...SERIES_LINE} />
              </ComposedChart>
            </ResponsiveContainer>
          </div>
        </figure>
      )}
    </>
  );
}

function HeatGrid({ kernel, cell, onCell }: { kernel: Tensor; cell: Cell | null; onCell: (c: Cell) => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLCanvasElement>(null);
  const [rows, cols] = kernel.shape;
  // Full colour at the 99th percentile of |w|, so a few exploded weights do not wash out the rest.
  const scale = useMemo(
    () => ({ clip: magnitudeQuantile(kernel.data), largest: largestMagnitude(kernel.data) }),
    [kernel],
  );
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    ctx.putImageData(new ImageData(kernelPixels(kernel, scale.clip), cols, rows), 0, 0);
  }, [kernel, rows, cols, scale]);
  const pick = (e: MouseEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const unit = Math.floor(((e.clientX - box.left) / box.width) * cols);
    const input = Math.floor(((e.clientY - box.top) / box.height) * rows);
    onCell({ input: Math.max(0, Math.min(rows - 1, input)), unit: Math.max(0, Math.min(cols - 1, unit)) });
  };
  const key = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const next = movedCell(cell ?? { input: 0, unit: 0 }, e.key, rows, cols);
    if (!next) return;
    e.preventDefault();
    onCell(cell ? next : { input: 0, unit: 0 });
  };
  // Square cells up to 24 px, the grid at most the inspector's width and 240 px tall.
  const size = Math.max(1, Math.min(24, 240 / cols, 240 / rows));
  return (
    <>
      <div className="heat-grid">
        <canvas
          ref={ref}
          width={cols}
          height={rows}
          tabIndex={0}
          role="img"
          aria-label={t('weights.gridLabel', { inputs: rows, columns: cols })}
          data-testid="weights-grid"
          style={{ width: cols * size, height: rows * size }}
          onClick={pick}
          onKeyDown={key}
        />
        {cell && size >= 4 && (
          <span
            className="heat-grid__cursor"
            aria-hidden="true"
            style={{ left: cell.unit * size, top: cell.input * size, width: size, height: size }}
          />
        )}
      </div>
      <p className="weights-caption heat-grid__scale" data-testid="weights-scale">
        <span className="heat-grid__ramp" aria-hidden="true" />
        {t(scale.largest > scale.clip ? 'weights.scaleClipped' : 'weights.scale', {
          scale: fmt(scale.clip),
          largest: fmt(scale.largest),
          percentile: Math.round(CLIP_QUANTILE * 100),
        })}
      </p>
    </>
  );
}

function CellDetails({ nodeId, layer, cell }: { nodeId: string; layer: LayerWeights; cell: Cell }) {
  const { t } = useTranslation();
  const units = layer.kernel.shape[1];
  const index = cell.input * units + cell.unit;
  const value = layer.kernel.data[index];
  const [gradient, setGradient] = useState<{ epoch: number; batch: number; value: number } | 'none' | 'loading'>(
    layer.live ? 'loading' : 'none',
  );
  const { live } = layer;
  useEffect(() => {
    if (!live) {
      setGradient('none');
      return;
    }
    let cancelled = false;
    setGradient('loading');
    live.gradients().then(
      (g) => {
        const data = g.gradients[nodeId]?.kernel.data;
        if (!cancelled) setGradient(data ? { epoch: g.epoch, batch: g.batch, value: data[index] } : 'none');
      },
      () => !cancelled && setGradient('none'),
    );
    return () => {
      cancelled = true;
    };
  }, [live, nodeId, index, layer.epoch]);
  return (
    <div className="weights-cell" aria-live="polite" data-testid="weights-cell">
      <p>{t('weights.cell', { input: cell.input + 1, unit: cell.unit + 1, value: fmt(value) })}</p>
      <p className="inspector-field-hint">
        {gradient === 'loading'
          ? t('weights.loadingGradient')
          : gradient === 'none'
            ? t('weights.noGradient')
            : t('weights.gradient', { epoch: gradient.epoch, batch: gradient.batch, value: fmt(gradient.value) })}
      </p>
    </div>
  );
}

function BiasBars({ bias }: { bias: Tensor }) {
  const { t } = useTranslation();
  const n = bias.data.length;
  const scale = largestMagnitude(bias.data);
  const width = 240;
  const height = 48;
  const bar = width / n;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of bias.data) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return (
    <svg
      className="bias-bars"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t('weights.biasLabel', { count: n, min: fmt(min), max: fmt(max) })}
      data-testid="weights-bias"
    >
      <line x1={0} x2={width} y1={height / 2} y2={height / 2} className="axis" />
      {Array.from(bias.data, (v, i) => {
        const h = (Math.abs(v) / scale) * (height / 2);
        const [r, g, b] = divergingColour(v, scale);
        return (
          <rect
            key={i}
            x={i * bar + bar * 0.1}
            width={Math.max(0.5, bar * 0.8)}
            y={v >= 0 ? height / 2 - h : height / 2}
            height={h}
            fill={`rgb(${r}, ${g}, ${b})`}
          />
        );
      })}
    </svg>
  );
}
