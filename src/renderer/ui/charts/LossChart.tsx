/**
 * Training and validation loss per epoch. The band between the two curves is shaded: when validation loss
 * rises while training loss keeps falling, the growing band is the network memorising its training data.
 * The epoch of lowest validation loss is marked once it has clearly stopped improving.
 */
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { EpochMetrics } from '../../../engine';
import { ChartFrame } from './ChartFrame';
import { EPOCH_DOMAIN, EVERY_TICK, MARGIN, SERIES_LINE } from './chartProps';
import { decimateBy } from './decimate';
import { MAX_CHART_POINTS, finiteHistory, lossSeries, memorisationPoint, smallestPositiveLoss } from './lossSeries';
import { BEST_COLOUR, GAP_COLOUR, TRAIN_COLOUR, VALIDATION_COLOUR } from './palette';

export interface LossChartProps {
  history: readonly EpochMetrics[];
  title?: string;
  /** Pixels, or a percentage of the frame's plot area when the frame is sized by its container. */
  height?: number | `${number}%`;
  /** Shade the train/validation gap (default true). */
  showGap?: boolean;
  /** Mark the epoch of lowest validation loss (default true). */
  showBest?: boolean;
}

export const formatLoss = (v: unknown): string =>
  typeof v === 'number' ? v.toPrecision(4) : Array.isArray(v) ? v.map(formatLoss).join(' – ') : String(v);

/*
 * Recharts 3 keeps each axis, line and tooltip's settings in its own store, and re-registers them (which makes
 * every selector of the chart recompute) whenever a prop changes identity. Objects and functions given as
 * props are therefore made once here, so a redraw with new epochs only re-registers the data.
 */
const LINEAR_DOMAIN = [0, 'auto'] as const;
const EPOCH_LABEL = { value: 'epoch', position: 'insideBottomRight', offset: -4 } as const;
// The line carries a short label on the side with room (a long one would run off the chart's edge); the
// full sentence is written under the chart, where it always fits.
const BEST_LABEL_LEFT = {
  value: 'lowest validation loss',
  position: 'insideTopLeft',
  fill: BEST_COLOUR,
  fontSize: 12,
} as const;
const BEST_LABEL_RIGHT = { ...BEST_LABEL_LEFT, position: 'insideTopRight' } as const;
// The axis's 'epoch' label hangs below its ticks; the legend starts below it instead of on top of it.
const LEGEND_BELOW_LABEL = { paddingTop: 12 } as const;
// A log axis can have many ticks, so there recharts still hides the ones that would overlap (EVERY_TICK
// elsewhere).
const LOSS_VALUES = [(m: EpochMetrics) => m.trainLoss, (m: EpochMetrics) => m.valLoss];
const formatTick = (v: number) => Number(v.toPrecision(2)).toString();
const formatTooltip = (value: unknown, name: unknown): [string, string] => [formatLoss(value), String(name)];

export const LossChart = memo(function LossChart({
  history,
  title,
  height = 260,
  showGap = true,
  showBest = true,
}: LossChartProps) {
  const { t, i18n } = useTranslation();
  const shownTitle = title ?? t('charts.loss');
  // Made once per language, for the same reason as the constants above.
  const labels = useMemo(
    () => ({
      epoch: { ...EPOCH_LABEL, value: t('charts.epoch') },
      left: { ...BEST_LABEL_LEFT, value: t('charts.lowest') },
      right: { ...BEST_LABEL_RIGHT, value: t('charts.lowest') },
      formatEpoch: (epoch: unknown) => t('charts.epochTip', { epoch: String(epoch) }),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t changes with the language
    [i18n.language],
  );
  const [log, setLog] = useState(false);
  // A long run is decimated before its points are built, so an update costs the same at epoch 100 and 50 000.
  const all = useMemo(() => finiteHistory(history), [history]);
  const best = useMemo(() => (showBest ? memorisationPoint(history) : null), [history, showBest]);
  const data = useMemo(
    () => lossSeries(decimateBy(all, MAX_CHART_POINTS, best ? [best.epoch] : [], LOSS_VALUES)),
    [all, best],
  );
  const floor = smallestPositiveLoss(data);
  const hasGap = showGap && data.some((p) => p.gap !== null);
  const logDomain = useMemo(() => (floor !== null ? ([floor, 'auto'] as const) : LINEAR_DOMAIN), [floor]);

  const tools = (
    <label className="chart-toggle">
      <input type="checkbox" checked={log} onChange={(e) => setLog(e.target.checked)} /> {t('charts.logScale')}
    </label>
  );
  return (
    <ChartFrame
      title={shownTitle}
      label={
        t('charts.lossLabel', { title: shownTitle, count: all.length }) +
        (best ? t('charts.lossBest', { epoch: best.epoch }) : '')
      }
      tools={tools}
      data={{
        epochs: all.length,
        'best-epoch': best?.epoch ?? '',
        scale: log ? 'log' : 'linear',
        gap: hasGap ? 'shown' : 'none',
      }}
      testId="loss-chart"
    >
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={data} margin={MARGIN}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis
            dataKey="epoch"
            type="number"
            domain={EPOCH_DOMAIN}
            allowDecimals={false}
            label={labels.epoch}
            interval={EVERY_TICK}
          />
          <YAxis
            scale={log ? 'log' : 'linear'}
            domain={log ? logDomain : LINEAR_DOMAIN}
            allowDataOverflow={log}
            tickFormatter={formatTick}
            interval={log ? 'preserveEnd' : EVERY_TICK}
            width={56}
          />
          <Tooltip formatter={formatTooltip} labelFormatter={labels.formatEpoch} />
          <Legend wrapperStyle={LEGEND_BELOW_LABEL} />
          {hasGap && (
            <Area
              dataKey="gap"
              name={t('charts.gap')}
              stroke="none"
              fill={GAP_COLOUR}
              fillOpacity={0.3}
              isAnimationActive={false}
              className="loss-gap"
            />
          )}
          <Line dataKey="train" name={t('charts.trainingLoss')} stroke={TRAIN_COLOUR} {...SERIES_LINE} />
          <Line dataKey="validation" name={t('charts.validationLoss')} stroke={VALIDATION_COLOUR} {...SERIES_LINE} />
          {best && (
            <ReferenceLine
              x={best.epoch}
              stroke={BEST_COLOUR}
              strokeDasharray="4 3"
              className="best-epoch"
              label={best.epoch > all.length / 2 ? labels.right : labels.left}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
      {best && (
        <p className="chart-note" style={{ color: BEST_COLOUR }}>
          {t('charts.memorise', { epoch: best.epoch })}
        </p>
      )}
    </ChartFrame>
  );
});
