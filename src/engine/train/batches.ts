/**
 * Mini-batches: each epoch the training rows are put in a new seeded order and copied, batch by batch, into
 * two buffers allocated once. The last batch of an epoch may be smaller (as in Keras), so every row is seen
 * exactly once per epoch.
 */
import type { Dataset } from '../types';
import type { Rng } from '../rng';
import { FNV_OFFSET, checksumHex, fnv1a } from './checksum';

export class BatchSampler {
  readonly batchSize: number;
  readonly batchesPerEpoch: number;
  /** The current batch: rows [batch, features] and targets (class indices, or [batch, targets]). */
  readonly x: Float32Array;
  readonly y: Float32Array;
  private readonly order: Uint32Array;
  private readonly yWidth: number;
  // Byte views of x/y, made once, for hashing the first epoch's rows (feature bytes, then target bytes, per row).
  private readonly xBytes: Uint8Array;
  private readonly yBytes: Uint8Array;
  private hash: number = FNV_OFFSET;
  private hashing = true;

  constructor(
    private readonly data: Dataset,
    batchSize: number,
    private readonly rng: Rng,
  ) {
    this.batchSize = Math.min(batchSize, Math.max(1, data.n));
    this.batchesPerEpoch = Math.ceil(data.n / this.batchSize);
    this.yWidth = data.task === 'classification' ? 1 : data.targets;
    this.x = new Float32Array(this.batchSize * data.features);
    this.y = new Float32Array(this.batchSize * this.yWidth);
    this.order = new Uint32Array(data.n);
    for (let i = 0; i < data.n; i++) this.order[i] = i;
    this.xBytes = new Uint8Array(this.x.buffer, this.x.byteOffset, this.x.byteLength);
    this.yBytes = new Uint8Array(this.y.buffer, this.y.byteOffset, this.y.byteLength);
  }

  /** Hash of every row fed so far in the first epoch, in the order fed; call after the epoch to get the checksum. */
  firstEpochChecksum(): string {
    this.hashing = false;
    return checksumHex(this.hash);
  }

  /** Puts the rows in a new order; call at the start of every epoch. */
  shuffle(): void {
    this.rng.shuffle(this.order);
  }

  /** Copies batch `index` of the current order into x/y and returns its row count. */
  gather(index: number): number {
    const start = index * this.batchSize;
    const rows = Math.min(this.batchSize, this.data.n - start);
    const f = this.data.features;
    const yw = this.yWidth;
    const { x: srcX, y: srcY } = this.data;
    // Plain loops rather than subarray().set(): a subarray is an allocation per row.
    for (let r = 0; r < rows; r++) {
      const row = this.order[start + r];
      const xFrom = row * f;
      const xTo = r * f;
      for (let j = 0; j < f; j++) this.x[xTo + j] = srcX[xFrom + j];
      const yFrom = row * yw;
      const yTo = r * yw;
      for (let j = 0; j < yw; j++) this.y[yTo + j] = srcY[yFrom + j];
      if (this.hashing) {
        this.hash = fnv1a(this.xBytes, this.hash, xTo * 4, (xTo + f) * 4);
        this.hash = fnv1a(this.yBytes, this.hash, yTo * 4, (yTo + yw) * 4);
      }
    }
    return rows;
  }
}
