/**
 * One training seed feeds three independent random streams: initial weights, the shuffling of the training
 * set, and dropout masks. Each is derived from the seed alone, so (for example) adding a dropout layer changes
 * the dropout stream but not the initial weights or the batch order — side-by-side comparisons then differ in
 * the one thing the learner changed.
 */
import { Rng } from '../rng';

export interface RunSeeds {
  /** Seed for createModel's weight initialisation. */
  init: number;
  /** Seed for the per-epoch shuffle of the training rows. */
  shuffle: number;
  /** Seed for dropout masks. */
  dropout: number;
}

const STREAM_SALTS = { init: 0x1b873593, shuffle: 0xcc9e2d51, dropout: 0x85ebca6b } as const;

function streamSeed(seed: number, salt: number): number {
  return new Rng((seed ^ salt) >>> 0).nextUint32();
}

export function deriveSeeds(seed: number): RunSeeds {
  return {
    init: streamSeed(seed, STREAM_SALTS.init),
    shuffle: streamSeed(seed, STREAM_SALTS.shuffle),
    dropout: streamSeed(seed, STREAM_SALTS.dropout),
  };
}
