import { describe, expect, it } from 'vitest';
import type { NeuronsEvent, NodeNeurons } from '../../../src/engine';
import { weightGradient, weightLines } from '../../../src/renderer/features/editor/neurons/weightLines';

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

  it('draws one line per pair of tiles, its width from |w| over the largest', () => {
    const lines = weightLines([{ source: 'a', target: 'b' }], ['a', 'b'], pictures);
    expect(lines.map((l) => [l.input, l.unit, l.weight, l.strength])).toEqual([
      [0, 0, 0.5, 0.25],
      [1, 0, -2, 1],
      [0, 1, 1, 0.5],
      [1, 1, 0, 0],
    ]);
    expect(Object.keys(lines[0]).sort()).toEqual(['input', 'nodeId', 'sourceId', 'strength', 'unit', 'weight']);
  });

  it('draws nothing unless both ends are expanded, nor into a layer reading the network input', () => {
    expect(weightLines([{ source: 'a', target: 'b' }], ['b'], pictures)).toEqual([]);
    expect(weightLines([{ source: 'in', target: 'a' }], ['in', 'a'], pictures)).toEqual([]);
    expect(weightLines([{ source: 'a', target: 'b' }], ['a', 'b'], null)).toEqual([]);
  });

  it("finds a clicked line's gradient in the worker's gradients, whose kernels are [inputs, units]", () => {
    // b's kernel [2 inputs, 3 units]: row-major, so input 1 of unit 2 is at 1·3 + 2.
    const gradients = { b: { kernel: { shape: [2, 3], data: Float32Array.from([0, 1, 2, 3, 4, 5]) } } };
    expect(weightGradient(gradients, { nodeId: 'b', sourceId: 'a', unit: 2, input: 1 })).toBe(5);
    expect(weightGradient(gradients, { nodeId: 'b', sourceId: 'a', unit: 0, input: 1 })).toBe(3);
    expect(weightGradient(gradients, { nodeId: 'c', sourceId: 'b', unit: 0, input: 0 })).toBeNull();
    expect(weightGradient(gradients, { nodeId: 'b', sourceId: 'a', unit: 3, input: 0 })).toBeNull();
  });
});
