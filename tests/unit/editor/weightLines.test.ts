import { describe, expect, it } from 'vitest';
import type { NeuronsEvent, NodeNeurons } from '../../../src/engine';
import { weightLines } from '../../../src/renderer/features/editor/neurons/weightLines';

const node = (nodeId: string, units: number, kernel?: number[], readsInput = false): NodeNeurons => ({
  nodeId,
  activation: 'tanh',
  units,
  first: 0,
  shown: units,
  cells: 1,
  values: new Float32Array(units),
  min: 0,
  max: 0,
  ...(kernel
    ? {
        weights: {
          inputs: kernel.length / units,
          kernel: Float32Array.from(kernel),
          bias: new Float32Array(units),
          hasBias: true,
          readsInput,
          kernelGrad: Float32Array.from(kernel, (w) => w / 10),
          biasGrad: new Float32Array(units),
        },
      }
    : {}),
});

const event = (pictures: NodeNeurons[]): NeuronsEvent => ({
  type: 'neurons',
  nodeIds: ['h'],
  epoch: 1,
  kind: 'plane',
  computeMs: 0,
  pictures,
});

describe('weightLines', () => {
  // a: 2 units; b: 2 units reading a, kernel unit-major: b₁ ← (0.5, −2), b₂ ← (1, 0).
  const pictures = event([node('a', 2, [1, 1, 1, 1], true), node('b', 2, [0.5, -2, 1, 0])]);

  it('draws one line per pair of tiles, its width from |w| over the largest, with its gradient', () => {
    const lines = weightLines([{ source: 'a', target: 'b' }], ['a', 'b'], pictures);
    expect(lines.map((l) => [l.input, l.unit, l.weight, l.strength])).toEqual([
      [0, 0, 0.5, 0.25],
      [1, 0, -2, 1],
      [0, 1, 1, 0.5],
      [1, 1, 0, 0],
    ]);
    expect(lines[1].gradient).toBeCloseTo(-0.2, 6);
  });

  it('draws nothing unless both ends are expanded, nor into a layer reading the network input', () => {
    expect(weightLines([{ source: 'a', target: 'b' }], ['b'], pictures)).toEqual([]);
    expect(weightLines([{ source: 'in', target: 'a' }], ['in', 'a'], pictures)).toEqual([]);
    expect(weightLines([{ source: 'a', target: 'b' }], ['a', 'b'], null)).toEqual([]);
  });
});
