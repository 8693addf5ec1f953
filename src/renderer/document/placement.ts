/**
 * Where a layer added "at the centre of the view" goes: there, unless an existing node is in the way, and
 * then on the nearest free row below or above, so a new layer never lands on top of one the learner is
 * about to click. Node sizes are not known before React Flow measures them, so a generous box stands in.
 */

export interface Point {
  x: number;
  y: number;
}

/** A node's box before it is measured: as wide as the widest layer node, as tall as one with a body. */
export const ASSUMED_NODE_SIZE = { width: 240, height: 110 };
const GAP = 20;

function collides(a: Point, b: Point): boolean {
  return (
    Math.abs(a.x - b.x) < ASSUMED_NODE_SIZE.width + GAP / 2 && Math.abs(a.y - b.y) < ASSUMED_NODE_SIZE.height + GAP / 2
  );
}

/** The free spot nearest to `wanted` in steps of one row, trying below first; `wanted` after 20 tries. */
export function freeSpotNear(wanted: Point, taken: readonly Point[]): Point {
  const row = ASSUMED_NODE_SIZE.height + GAP;
  for (let k = 0; k <= 20; k++) {
    for (const dy of k === 0 ? [0] : [k * row, -k * row]) {
      const spot = { x: wanted.x, y: wanted.y + dy };
      if (!taken.some((p) => collides(spot, p))) return spot;
    }
  }
  return wanted;
}
