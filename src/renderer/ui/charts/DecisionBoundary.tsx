/**
 * The decision boundary of a 2-D classifier as a heat map on a canvas, with the training points (filled)
 * and validation points (white-ringed) on top. Without a grid it is a plain scatter of the data, which is
 * also the data panel's preview of the 2-D sets.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../../engine';
import { boundaryPixels, type GridLike } from './boundaryImage';
import { ChartFrame } from './ChartFrame';
import { classColour } from './palette';

export interface BoundaryGrid extends GridLike {
  xRange: [number, number];
  yRange: [number, number];
  epoch: number;
}

export interface DecisionBoundaryProps {
  grid: BoundaryGrid | null;
  train: Dataset;
  validation: Dataset;
  /** Used for the axes when there is no grid yet. */
  xRange: [number, number];
  yRange: [number, number];
  title?: string;
  size?: number;
  testId?: string;
  /** Called with the clicked point in data units and a pick radius (8 pixels) in the same units. */
  onPick?: (x: number, y: number, radius: number) => void;
  /** A point to ring (the sample being stepped through). */
  picked?: readonly number[] | null;
}

const PICK_RADIUS_PX = 8;

function drawPoints(
  ctx: CanvasRenderingContext2D,
  data: Dataset,
  toX: (v: number) => number,
  toY: (v: number) => number,
  validation: boolean,
) {
  for (let i = 0; i < data.n; i++) {
    const px = toX(data.x[i * data.features]);
    const py = toY(data.x[i * data.features + 1]);
    ctx.beginPath();
    ctx.arc(px, py, validation ? 3.5 : 3, 0, Math.PI * 2);
    ctx.fillStyle = classColour(data.y[i]);
    ctx.fill();
    ctx.lineWidth = validation ? 1.5 : 0.7;
    ctx.strokeStyle = validation ? '#ffffff' : 'rgba(0,0,0,0.55)';
    ctx.stroke();
  }
}

export function DecisionBoundary({
  grid,
  train,
  validation,
  xRange,
  yRange,
  title: givenTitle,
  size = 320,
  testId = 'decision-boundary',
  onPick,
  picked = null,
}: DecisionBoundaryProps) {
  const { t } = useTranslation();
  const title = givenTitle ?? t('boundary.title');
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const xr = grid?.xRange ?? xRange;
    const yr = grid?.yRange ?? yRange;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, size, size);
    if (grid) {
      const n = grid.resolution;
      const image = new ImageData(boundaryPixels(grid, train.classes), n, n);
      const cells = document.createElement('canvas');
      cells.width = n;
      cells.height = n;
      cells.getContext('2d')?.putImageData(image, 0, 0);
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(cells, 0, 0, size, size);
    }
    const toX = (v: number) => ((v - xr[0]) / (xr[1] - xr[0])) * size;
    const toY = (v: number) => size - ((v - yr[0]) / (yr[1] - yr[0])) * size;
    drawPoints(ctx, train, toX, toY, false);
    drawPoints(ctx, validation, toX, toY, true);
    if (picked) {
      ctx.beginPath();
      ctx.arc(toX(picked[0]), toY(picked[1]), 7, 0, Math.PI * 2);
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = '#111111';
      ctx.stroke();
    }
  }, [grid, train, validation, xRange, yRange, size, picked]);

  const pick = (e: { clientX: number; clientY: number; currentTarget: HTMLCanvasElement }) => {
    if (!onPick) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const xr = grid?.xRange ?? xRange;
    const yr = grid?.yRange ?? yRange;
    // The picture keeps its square shape in the element's top-left corner (object-fit: contain).
    const side = Math.min(rect.width, rect.height);
    const px = ((e.clientX - rect.left) / side) * size;
    const py = ((e.clientY - rect.top) / side) * size;
    if (px > size || py > size) return;
    const x = xr[0] + (px / size) * (xr[1] - xr[0]);
    const y = yr[0] + ((size - py) / size) * (yr[1] - yr[0]);
    onPick(x, y, (PICK_RADIUS_PX / size) * (xr[1] - xr[0]));
  };

  const label = grid
    ? t('boundary.label', { title, epoch: grid.epoch, train: train.n, validation: validation.n })
    : t('boundary.scatter', { train: train.n, validation: validation.n });
  return (
    <ChartFrame title={title} label={label} data={{ epoch: grid?.epoch ?? '' }} testId={testId}>
      <canvas
        ref={canvas}
        width={size}
        height={size}
        className={`boundary-canvas${onPick ? ' is-pickable' : ''}`}
        onClick={onPick ? pick : undefined}
      />
      <p className="chart-legend">
        {t('boundary.points')}
        {grid ? t('boundary.shading') : ''}
      </p>
    </ChartFrame>
  );
}
