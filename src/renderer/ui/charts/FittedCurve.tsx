/** A 1-D regression: the data points and, once trained, the network's curve through them. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Dataset } from '../../../engine';
import { ChartFrame } from './ChartFrame';
import { TRAIN_COLOUR, VALIDATION_COLOUR } from './palette';

export interface FittedCurveProps {
  train: Dataset;
  validation: Dataset;
  /** The network's output at each x, or null before training. */
  curve: { x: Float32Array; values: Float32Array } | null;
  title?: string;
  /** Pixels, or a percentage of the frame's plot area when the frame is sized by its container. */
  height?: number | `${number}%`;
  testId?: string;
  /** A click on a data point: which half and its row (the step-through's sample). */
  onPickPoint?: (split: 'train' | 'validation', index: number) => void;
}

const points = (d: Dataset) =>
  Array.from({ length: d.n }, (_, i) => ({ x: d.x[i * d.features], y: d.y[i * d.targets] }));

export function FittedCurve({
  train,
  validation,
  curve,
  title: givenTitle,
  height = 280,
  testId = 'fitted-curve',
  onPickPoint,
}: FittedCurveProps) {
  const { t, i18n } = useTranslation();
  const title = givenTitle ?? t('fitted.title');
  const tick = (v: number) => v.toLocaleString(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const trainPoints = useMemo(() => points(train), [train]);
  const validationPoints = useMemo(() => points(validation), [validation]);
  const line = useMemo(() => (curve ? Array.from(curve.x, (x, i) => ({ x, y: curve.values[i] })) : []), [curve]);
  return (
    <ChartFrame
      title={title}
      label={t(curve ? 'fitted.labelCurve' : 'fitted.label', { title, train: train.n, validation: validation.n })}
      testId={testId}
      data={{ points: line.length }}
    >
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis dataKey="x" type="number" domain={['auto', 'auto']} tickFormatter={tick} />
          <YAxis dataKey="y" type="number" domain={['auto', 'auto']} tickFormatter={tick} width={48} />
          <Tooltip formatter={(value) => (typeof value === 'number' ? value.toPrecision(4) : String(value))} />
          <Legend />
          <Scatter
            data={trainPoints}
            name={t('fitted.training')}
            fill={TRAIN_COLOUR}
            isAnimationActive={false}
            className={onPickPoint ? 'is-pickable' : undefined}
            onClick={onPickPoint ? (_point, index) => onPickPoint('train', index) : undefined}
          />
          <Scatter
            data={validationPoints}
            name={t('fitted.validation')}
            fill={VALIDATION_COLOUR}
            isAnimationActive={false}
            className={onPickPoint ? 'is-pickable' : undefined}
            onClick={onPickPoint ? (_point, index) => onPickPoint('validation', index) : undefined}
          />
          {curve && (
            <Line
              data={line}
              dataKey="y"
              name={t('fitted.network')}
              stroke="#222"
              dot={false}
              strokeWidth={2}
              isAnimationActive={false}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
