/**
 * Colours of neuron pictures, in the decision boundary's colours (palette.ts: class 0 below, class 1 above,
 * white between): a diverging map centred on 0 for activations that go both ways (tanh, linear, …), and
 * 0 → max for sigmoid and softmax (0 → 1) and ReLU (0 → the node's largest output, clipped there). Pure.
 */
import type { ActivationName, NodeNeurons } from '../../../engine';
import { classColour, rgbOf } from './palette';

export interface NeuronScale {
  /** diverging: −max … 0 … max; sequential: 0 … max. */
  kind: 'diverging' | 'sequential';
  max: number;
}

/** How far a colour goes toward the class colour at the end of the scale (a little more than the boundary's tint). */
const STRENGTH = 0.85;

export function neuronScale(activation: ActivationName, min: number, max: number): NeuronScale {
  if (activation === 'sigmoid' || activation === 'softmax') return { kind: 'sequential', max: 1 };
  if (activation === 'relu') return { kind: 'sequential', max: max > 0 ? max : 1 };
  if (activation === 'tanh') return { kind: 'diverging', max: 1 };
  const m = Math.max(Math.abs(min), Math.abs(max));
  return { kind: 'diverging', max: m > 0 ? m : 1 };
}

/** The scale a weight image uses: diverging over the largest |w| of the shown units. */
export function weightScale(kernel: Float32Array): NeuronScale {
  let m = 0;
  for (const w of kernel) m = Math.max(m, Math.abs(w));
  return { kind: 'diverging', max: m > 0 ? m : 1 };
}

/** The two ends' colours, parsed once (class 0 below, class 1 above). */
let ends: readonly [readonly [number, number, number], readonly [number, number, number]] | null = null;
const endColours = () => (ends ??= [rgbOf(classColour(0)), rgbOf(classColour(1))]);

/** [r, g, b] of value `v` on `scale`. */
export function neuronColour(v: number, scale: NeuronScale): [number, number, number] {
  const t = Math.max(-1, Math.min(1, v / scale.max));
  const rgb = endColours()[t >= 0 ? 1 : 0];
  const s = STRENGTH * (scale.kind === 'sequential' ? Math.max(0, t) : Math.abs(t));
  return [255 + (rgb[0] - 255) * s, 255 + (rgb[1] - 255) * s, 255 + (rgb[2] - 255) * s];
}

/**
 * RGBA pixels of `side`² values laid out as the engine's grids (row j runs along x at height j, upward), so
 * row j becomes image row side − 1 − j as in boundaryPixels. `flip` false keeps rows as they are (images).
 * The colours are neuronColour's, computed inline: every tile is repainted a few times a second while
 * training, so the loop allocates nothing per pixel.
 */
export function squarePixels(
  values: Float32Array,
  offset: number,
  side: number,
  scale: NeuronScale,
  flip = true,
): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(side * side * 4);
  const [below, above] = endColours();
  const sequential = scale.kind === 'sequential';
  for (let j = 0; j < side; j++) {
    const row = (flip ? side - 1 - j : j) * side;
    for (let i = 0; i < side; i++) {
      const t = Math.max(-1, Math.min(1, values[offset + j * side + i] / scale.max));
      const rgb = t >= 0 ? above : below;
      const s = STRENGTH * (sequential ? Math.max(0, t) : Math.abs(t));
      const o = (row + i) * 4;
      out[o] = 255 + (rgb[0] - 255) * s;
      out[o + 1] = 255 + (rgb[1] - 255) * s;
      out[o + 2] = 255 + (rgb[2] - 255) * s;
      out[o + 3] = 255;
    }
  }
  return out;
}

/** The scale of a node's pictures. */
export const scaleOf = (p: NodeNeurons): NeuronScale => neuronScale(p.activation, p.min, p.max);
