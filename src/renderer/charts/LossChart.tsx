/**
 * Training and validation loss per epoch. The band between the two curves is shaded: when validation loss
 * rises while training loss keeps falling, the growing band is the network memorising its training data.
 * The epoch of lowest validation loss is marked once it has clearly stopped improving.
 */
import { memo, useMemo, useState } from 'react';
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
import type { EpochMetrics } from '../../engine';
import { ChartFrame } from './ChartFrame';
import { lossSeries, memorisationPoint, smallestPositiveLoss, thinSeries } from './lossSeries';
import { BEST_COLOUR, GAP_COLOUR, TRAIN_COLOUR, VALIDATION_COLOUR } from './palette';

export const MEMORISE_LABEL = 'validation loss stops improving here — the network starts to memorise';

export interface LossChartProps {
  history: readonly EpochMetrics[];
  title?: string;
  height?: number;
  /** Shade the train/validation gap (default true). */
  showGap?: boolean;
  /** Mark the epoch of lowest validation loss (default true). */
  showBest?: boolean;
}

export const formatLoss = (v: unknown): string =>
  typeof v === 'number' ? v.toPrecision(4) : Array.isArray(v) ? v.map(formatLoss).join(' – ') : String(v);

export const LossChart = memo(function LossChart({
  history,
  title = 'Loss',
  height = 260,
  showGap = true,
  showBest = true,
}: LossChartProps) {
  const [log, setLog] = useState(false);
  const all = useMemo(() => lossSeries(history), [history]);
  const best = useMemo(() => (showBest ? memorisationPoint(history) : null), [history, showBest]);
  const data = useMemo(() => thinSeries(all, undefined, best ? [best.epoch] : []), [all, best]);
  const floor = smallestPositiveLoss(data);
  const hasGap = showGap && data.some((p) => p.gap !== null);

  const tools = (
    <label className="chart-toggle">
      <input type="checkbox" checked={log} onChange={(e) => setLog(e.target.checked)} /> Log scale
    </label>
  );
  return (
    <ChartFrame
      title={title}
      label={`${title} chart: training and validation loss over ${all.length} epochs${best ? `; validation loss was lowest at epoch ${best.epoch}` : ''}`}
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
        <ComposedChart data={data} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis
            dataKey="epoch"
            type="number"
            domain={['dataMin', 'dataMax']}
            allowDecimals={false}
            label={{ value: 'epoch', position: 'insideBottomRight', offset: -4 }}
          />
          <YAxis
            scale={log ? 'log' : 'linear'}
            domain={log && floor !== null ? [floor, 'auto'] : [0, 'auto']}
            allowDataOverflow={log}
            tickFormatter={(v: number) => Number(v.toPrecision(2)).toString()}
            width={56}
          />
          <Tooltip
            formatter={(value, name) => [formatLoss(value), name]}
            labelFormatter={(epoch) => `epoch ${String(epoch)}`}
          />
          <Legend />
          {hasGap && (
            <Area
              dataKey="gap"
              name="gap (validation − training)"
              stroke="none"
              fill={GAP_COLOUR}
              fillOpacity={0.3}
              isAnimationActive={false}
              className="loss-gap"
            />
          )}
          <Line
            dataKey="train"
            name="training loss"
            stroke={TRAIN_COLOUR}
            dot={false}
            strokeWidth={2}
            isAnimationActive={false}
            connectNulls
          />
          <Line
            dataKey="validation"
            name="validation loss"
            stroke={VALIDATION_COLOUR}
            dot={false}
            strokeWidth={2}
            isAnimationActive={false}
            connectNulls
          />
          {best && (
            <ReferenceLine
              x={best.epoch}
              stroke={BEST_COLOUR}
              strokeDasharray="4 3"
              className="best-epoch"
              label={{ value: MEMORISE_LABEL, position: 'insideTopLeft', fill: BEST_COLOUR, fontSize: 12 }}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
});
