/**
 * Every variant's loss curves on one chart: training solid, validation dashed, one colour per variant. The
 * legend lists each variant once (its value); the line styles are explained beside it.
 */
import { useMemo, useState } from 'react';
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
const EPOCH_LABEL = { value: 'epoch', position: 'insideBottomRight', offset: -4 } as const;
const LOG_DOMAIN = ['auto', 'auto'] as const;
const LINEAR_DOMAIN = [0, 'auto'] as const;
const formatTick = (v: number) => Number(v.toPrecision(2)).toString();
const formatTooltip = (value: unknown, name: unknown): [string, string] => [formatLoss(value), String(name)];
const formatEpoch = (epoch: unknown) => `epoch ${String(epoch)}`;
// Legend in variant order (recharts sorts by name unless told otherwise); the key is t<i>.
const byVariant = (item: { dataKey?: unknown }) => Number(String(item.dataKey).slice(1));

export function CompareLossChart({ variants, height = 300 }: { variants: readonly VariantRun[]; height?: number }) {
  const [log, setLog] = useState(false);
  const rows = useMemo(() => overlaidLossRows(variants), [variants]);
  const epochs = rows.length > 0 ? (rows[rows.length - 1].epoch as number) : 0;
  const tools = (
    <label className="chart-toggle">
      <input
        type="checkbox"
        checked={log}
        onChange={(e) => setLog(e.target.checked)}
        aria-label="Log scale for the loss comparison"
      />{' '}
      Log scale
    </label>
  );
  return (
    <ChartFrame
      title="Loss by variant"
      label={`Training (solid) and validation (dashed) loss of ${variants.length} variants: ${variants.map((v) => v.label).join(', ')}; ${epochs} epochs so far`}
      tools={tools}
      data={{ series: variants.length, epochs }}
      testId="compare-loss-chart"
    >
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={rows} margin={MARGIN}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis dataKey="epoch" type="number" domain={EPOCH_DOMAIN} allowDecimals={false} label={EPOCH_LABEL} />
          <YAxis
            scale={log ? 'log' : 'linear'}
            domain={log ? LOG_DOMAIN : LINEAR_DOMAIN}
            allowDataOverflow={log}
            tickFormatter={formatTick}
            width={56}
          />
          <Tooltip formatter={formatTooltip} labelFormatter={formatEpoch} />
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
              name={`${v.label} (validation)`}
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
      <p className="chart-legend">solid: training loss · dashed: validation loss</p>
    </ChartFrame>
  );
}
