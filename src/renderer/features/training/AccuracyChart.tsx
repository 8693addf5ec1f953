/** Training and validation accuracy per epoch (classification only), in percent. */
import { memo, useMemo } from 'react';
import { CartesianGrid, LineChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { EpochMetrics } from '../../../engine';
import { ChartFrame } from '../../ui/charts/ChartFrame';
import { EPOCH_DOMAIN, EVERY_TICK, MARGIN, SERIES_LINE, formatEpoch } from '../../ui/charts/chartProps';
import { decimateSeries } from '../../ui/charts/decimate';
import { MAX_CHART_POINTS, accuracySeries, finiteHistory } from '../../ui/charts/lossSeries';
import { TRAIN_COLOUR, VALIDATION_COLOUR } from '../../ui/charts/palette';

export interface AccuracyChartProps {
  history: readonly EpochMetrics[];
  title?: string;
  /** Pixels, or a percentage of the frame's plot area when the frame is sized by its container. */
  height?: number | `${number}%`;
}

// Props made once, so a redraw re-registers only the data with recharts (see LossChart).
const PERCENT_DOMAIN = [0, 100];
const ACCURACY_KEYS = ['trainAccuracy', 'valAccuracy'];
const formatTooltip = (value: unknown, name: unknown): [string, string] => [
  typeof value === 'number' ? `${value.toFixed(2)}%` : String(value),
  String(name),
];

export const AccuracyChart = memo(function AccuracyChart({
  history,
  title = 'Accuracy',
  height = 220,
}: AccuracyChartProps) {
  // Decimated before the points are built (see LossChart); the last epoch is always kept.
  const all = useMemo(() => finiteHistory(history), [history]);
  const data = useMemo(() => accuracySeries(decimateSeries(all, MAX_CHART_POINTS, [], ACCURACY_KEYS)), [all]);
  const last = data[data.length - 1];
  // A history without accuracy (regression) has no epochs to show here.
  const epochs = data.length > 0 ? all.length : 0;
  const label =
    `${title} chart: training and validation accuracy over ${epochs} epochs` +
    (last?.validation != null ? `; validation accuracy now ${last.validation.toFixed(1)}%` : '');
  return (
    <ChartFrame title={title} label={label} data={{ epochs }} testId="accuracy-chart">
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={data} margin={MARGIN}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis dataKey="epoch" type="number" domain={EPOCH_DOMAIN} allowDecimals={false} interval={EVERY_TICK} />
          <YAxis domain={PERCENT_DOMAIN} unit="%" width={56} interval={EVERY_TICK} />
          <Tooltip formatter={formatTooltip} labelFormatter={formatEpoch} />
          <Legend />
          <Line dataKey="train" name="training accuracy" stroke={TRAIN_COLOUR} {...SERIES_LINE} />
          <Line dataKey="validation" name="validation accuracy" stroke={VALIDATION_COLOUR} {...SERIES_LINE} />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
