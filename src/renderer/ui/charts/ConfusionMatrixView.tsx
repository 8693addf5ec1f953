/**
 * The confusion matrix as SVG: rows are the true class, columns the predicted one, darker for more
 * samples; the diagonal is what the network got right. Each cell's <title> shows its exact count on hover.
 */
import { useTranslation } from 'react-i18next';
import type { ConfusionMatrix } from './confusion';
import { CHART_FONT } from './palette';
import { ChartFrame } from './ChartFrame';

export interface ConfusionMatrixViewProps {
  matrix: ConfusionMatrix;
  classNames: string[];
  title?: string;
}

const CELL = 36;
const MARGIN = 84;

export function ConfusionMatrixView({ matrix, classNames, title: givenTitle }: ConfusionMatrixViewProps) {
  const { t: tr, i18n } = useTranslation();
  const title = givenTitle ?? tr('matrix.title');
  const k = matrix.classes;
  const size = MARGIN + k * CELL + 8;
  const max = Math.max(1, ...matrix.counts.flat());
  const name = (c: number) => classNames[c] ?? String(c);
  const accuracy = matrix.total > 0 ? matrix.correct / matrix.total : 0;
  const percent = accuracy.toLocaleString(i18n.language, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return (
    <ChartFrame
      title={title}
      label={tr('matrix.label', { title, correct: matrix.correct, total: matrix.total, percent })}
      testId="confusion-matrix"
      data={{ correct: matrix.correct, total: matrix.total }}
    >
      <svg
        data-chart="confusion"
        width={size}
        height={size}
        viewBox={`0 0 ${size} ${size}`}
        xmlns="http://www.w3.org/2000/svg"
        fontFamily={CHART_FONT}
      >
        <rect width={size} height={size} fill="#fff" />
        <text x={MARGIN + (k * CELL) / 2} y={12} fontSize={11} textAnchor="middle">
          {tr('matrix.predicted')}
        </text>
        <text
          x={10}
          y={MARGIN + (k * CELL) / 2}
          fontSize={11}
          textAnchor="middle"
          transform={`rotate(-90 10 ${MARGIN + (k * CELL) / 2})`}
        >
          {tr('matrix.true')}
        </text>
        {Array.from({ length: k }, (_, c) => (
          <g key={`labels-${c}`} fontSize={10}>
            <text
              x={MARGIN + c * CELL + CELL / 2}
              y={MARGIN - 6}
              textAnchor="end"
              transform={`rotate(-45 ${MARGIN + c * CELL + CELL / 2} ${MARGIN - 6})`}
            >
              {name(c).slice(0, 10)}
            </text>
            <text x={MARGIN - 6} y={MARGIN + c * CELL + CELL / 2 + 4} textAnchor="end">
              {name(c).slice(0, 10)}
            </text>
          </g>
        ))}
        {matrix.counts.map((row, t) =>
          row.map((count, p) => {
            const shade = count / max;
            const fill =
              t === p
                ? `rgba(46,134,171,${0.1 + 0.9 * shade})`
                : `rgba(228,87,46,${count > 0 ? 0.15 + 0.85 * shade : 0})`;
            return (
              <g key={`${t}-${p}`}>
                <rect
                  x={MARGIN + p * CELL}
                  y={MARGIN + t * CELL}
                  width={CELL - 2}
                  height={CELL - 2}
                  fill={fill}
                  stroke="#ccc"
                >
                  <title>{tr('matrix.cell', { actual: name(t), predicted: name(p), count })}</title>
                </rect>
                <text
                  x={MARGIN + p * CELL + CELL / 2 - 1}
                  y={MARGIN + t * CELL + CELL / 2 + 3}
                  fontSize={10}
                  textAnchor="middle"
                  fill={shade > 0.6 ? '#fff' : '#222'}
                  pointerEvents="none"
                >
                  {count}
                </text>
              </g>
            );
          }),
        )}
      </svg>
    </ChartFrame>
  );
}
