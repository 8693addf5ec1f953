/**
 * Activation curves for drawing, sampled from the engine's own activation functions and derivatives, so
 * the plot shows exactly what training computes.
 */
import { ACTIVATIONS, type ActivationName } from '../../../engine';
import { elementwiseActivation, softmaxRows } from '../../../engine/ops/activations';

export interface Box {
  width: number;
  height: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface SampledCurve {
  xs: Float32Array;
  f: Float32Array;
  df: Float32Array;
}

const isActivation = (name: unknown): name is ActivationName =>
  typeof name === 'string' && (ACTIVATIONS as readonly string[]).includes(name);

/** How an activation is written in a formula: "relu(z)". */
export function activationWords(name: unknown): string {
  return `${String(name)}(z)`;
}

/**
 * Samples f and f′ at `samples + 1` evenly spaced points. Softmax mixes a whole row, so it is drawn for one
 * unit against a second fixed at 0, where it equals the sigmoid; its slope is p(1 − p).
 */
export function sampleActivation(name: unknown, xMin: number, xMax: number, samples: number): SampledCurve | null {
  if (!isActivation(name)) return null;
  const n = samples + 1;
  const xs = new Float32Array(n);
  for (let i = 0; i < n; i++) xs[i] = xMin + ((xMax - xMin) * i) / samples;
  const f = new Float32Array(n);
  const df = new Float32Array(n);
  if (name === 'softmax') {
    const pair = new Float32Array(2);
    const out = new Float32Array(2);
    for (let i = 0; i < n; i++) {
      pair[0] = xs[i]!;
      pair[1] = 0;
      softmaxRows(pair, out, 1, 2);
      f[i] = out[0]!;
      df[i] = out[0]! * (1 - out[0]!);
    }
  } else {
    const activation = elementwiseActivation(name);
    activation.forward(xs, f, n);
    activation.backward(xs, f, new Float32Array(n).fill(1), df, n);
  }
  return { xs, f, df };
}

/** An SVG path through the points (xs[i], ys[i]) mapped into the box, with y clamped to its range. */
export function svgPath(xs: Float32Array, ys: Float32Array, box: Box): string {
  const { width, height, xMin, xMax, yMin, yMax } = box;
  const points: string[] = [];
  for (let i = 0; i < xs.length; i++) {
    const y = Math.min(yMax, Math.max(yMin, ys[i]!));
    const px = ((xs[i]! - xMin) / (xMax - xMin)) * width;
    const py = height - ((y - yMin) / (yMax - yMin)) * height;
    points.push(`${i === 0 ? 'M' : 'L'}${px.toFixed(1)},${py.toFixed(1)}`);
  }
  return points.join(' ');
}
