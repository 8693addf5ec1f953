/**
 * Pictures of an activation function: a tiny glyph for node cards, and a plot with axes and the derivative
 * for the inspector (the derivative is what backpropagation multiplies by, so learners see where it vanishes).
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { sampleActivation, svgPath } from './activationMath';

const GLYPH = { width: 36, height: 22, xMin: -3, xMax: 3, yMin: -1.2, yMax: 1.8 };

export const ActivationGlyph = memo(function ActivationGlyph({ activation }: { activation: unknown }) {
  const curve = sampleActivation(activation, GLYPH.xMin, GLYPH.xMax, 24);
  if (!curve) return null;
  return (
    <svg
      className="activation-glyph"
      width={GLYPH.width}
      height={GLYPH.height}
      viewBox={`0 0 ${GLYPH.width} ${GLYPH.height}`}
      aria-hidden="true"
    >
      <line x1="0" x2={GLYPH.width} y1={GLYPH.height * (1.8 / 3)} y2={GLYPH.height * (1.8 / 3)} className="axis" />
      <path d={svgPath(curve.xs, curve.f, GLYPH)} className="curve" />
    </svg>
  );
});

const PLOT = { width: 240, height: 140, xMin: -4, xMax: 4, yMin: -1.5, yMax: 2.5 };

export function ActivationPlot({ activation }: { activation: unknown }) {
  const { t } = useTranslation();
  const curve = sampleActivation(activation, PLOT.xMin, PLOT.xMax, 96);
  if (!curve) return null;
  const toX = (x: number) => ((x - PLOT.xMin) / (PLOT.xMax - PLOT.xMin)) * PLOT.width;
  const toY = (y: number) => PLOT.height - ((y - PLOT.yMin) / (PLOT.yMax - PLOT.yMin)) * PLOT.height;
  const name = String(activation);
  return (
    <figure className="activation-plot">
      <svg
        width={PLOT.width}
        height={PLOT.height}
        viewBox={`0 0 ${PLOT.width} ${PLOT.height}`}
        role="img"
        aria-label={t('activationPlot.label', { name, min: PLOT.xMin, max: PLOT.xMax })}
      >
        {[-1, 1, 2].map((y) => (
          <line key={`y${y}`} x1={0} x2={PLOT.width} y1={toY(y)} y2={toY(y)} className="grid" />
        ))}
        {[-2, 2].map((x) => (
          <line key={`x${x}`} x1={toX(x)} x2={toX(x)} y1={0} y2={PLOT.height} className="grid" />
        ))}
        <line x1={0} x2={PLOT.width} y1={toY(0)} y2={toY(0)} className="axis" />
        <line x1={toX(0)} x2={toX(0)} y1={0} y2={PLOT.height} className="axis" />
        <path d={svgPath(curve.xs, curve.df, PLOT)} className="derivative" />
        <path d={svgPath(curve.xs, curve.f, PLOT)} className="curve" />
        <text x={toX(0) + 4} y={toY(1) - 3} className="tick">
          1
        </text>
        <text x={toX(2) + 2} y={toY(0) + 12} className="tick">
          2
        </text>
      </svg>
      <figcaption>
        <span className="legend-curve">— {name}</span>{' '}
        <span className="legend-derivative">{t('activationPlot.derivative')}</span>
      </figcaption>
    </figure>
  );
}
