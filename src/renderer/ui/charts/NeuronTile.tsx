/**
 * One unit's picture on a small canvas: its activation over the plane (2-D data), its curve along x (1-D
 * regression; the output's unit also shows the weighted pieces of the layer before it, their sum and the
 * target), its mean activation per class as bars (other data), or on the digits a first layer's 784 weights
 * as a 28×28 image. It draws what the worker sent and computes nothing of the model.
 */
import { useEffect, useRef } from 'react';
import type { NeuronsEvent, NodeNeurons } from '../../../engine';
import { neuronColour, scaleOf, squarePixels, weightScale, type NeuronScale } from './neuronImage';
import { classColour, TRAIN_COLOUR } from './palette';

const DIGIT_SIDE = 28;

export interface NeuronTileProps {
  event: NeuronsEvent;
  picture: NodeNeurons;
  unit: number;
  /** CSS pixels per side. */
  size: number;
  testId?: string;
}

/** Whether a unit's tile is its weights as a digit-sized image rather than its mean activation per class. */
export const showsWeightImage = (event: NeuronsEvent, p: NodeNeurons): boolean =>
  event.kind === 'classes' && p.weights?.readsInput === true && p.weights.inputs === DIGIT_SIDE * DIGIT_SIDE;

function paintSquare(canvas: HTMLCanvasElement, pixels: Uint8ClampedArray<ArrayBuffer>, side: number): void {
  canvas.width = side;
  canvas.height = side;
  canvas.getContext('2d')?.putImageData(new ImageData(pixels, side, side), 0, 0);
}

function yRange(scale: NeuronScale): [number, number] {
  return scale.kind === 'diverging' ? [-scale.max, scale.max] : [0, scale.max];
}

function paintCurves(canvas: HTMLCanvasElement, event: NeuronsEvent, p: NodeNeurons, unit: number, px: number): void {
  canvas.width = px;
  canvas.height = px;
  const ctx = canvas.getContext('2d');
  const x = event.x;
  if (!ctx || !x || x.length < 2) return;
  const points = x.length;
  const pieces = unit === 0 ? p.contributions : undefined;
  let [lo, hi] = yRange(scaleOf(p));
  if (pieces) {
    const all = [...pieces.values, ...pieces.sum, ...(event.target?.y ?? [])];
    lo = Math.min(...all);
    hi = Math.max(...all);
  }
  const span = hi - lo || 1;
  const toX = (v: number) => ((v - x[0]) / (x[points - 1] - x[0] || 1)) * px;
  const toY = (v: number) => px - ((v - lo) / span) * px;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, px, px);
  ctx.strokeStyle = 'rgba(0,0,0,0.25)';
  ctx.beginPath();
  ctx.moveTo(0, toY(0));
  ctx.lineTo(px, toY(0));
  ctx.stroke();
  const line = (values: Float32Array, offset: number, colour: string, width: number) => {
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.beginPath();
    for (let i = 0; i < points; i++) {
      const yy = toY(values[offset + i]);
      if (i === 0) ctx.moveTo(toX(x[i]), yy);
      else ctx.lineTo(toX(x[i]), yy);
    }
    ctx.stroke();
  };
  if (pieces) {
    if (event.target) {
      ctx.fillStyle = 'rgba(0,0,0,0.35)';
      const { x: tx, y: ty } = event.target;
      for (let i = 0; i < tx.length; i++) ctx.fillRect(toX(tx[i]) - 1, toY(ty[i]) - 1, 2, 2);
    }
    for (let j = 0; j < pieces.count; j++) line(pieces.values, j * points, classColour(j + 2), 1);
    line(pieces.sum, 0, TRAIN_COLOUR, 2.5);
    return;
  }
  line(p.values, unit * p.cells, TRAIN_COLOUR, 2);
}

function paintBars(canvas: HTMLCanvasElement, p: NodeNeurons, unit: number, px: number): void {
  canvas.width = px;
  canvas.height = px;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const scale = scaleOf(p);
  const [lo, hi] = yRange(scale);
  const toY = (v: number) => px - ((Math.max(lo, Math.min(hi, v)) - lo) / (hi - lo)) * px;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, px, px);
  const classes = p.cells;
  const bar = px / Math.max(1, classes);
  for (let c = 0; c < classes; c++) {
    const v = p.values[unit * classes + c];
    const top = Math.min(toY(v), toY(0));
    ctx.fillStyle = classes > 1 ? classColour(c) : `rgb(${neuronColour(v, scale).join(',')})`;
    ctx.fillRect(c * bar + 1, top, Math.max(1, bar - 2), Math.max(1, Math.abs(toY(v) - toY(0))));
  }
}

export function NeuronTile({ event, picture, unit, size, testId }: NeuronTileProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const c = canvas.current;
    if (!c || unit >= picture.shown) return;
    if (event.kind === 'plane' && event.resolution) {
      const side = event.resolution;
      paintSquare(c, squarePixels(picture.values, unit * picture.cells, side, scaleOf(picture)), side);
    } else if (showsWeightImage(event, picture)) {
      const w = picture.weights!;
      paintSquare(c, squarePixels(w.kernel, unit * w.inputs, DIGIT_SIDE, weightScale(w.kernel), false), DIGIT_SIDE);
    } else if (event.kind === 'curve') paintCurves(c, event, picture, unit, Math.round(size * 2));
    else paintBars(c, picture, unit, Math.round(size * 2));
  }, [event, picture, unit, size]);
  return (
    <canvas ref={canvas} className="neuron-tile-canvas" style={{ width: size, height: size }} data-testid={testId} />
  );
}
