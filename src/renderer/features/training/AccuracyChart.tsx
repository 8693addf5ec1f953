/** Training and validation accuracy per epoch (classification only), in percent. */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, LineChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { EpochMetrics } from '../../../engine';
import { ChartFrame } from '../../ui/charts/ChartFrame';
import { EPOCH_DOMAIN, EVERY_TICK, MARGIN, SERIES_LINE } from '../../ui/charts/chartProps';
import { decimateBy } from '../../ui/charts/decimate';
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
const ACCURACY_VALUES = [(m: EpochMetrics) => m.trainAccuracy, (m: EpochMetrics) => m.valAccuracy];
const formatTooltip = (value: unknown, name: unknown): [string, string] => [
  typeof value === 'number' ? `${value.toFixed(2)}%` : String(value),
  String(name),
];

export const AccuracyChart = memo(function AccuracyChart({
  history,
  title: givenTitle,
  height = 220,
}: AccuracyChartProps) {
  const { t, i18n } = useTranslation();
  const title = givenTitle ?? t('accuracy.title');
  // Made once per language (recharts re-registers a prop that changes identity; toLocaleString with options
  // would build a new formatter on every redraw).
  const formatEpoch = useMemo(
    () => (epoch: unknown) => t('charts.epochTip', { epoch: String(epoch) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t changes with the language
    [i18n.language],
  );
  const percent = useMemo(
    () =>
      new Intl.NumberFormat(i18n.language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    [i18n.language],
  );
  // Decimated before the points are built (see LossChart); the last epoch is always kept.
  const all = useMemo(() => finiteHistory(history), [history]);
  const data = useMemo(() => accuracySeries(decimateBy(all, MAX_CHART_POINTS, [], ACCURACY_VALUES)), [all]);
  const last = data[data.length - 1];
  // A history without accuracy (regression) has no epochs to show here.
  const epochs = data.length > 0 ? all.length : 0;
  const label =
    t('accuracy.label', { title, count: epochs }) +
    (last?.validation != null
      ? t('accuracy.now', {
          percent: percent.format(last.validation / 100),
        })
      : '');
  return (
    <ChartFrame title={title} label={label} data={{ epochs }} testId="accuracy-chart">
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={data} margin={MARGIN}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis dataKey="epoch" type="number" domain={EPOCH_DOMAIN} allowDecimals={false} interval={EVERY_TICK} />
          <YAxis domain={PERCENT_DOMAIN} unit="%" width={56} interval={EVERY_TICK} />
          <Tooltip formatter={formatTooltip} labelFormatter={formatEpoch} />
          <Legend />
          <Line dataKey="train" name={t('accuracy.training')} stroke={TRAIN_COLOUR} {...SERIES_LINE} />
          <Line dataKey="validation" name={t('accuracy.validation')} stroke={VALIDATION_COLOUR} {...SERIES_LINE} />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
