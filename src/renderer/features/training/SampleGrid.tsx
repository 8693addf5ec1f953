/**
 * Validation samples with their true label and, once trained, the network's prediction; wrong ones are
 * framed in red. Digit images (784 = 28×28 inputs) are drawn on a canvas, other data as a table.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../engine';
import { ChartFrame } from '../../ui/charts/ChartFrame';

export interface SampleGridProps {
  samples: Dataset;
  /** Predicted class per sample (same order), or null before training. */
  predicted: ArrayLike<number> | null;
  title?: string;
  /** How many samples to show. */
  count?: number;
  testId?: string;
  /** Called with the index of a clicked sample (to step through it). */
  onPick?: (index: number) => void;
}

const SIDE = 28;
const SCALE = 2;
const CELL_W = SIDE * SCALE + 8;
const CELL_H = SIDE * SCALE + 22;
const COLUMNS = 8;

/** All `count` digits side by side in one 28-pixel-high canvas, dark ink on white like paper. */
function digitSheet(samples: Dataset, count: number): HTMLCanvasElement {
  const sheet = document.createElement('canvas');
  sheet.width = Math.max(1, count) * SIDE;
  sheet.height = SIDE;
  const ctx = sheet.getContext('2d');
  if (!ctx || count === 0) return sheet;
  const image = ctx.createImageData(sheet.width, SIDE);
  for (let s = 0; s < count; s++) {
    const base = s * samples.features;
    for (let p = 0; p < SIDE * SIDE; p++) {
      const ink = 255 - Math.round(Math.min(1, Math.max(0, samples.x[base + p])) * 255);
      const o = ((p / SIDE) | 0) * sheet.width * 4 + (s * SIDE + (p % SIDE)) * 4;
      image.data[o] = ink;
      image.data[o + 1] = ink;
      image.data[o + 2] = ink;
      image.data[o + 3] = 255;
    }
  }
  ctx.putImageData(image, 0, 0);
  return sheet;
}

function DigitCanvas({
  samples,
  predicted,
  count,
  onPick,
}: {
  samples: Dataset;
  predicted: ArrayLike<number> | null;
  count: number;
  onPick?: (index: number) => void;
}) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const rows = Math.ceil(count / COLUMNS);
  // The digit images change only with the samples; predictions arrive about once a second while training,
  // so the images are drawn once into one sheet and each update only copies it and writes the labels.
  const sheet = useMemo(() => digitSheet(samples, count), [samples, count]);
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, COLUMNS * CELL_W, rows * CELL_H);
    ctx.font = '11px system-ui, sans-serif';
    ctx.imageSmoothingEnabled = false;
    for (let s = 0; s < count; s++) {
      const x = (s % COLUMNS) * CELL_W + 4;
      const y = Math.floor(s / COLUMNS) * CELL_H + 2;
      ctx.drawImage(sheet, s * SIDE, 0, SIDE, SIDE, x, y, SIDE * SCALE, SIDE * SCALE);
      const truth = samples.y[s];
      const wrong = predicted !== null && predicted[s] !== truth;
      if (wrong) {
        ctx.strokeStyle = '#d62728';
        ctx.lineWidth = 2;
        ctx.strokeRect(x - 1, y - 1, SIDE * SCALE + 2, SIDE * SCALE + 2);
      }
      ctx.fillStyle = wrong ? '#d62728' : '#222';
      const text =
        predicted === null
          ? `${samples.classNames[truth] ?? truth}`
          : wrong
            ? t('samples.wrongDigit', { predicted: predicted[s], actual: truth })
            : `${truth} ✓`;
      ctx.fillText(text, x, y + SIDE * SCALE + 13);
    }
  }, [samples, predicted, count, rows, sheet, t]);
  const pick = (e: { clientX: number; clientY: number; currentTarget: HTMLCanvasElement }) => {
    const rect = e.currentTarget.getBoundingClientRect();
    // The sheet keeps its proportions in the element's top-left corner (object-fit: contain).
    const scale = Math.min(rect.width / (COLUMNS * CELL_W), rect.height / (rows * CELL_H));
    const column = Math.floor((e.clientX - rect.left) / scale / CELL_W);
    const row = Math.floor((e.clientY - rect.top) / scale / CELL_H);
    if (column >= COLUMNS) return;
    const index = row * COLUMNS + column;
    if (onPick && index >= 0 && index < count) onPick(index);
  };
  return (
    <canvas
      ref={canvas}
      width={COLUMNS * CELL_W}
      height={rows * CELL_H}
      className={`sample-canvas${onPick ? ' is-pickable' : ''}`}
      onClick={onPick ? pick : undefined}
    />
  );
}

function SampleTable({
  samples,
  predicted,
  count,
  onPick,
}: {
  samples: Dataset;
  predicted: ArrayLike<number> | null;
  count: number;
  onPick?: (index: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const name = (c: number) => samples.classNames[c] ?? String(c);
  const value = (v: number) => v.toLocaleString(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <table className="data-table">
      <thead>
        <tr>
          {samples.featureNames.map((f) => (
            <th key={f}>{f}</th>
          ))}
          <th>{t('matrix.true')}</th>
          {predicted && <th>{t('matrix.predicted')}</th>}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: count }, (_, s) => {
          const wrong = predicted !== null && predicted[s] !== samples.y[s];
          return (
            <tr
              key={s}
              className={`${wrong ? 'is-wrong' : ''}${onPick ? ' is-pickable' : ''}`.trim() || undefined}
              onClick={onPick ? () => onPick(s) : undefined}
              onKeyDown={onPick ? (e) => e.key === 'Enter' && onPick(s) : undefined}
              tabIndex={onPick ? 0 : undefined}
              data-testid={onPick ? `sample-row-${s}` : undefined}
            >
              {samples.featureNames.map((f, k) => (
                <td key={f}>{value(samples.x[s * samples.features + k])}</td>
              ))}
              <td>{samples.task === 'classification' ? name(samples.y[s]) : samples.y[s].toFixed(3)}</td>
              {predicted && <td>{wrong ? `✗ ${name(predicted[s])}` : `✓ ${name(predicted[s])}`}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function SampleGrid({
  samples,
  predicted,
  title: givenTitle,
  count,
  testId = 'sample-grid',
  onPick,
}: SampleGridProps) {
  const { t } = useTranslation();
  const title = givenTitle ?? t('samples.title');
  const isImage = samples.features === SIDE * SIDE;
  const shown = Math.min(samples.n, count ?? (isImage ? 32 : 12));
  let wrong = 0;
  if (predicted) for (let s = 0; s < shown; s++) if (predicted[s] !== samples.y[s]) wrong += 1;
  const label = predicted
    ? t('samples.labelPredicted', { title, count: shown, wrong })
    : t('samples.label', { title, count: shown });
  return (
    <ChartFrame title={title} label={label} testId={testId} data={{ wrong: predicted ? wrong : '' }}>
      {isImage ? (
        <DigitCanvas samples={samples} predicted={predicted} count={shown} onPick={onPick} />
      ) : (
        <SampleTable samples={samples} predicted={predicted} count={shown} onPick={onPick} />
      )}
    </ChartFrame>
  );
}
