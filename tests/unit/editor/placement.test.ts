import { describe, expect, it } from 'vitest';
import { ASSUMED_NODE_SIZE, freeSpotNear } from '../../../src/renderer/document/placement';

describe('freeSpotNear', () => {
  it('keeps the wanted spot when nothing is there', () => {
    expect(freeSpotNear({ x: 100, y: 100 }, [{ x: 600, y: 100 }])).toEqual({ x: 100, y: 100 });
  });

  it('moves a new layer off a node in the way, to the nearest free row', () => {
    const taken = [{ x: 110, y: 90 }];
    const spot = freeSpotNear({ x: 100, y: 100 }, taken);
    expect(spot.x).toBe(100);
    expect(Math.abs(spot.y - 90)).toBeGreaterThanOrEqual(ASSUMED_NODE_SIZE.height);
  });

  it('steps past a column of nodes, trying below before above', () => {
    const taken = [0, 130, 260].map((y) => ({ x: 0, y }));
    const spot = freeSpotNear({ x: 0, y: 0 }, taken);
    expect(spot).toEqual({ x: 0, y: -130 });
    expect(freeSpotNear({ x: 0, y: 130 }, [{ x: 0, y: 130 }])).toEqual({ x: 0, y: 260 });
  });
});
