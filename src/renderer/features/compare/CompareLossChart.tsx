/**
 * Every variant's loss curves on one chart: training solid, validation dashed, one colour per variant. The
 * legend lists each variant once (its value); the line styles are explained beside it.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../ui/charts/ChartFrame';
import { formatLoss } from '../../ui/charts/LossChart';
import type { EpochMetrics } from '../../../engine';
import { decimateBy } from '../../ui/charts/decimate';
import { finiteHistory } from '../../ui/charts/lossSeries';
import type { VariantRun } from './compareTypes';
import { variantColour } from './colours';
import { valueLabel, type ParameterKind } from './parameters';

type Row = Record<string, number | null>;

/**
 * Most epochs drawn for all curves together; longer runs are decimated, min/max per bucket of every curve
 * (the first and last epoch always kept), so each variant's spikes and lows stay visible.
 */
export const MAX_CHART_ROWS = 400;

/**
 * One row per epoch with `t<i>` (training) and `v<i>` (validation) loss of each variant i, at most `max`
 * rows: recharts redraws every point on each update, and thousands of epochs times eight lines would
 * stall the page while the workers train. Each variant's history is decimated on its own (min/max per
 * bucket, its share of `max`), and a row is built only for the epochs some variant kept, holding every
 * variant's value at that epoch: no object per epoch, so a redraw costs the same at epoch 100 and 50 000.
 */
export function overlaidLossRows(variants: readonly Pick<VariantRun, 'history'>[], max = MAX_CHART_ROWS): Row[] {
  const histories = variants.map((v) => finiteHistory(v.history));
  const share = Math.max(8, Math.floor(max / Math.max(1, histories.length)));
  const epochs = new Set<number>();
  for (const history of histories) for (const m of decimateBy(history, share, [], LOSS_VALUES)) epochs.add(m.epoch);
  return [...epochs]
    .sort((a, b) => a - b)
    .map((epoch) => {
      const row: Row = { epoch };
      histories.forEach((history, i) => {
        const m = atEpoch(history, epoch);
        if (!m) return;
        row[`t${i}`] = m.trainLoss;
        row[`v${i}`] = Number.isFinite(m.valLoss) ? m.valLoss : null;
      });
      return row;
    });
}

const LOSS_VALUES = [(m: EpochMetrics) => m.trainLoss, (m: EpochMetrics) => m.valLoss];

/** The metrics of `epoch` in a history in epoch order (usually at index epoch − 1). */
function atEpoch(history: readonly EpochMetrics[], epoch: number): EpochMetrics | undefined {
  const guess = history[epoch - 1];
  if (guess?.epoch === epoch) return guess;
  let lo = 0;
  let hi = history.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = history[mid].epoch;
    if (e === epoch) return history[mid];
    if (e < epoch) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/*
 * Props made once: recharts re-registers an axis, line or tooltip whose props change identity, which makes
 * every selector of the chart recompute on each update (see ui/charts/LossChart).
 */
const MARGIN = { top: 12, right: 24, bottom: 8, left: 8 };
const EPOCH_DOMAIN = ['dataMin', 'dataMax'] as const;
const EPOCH_LABEL = { position: 'insideBottomRight', offset: -4 } as const;
const LOG_DOMAIN = ['auto', 'auto'] as const;
const LINEAR_DOMAIN = [0, 'auto'] as const;
// The axis's 'epoch' label hangs below its ticks; the legend starts below it instead of on top of it.
const LEGEND_BELOW_LABEL = { paddingTop: 12 } as const;
const formatTooltip = (value: unknown, name: unknown): [string, string] => [formatLoss(value), String(name)];
// Legend in variant order (recharts sorts by name unless told otherwise); the key is t<i>.
const byVariant = (item: { dataKey?: unknown }) => Number(String(item.dataKey).slice(1));

export function CompareLossChart({
  variants,
  kind,
  height = 300,
}: {
  variants: readonly VariantRun[];
  /** What the comparison varies: the legend names each variant by its value. */
  kind: ParameterKind;
  height?: number;
}) {
  const { t, i18n } = useTranslation();
  // The props that depend on the language, made once per language for the same reason.
  const props = useMemo(
    () => ({
      epochLabel: { ...EPOCH_LABEL, value: t('charts.epoch') },
      formatTick: (v: number) => Number(v.toPrecision(2)).toLocaleString(i18n.language),
      formatEpoch: (epoch: unknown) => t('charts.epochTip', { epoch: String(epoch) }),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t changes with the language
    [i18n.language],
  );
  const [log, setLog] = useState(false);
  const rows = useMemo(() => overlaidLossRows(variants), [variants]);
  const epochs = rows.length > 0 ? (rows[rows.length - 1].epoch as number) : 0;
  const tools = (
    <label className="chart-toggle">
      <input
        type="checkbox"
        checked={log}
        onChange={(e) => setLog(e.target.checked)}
        aria-label={t('compare.chart.logScaleLabel')}
      />{' '}
      {t('charts.logScale')}
    </label>
  );
  return (
    <ChartFrame
      title={t('compare.chart.title')}
      label={t('compare.chart.label', {
        count: variants.length,
        names: variants.map((v) => valueLabel(kind, v.value, t)).join(t('lists.comma')),
        epochs,
      })}
      tools={tools}
      data={{ series: variants.length, epochs }}
      testId="compare-loss-chart"
    >
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={rows} margin={MARGIN}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis dataKey="epoch" type="number" domain={EPOCH_DOMAIN} allowDecimals={false} label={props.epochLabel} />
          <YAxis
            scale={log ? 'log' : 'linear'}
            domain={log ? LOG_DOMAIN : LINEAR_DOMAIN}
            allowDataOverflow={log}
            tickFormatter={props.formatTick}
            width={56}
          />
          <Tooltip formatter={formatTooltip} labelFormatter={props.formatEpoch} />
          <Legend itemSorter={byVariant} wrapperStyle={LEGEND_BELOW_LABEL} />
          {variants.map((v, i) => (
            <Line
              key={`t${i}`}
              dataKey={`t${i}`}
              name={valueLabel(kind, v.value, t)}
              stroke={variantColour(i)}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
          ))}
          {variants.map((v, i) => (
            <Line
              key={`v${i}`}
              dataKey={`v${i}`}
              name={t('compare.chart.validationOf', { name: valueLabel(kind, v.value, t) })}
              stroke={variantColour(i)}
              strokeWidth={1.5}
              strokeDasharray="6 4"
              dot={false}
              legendType="none"
              isAnimationActive={false}
              connectNulls
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
      <p className="chart-legend">{t('compare.chart.legend')}</p>
    </ChartFrame>
  );
}
