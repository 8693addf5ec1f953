/** Training and validation accuracy per epoch (classification only), in percent. */
import { memo, useMemo } from 'react';
import { CartesianGrid, LineChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { EpochMetrics } from '../../engine';
import { ChartFrame } from './ChartFrame';
import { accuracySeries, thinSeries } from './lossSeries';
import { TRAIN_COLOUR, VALIDATION_COLOUR } from './palette';

export interface AccuracyChartProps {
  history: readonly EpochMetrics[];
  title?: string;
  height?: number;
}

// Props made once, so a redraw re-registers only the data with recharts (see LossChart).
const MARGIN = { top: 16, right: 24, bottom: 8, left: 8 };
const EPOCH_DOMAIN = ['dataMin', 'dataMax'] as const;
const PERCENT_DOMAIN = [0, 100];
// A handful of short tick labels: showing every tick spares recharts measuring their text (see LossChart).
const EVERY_TICK = 0;
const formatTooltip = (value: unknown, name: unknown): [string, string] => [
  typeof value === 'number' ? `${value.toFixed(2)}%` : String(value),
  String(name),
];
const formatEpoch = (epoch: unknown) => `epoch ${String(epoch)}`;

export const AccuracyChart = memo(function AccuracyChart({
  history,
  title = 'Accuracy',
  height = 220,
}: AccuracyChartProps) {
  const all = useMemo(() => accuracySeries(history), [history]);
  const data = useMemo(() => thinSeries(all), [all]);
  const last = all[all.length - 1];
  const label =
    `${title} chart: training and validation accuracy over ${all.length} epochs` +
    (last?.validation != null ? `; validation accuracy now ${last.validation.toFixed(1)}%` : '');
  return (
    <ChartFrame title={title} label={label} data={{ epochs: all.length }} testId="accuracy-chart">
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={data} margin={MARGIN}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis dataKey="epoch" type="number" domain={EPOCH_DOMAIN} allowDecimals={false} interval={EVERY_TICK} />
          <YAxis domain={PERCENT_DOMAIN} unit="%" width={56} interval={EVERY_TICK} />
          <Tooltip formatter={formatTooltip} labelFormatter={formatEpoch} />
          <Legend />
          <Line
            dataKey="train"
            name="training accuracy"
            stroke={TRAIN_COLOUR}
            dot={false}
            strokeWidth={2}
            isAnimationActive={false}
            connectNulls
          />
          <Line
            dataKey="validation"
            name="validation accuracy"
            stroke={VALIDATION_COLOUR}
            dot={false}
            strokeWidth={2}
            isAnimationActive={false}
            connectNulls
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
