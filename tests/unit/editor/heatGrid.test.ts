import { describe, expect, it } from 'vitest';
import {
  divergingColour,
  kernelPixels,
  largestMagnitude,
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
