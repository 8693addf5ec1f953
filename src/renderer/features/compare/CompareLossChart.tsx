/**
 * Every variant's loss curves on one chart: training solid, validation dashed, one colour per variant. The
 * legend lists each variant once (its value); the line styles are explained beside it.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../ui/charts/ChartFrame';
import { formatLoss } from '../../ui/charts/LossChart';
import { finiteHistory } from '../../ui/charts/lossSeries';
import type { VariantRun } from './compareTypes';
import { variantColour } from './colours';

type Row = Record<string, number | null>;

/** Most epochs drawn per curve; longer runs are thinned evenly (the last epoch is always kept). */
export const MAX_CHART_ROWS = 400;

function thin(rows: Row[], max: number): Row[] {
  if (rows.length <= max) return rows;
  const step = rows.length / max;
  const out: Row[] = [];
  for (let i = 0; i < max - 1; i++) out.push(rows[Math.floor(i * step)]);
  out.push(rows[rows.length - 1]);
  return out;
}

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
  return thin(
    [...rows.values()].sort((a, b) => (a.epoch as number) - (b.epoch as number)),
    max,
  );
}

export function CompareLossChart({ variants, height = 300 }: { variants: readonly VariantRun[]; height?: number }) {
  const { t, i18n } = useTranslation();
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
        <LineChart data={rows} margin={{ top: 12, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis
            dataKey="epoch"
            type="number"
            domain={['dataMin', 'dataMax']}
            allowDecimals={false}
            label={{ value: t('charts.epoch'), position: 'insideBottomRight', offset: -4 }}
          />
          <YAxis
            scale={log ? 'log' : 'linear'}
            domain={log ? ['auto', 'auto'] : [0, 'auto']}
            allowDataOverflow={log}
            tickFormatter={(v: number) => Number(v.toPrecision(2)).toLocaleString(i18n.language)}
            width={56}
          />
          <Tooltip
            formatter={(value, name) => [formatLoss(value), name]}
            labelFormatter={(epoch) => t('compare.chart.epochTip', { epoch: String(epoch) })}
          />
          {/* Legend in variant order (recharts sorts by name unless told otherwise); the key is t<i>. */}
          <Legend itemSorter={(item) => Number(String(item.dataKey).slice(1))} />
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
