/**
 * Every variant's loss curves on one chart: training solid, validation dashed, one colour per variant. The
 * legend lists each variant once (its value); the line styles are explained beside it.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../ui/charts/ChartFrame';
import { formatLoss } from '../../ui/charts/LossChart';
import { decimateSeries } from '../../ui/charts/decimate';
import { finiteHistory } from '../../ui/charts/lossSeries';
import type { VariantRun } from './compareTypes';
import { variantColour } from './colours';

type Row = Record<string, number | null>;

/**
 * Most epochs drawn for all curves together; longer runs are decimated, min/max per bucket of every curve
 * (the first and last epoch always kept), so each variant's spikes and lows stay visible.
 */
export const MAX_CHART_ROWS = 400;

/**
 * One row per epoch with `t<i>` (training) and `v<i>` (validation) loss of each variant i, at most `max`
 * rows: recharts redraws every point on each update, and thousands of epochs times eight lines would
 * stall the page while the workers train.
 */
export function overlaidLossRows(variants: readonly Pick<VariantRun, 'history'>[], max = MAX_CHART_ROWS): Row[] {
  const rows = new Map<number, Row>();
  variants.forEach((v, i) => {
    for (const m of finiteHistory(v.history)) {
      const row = rows.get(m.epoch) ?? { epoch: m.epoch };
      row[`t${i}`] = m.trainLoss;
      row[`v${i}`] = Number.isFinite(m.valLoss) ? m.valLoss : null;
      rows.set(m.epoch, row);
    }
  });
  const sorted = [...rows.values()].sort((a, b) => (a.epoch as number) - (b.epoch as number));
  const keys = variants.flatMap((_, i) => [`t${i}`, `v${i}`]);
  return decimateSeries(sorted as (Row & { epoch: number })[], max, [], keys);
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
const formatTooltip = (value: unknown, name: unknown): [string, string] => [formatLoss(value), String(name)];
// Legend in variant order (recharts sorts by name unless told otherwise); the key is t<i>.
const byVariant = (item: { dataKey?: unknown }) => Number(String(item.dataKey).slice(1));

export function CompareLossChart({ variants, height = 300 }: { variants: readonly VariantRun[]; height?: number }) {
  const { t, i18n } = useTranslation();
  // The props that depend on the language, made once per language for the same reason.
  const props = useMemo(
    () => ({
      epochLabel: { ...EPOCH_LABEL, value: t('charts.epoch') },
      formatTick: (v: number) => Number(v.toPrecision(2)).toLocaleString(i18n.language),
      formatEpoch: (epoch: unknown) => t('compare.chart.epochTip', { epoch: String(epoch) }),
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
        names: variants.map((v) => v.label).join(', '),
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
          <Legend itemSorter={byVariant} />
          {variants.map((v, i) => (
            <Line
              key={`t${i}`}
              dataKey={`t${i}`}
              name={v.label}
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
              name={t('compare.chart.validationOf', { name: v.label })}
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
