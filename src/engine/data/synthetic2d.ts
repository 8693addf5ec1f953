/**
 * Two-dimensional classification sets in the spirit of TensorFlow Playground: circle, xor, gaussian, spiral
 * and moons.
 *
 * The plane: every point lies in the square [-PLANE_EXTENT, PLANE_EXTENT]² = [-6, 6]², whatever the noise,
 * so the decision-boundary view can always draw exactly that square. The clean shapes stay within ±5 and
 * the noise jitter is bounded (uniform, at most ±1 per coordinate at noise 1); the gaussian set, whose
 * noise is its spread, redraws the rare point that would fall outside.
 *
 * Noise: a fraction from 0 (clean shapes) to 1 (classes overlap heavily). For circle, xor, spiral and moons
 * each coordinate gets uniform jitter in ±noise; for gaussian the standard deviation of each blob is
 * 0.4 + 1.2 × noise.
 *
 * Classes are balanced (counts differ by at most one) and the rows are shuffled (seeded), so no class is
 * bunched at the start or end of the arrays.
 */
import type { Dataset } from '../types';
import type { Rng } from '../rng';
import { balancedCounts, shuffleRows } from './rows';

/** Half the side of the square every 2-D sample lies in: x and y are in [-6, 6]. */
export const PLANE_EXTENT = 6;
export const PLANE_RANGE = { min: -PLANE_EXTENT, max: PLANE_EXTENT } as const;

export interface Synthetic2dOptions {
  samples: number;
  noise: number;
  /** gaussian and spiral only: 2..5. */
  classes?: number;
}

type PointMaker = (rng: Rng, classIndex: number, i: number, count: number) => [number, number];

function generate(
  name: string,
  classNames: string[],
  samples: number,
  rng: Rng,
  point: PointMaker,
  jitter: number,
): Dataset {
  const counts = balancedCounts(samples, classNames.length);
  const x = new Float32Array(samples * 2);
  const y = new Float32Array(samples);
  let r = 0;
  counts.forEach((count, c) => {
    for (let i = 0; i < count; i++, r++) {
      const [px, py] = point(rng, c, i, count);
      x[2 * r] = px + rng.uniform(-jitter, jitter);
      x[2 * r + 1] = py + rng.uniform(-jitter, jitter);
      y[r] = c;
    }
  });
  const dataset: Dataset = {
    name,
    task: 'classification',
    features: 2,
    classes: classNames.length,
    targets: 0,
    featureNames: ['x', 'y'],
    classNames,
    n: samples,
    x,
    y,
  };
  return shuffleRows(dataset, rng);
}

function classList(k: number): string[] {
  return Array.from({ length: k }, (_, c) => `class ${c}`);
}

/** A disc (radius 0..2.5) inside a ring (radius 3.5..5). */
export function makeCircle(opts: Synthetic2dOptions, rng: Rng): Dataset {
  return generate(
    'Circle',
    ['inside', 'outside'],
    opts.samples,
    rng,
    (g, c) => {
      // sqrt keeps the density uniform over the disc's area instead of crowding the centre.
      const r = c === 0 ? 2.5 * Math.sqrt(g.next()) : 3.5 + 1.5 * g.next();
      const t = g.uniform(0, 2 * Math.PI);
      return [r * Math.cos(t), r * Math.sin(t)];
    },
    opts.noise,
  );
}

/** Four quadrants: class 0 where x and y have the same sign, class 1 where they differ. */
export function makeXor(opts: Synthetic2dOptions, rng: Rng): Dataset {
  const padding = 0.3; // keeps clean points off the axes, where the class would be ambiguous
  return generate(
    'XOR',
    ['same sign', 'opposite sign'],
    opts.samples,
    rng,
    (g, c) => {
      const sx = g.next() < 0.5 ? -1 : 1;
      const sy = c === 0 ? sx : -sx;
      return [sx * g.uniform(padding, 5), sy * g.uniform(padding, 5)];
    },
    opts.noise,
  );
}

/** One round blob per class, centres evenly spaced on a circle of radius 3. */
export function makeGaussian(opts: Synthetic2dOptions, rng: Rng): Dataset {
  const k = opts.classes ?? 2;
  const sd = 0.4 + 1.2 * opts.noise;
  return generate(
    'Gaussian',
    classList(k),
    opts.samples,
    rng,
    (g, c) => {
      const angle = Math.PI / 4 + (2 * Math.PI * c) / k; // two classes sit on the diagonal, like Playground
      const cx = 3 * Math.cos(angle);
      const cy = 3 * Math.sin(angle);
      for (;;) {
        const px = cx + sd * g.normal();
        const py = cy + sd * g.normal();
        if (Math.abs(px) <= PLANE_EXTENT && Math.abs(py) <= PLANE_EXTENT) return [px, py];
      }
    },
    0,
  );
}

/** `classes` interleaved arms, each turning 1.75 times around the centre while the radius grows to 5. */
export function makeSpiral(opts: Synthetic2dOptions, rng: Rng): Dataset {
  const k = opts.classes ?? 2;
  return generate(
    'Spiral',
    classList(k),
    opts.samples,
    rng,
    (_g, c, i, count) => {
      const s = count > 1 ? i / (count - 1) : 0;
      const r = 5 * s;
      const t = 1.75 * 2 * Math.PI * s + (2 * Math.PI * c) / k;
      return [r * Math.sin(t), r * Math.cos(t)];
    },
    opts.noise,
  );
}

/** Two interleaved half circles (scikit-learn's make_moons), centred and scaled by 2.5 to fill the plane. */
export function makeMoons(opts: Synthetic2dOptions, rng: Rng): Dataset {
  const scale = 2.5;
  return generate(
    'Moons',
    ['upper moon', 'lower moon'],
    opts.samples,
    rng,
    (g, c) => {
      const t = g.uniform(0, Math.PI);
      const [mx, my] = c === 0 ? [Math.cos(t), Math.sin(t)] : [1 - Math.cos(t), 0.5 - Math.sin(t)];
      return [scale * (mx - 0.5), scale * (my - 0.25)];
    },
    opts.noise,
  );
}
