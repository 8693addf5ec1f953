/**
 * The weight lines between two expanded nodes, as data: for every edge whose ends both show their neurons and
 * whose target's incoming weights are the source's units, one line per (source unit, target unit) pair that
 * has a tile, with its weight and how strong it is drawn (colour = sign, width ∝ |w|, the thinnest fade); and
 * a clicked line's gradient from the last step, out of the worker's answer to getGradients (the pictures do
 * not carry gradients). Pure.
 */
import type { NeuronsEvent, Tensor } from '../../../../engine';
import type { WeightRef } from '../../../run/neuronsStore';

export interface WeightLine extends WeightRef {
  weight: number;
  /** |w| over the largest |w| between the two nodes, 0 … 1. */
  strength: number;
}

export function weightLines(
  edges: readonly { source: string; target: string }[],
  expanded: readonly string[],
  event: NeuronsEvent | null,
): WeightLine[] {
  if (!event) return [];
  const lines: WeightLine[] = [];
  for (const edge of edges) {
    if (!expanded.includes(edge.source) || !expanded.includes(edge.target)) continue;
    const from = event.pictures.find((p) => p.nodeId === edge.source);
    const to = event.pictures.find((p) => p.nodeId === edge.target);
    const w = to?.weights;
    if (!from || !to || !w || w.readsInput || w.inputs !== from.units) continue;
    let largest = 0;
    for (let u = 0; u < to.shown; u++)
      for (let j = 0; j < from.shown; j++) largest = Math.max(largest, Math.abs(w.kernel[u * w.inputs + j]));
    for (let u = 0; u < to.shown; u++) {
      for (let j = 0; j < from.shown; j++) {
        const weight = w.kernel[u * w.inputs + j];
        lines.push({
          nodeId: to.nodeId,
          sourceId: from.nodeId,
          unit: u,
          input: j,
          weight,
          strength: largest > 0 ? Math.abs(weight) / largest : 0,
        });
      }
    }
  }
  return lines;
}

/** The gradient of one weight, from the layers' gradients (kernels [inputs, units]); null when it has none. */
export function weightGradient(
  gradients: Readonly<Record<string, { kernel: Tensor } | undefined>>,
  weight: WeightRef,
): number | null {
  const kernel = gradients[weight.nodeId]?.kernel;
  if (!kernel) return null;
  const [inputs, units] = kernel.shape;
  if (weight.input >= inputs || weight.unit >= units) return null;
  return kernel.data[weight.input * units + weight.unit];
}
