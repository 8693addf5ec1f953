import { describe, expect, it } from 'vitest';
import {
  divergingColour,
  kernelPixels,
  largestMagnitude,
  magnitudeQuantile,
  movedCell,
} from '../../../src/renderer/features/editor/weights/heatGrid';

describe('the weight heat grid', () => {
  it('colours weights blue below 0, white at 0 and red above, full at the largest |w|', () => {
    expect(divergingColour(0, 2)).toEqual([255, 255, 255]);
    expect(divergingColour(2, 2)).toEqual([228, 87, 46]);
    expect(divergingColour(-2, 2)).toEqual([46, 134, 171]);
    expect(divergingColour(-9, 2)).toEqual([46, 134, 171]); // clipped
    const half = divergingColour(1, 2);
    expect(half[0]).toBeGreaterThan(228);
    expect(half[1]).toBeLessThan(255);
    expect(largestMagnitude([0.5, -3, 2])).toBe(3);
  });

  it('scales colours to the 99th percentile of |w|, so one exploded weight does not wash out the rest', () => {
    // 200 weights of |w| ≤ 1 (steps of 0.005, signs alternating) and two exploded ones of 50 and −80.
    const data = Float32Array.from({ length: 202 }, (_, i) => (i < 200 ? (i % 2 ? -1 : 1) * (i + 1) * 0.005 : 0));
    data[200] = 50;
    data[201] = -80;
    // Nearest rank: ceil(0.99 · 202) = 200 values are ≤ the 200th smallest |w|, which is 1.
    expect(magnitudeQuantile(data)).toBeCloseTo(1, 6);
    expect(magnitudeQuantile([0.5, -3, 2], 1)).toBe(3);
    expect(magnitudeQuantile([0, 0, 0])).toBe(1e-12);
    const px = kernelPixels({ shape: [1, 202], data });
    // A weight of 0.5 is half-coloured, not white as under a scale of 80; the exploded ones are full colour.
    const at = (i: number) => Array.from(px.slice(4 * i, 4 * i + 3));
    expect(at(99)[1]).toBeLessThan(200); // 0.5 (index 99 is 100 · 0.005, negative)
    expect(at(200)).toEqual([228, 87, 46]);
    expect(at(201)).toEqual([46, 134, 171]);
    const unclipped = kernelPixels({ shape: [1, 202], data }, largestMagnitude(data));
    expect(Array.from(unclipped.slice(4 * 99, 4 * 99 + 3))[1]).toBeGreaterThan(250);
  });

  it('draws one pixel per weight, row = input, column = unit', () => {
    // kernel [2 inputs, 3 units]: input 1 → unit 2 is the largest positive, input 0 → unit 0 the negative.
    const px = kernelPixels({ shape: [2, 3], data: new Float32Array([-4, 0, 0, 0, 0, 4]) });
    expect(px).toHaveLength(2 * 3 * 4);
    expect(Array.from(px.slice(0, 4))).toEqual([46, 134, 171, 255]);
    expect(Array.from(px.slice(4, 8))).toEqual([255, 255, 255, 255]);
    expect(Array.from(px.slice(20, 24))).toEqual([228, 87, 46, 255]);
  });

  it('moves the selected cell with the arrow keys, inside the grid', () => {
    const c = { input: 0, unit: 0 };
    expect(movedCell(c, 'ArrowDown', 3, 2)).toEqual({ input: 1, unit: 0 });
    expect(movedCell(c, 'ArrowUp', 3, 2)).toEqual({ input: 0, unit: 0 });
    expect(movedCell({ input: 2, unit: 1 }, 'ArrowRight', 3, 2)).toEqual({ input: 2, unit: 1 });
    expect(movedCell(c, 'End', 3, 2)).toEqual({ input: 2, unit: 1 });
    expect(movedCell(c, 'a', 3, 2)).toBeNull();
  });
});
