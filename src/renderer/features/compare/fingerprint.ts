/**
 * Checksums that show every variant trained on the same data in the same order.
 *
 * `firstEpochChecksum` hashes the training rows in the order the trainer visits them in epoch 1 (the worker's
 * Trainer.dataChecksum hashes the rows it actually fed, the same way), rebuilt on
 * the main thread from the dataset spec and the training seed exactly as the worker does (prepareData, then
 * the shuffle stream of deriveSeeds). `readyChecksum` hashes what a worker's 'ready' event reports about the
 * data it built (sizes, standardization, batches per epoch); the main thread computes the same hash from its
 * own copy, so a worker that built other data would show a different value.
 */
import { deriveSeeds, Rng, type Dataset, type DataSplit, type TrainingSettings } from '../../../engine';
import { FNV_OFFSET, checksumHex, fnv1a } from '../../../engine/train/checksum';
import type { Standardization } from '../../../engine/data';
import type { HostEvent } from '../../../engine/protocol/messages';
import type { ComparisonRecord, VariantRun } from './compareTypes';
import { variesData } from './parameters';

type ReadyEvent = Extract<HostEvent, { type: 'ready' }>;

const hex = checksumHex;
const bytesOf = (a: Float32Array | Uint32Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** The row order of the first epoch: identity, shuffled once by the training seed's shuffle stream. */
export function firstEpochOrder(rows: number, seed: number): Uint32Array {
  const order = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) order[i] = i;
  new Rng(deriveSeeds(seed).shuffle).shuffle(order);
  return order;
}

/** Hash of the training rows (features, then target) in first-epoch order. */
export function firstEpochChecksum(train: Dataset, training: Pick<TrainingSettings, 'seed'>): string {
  const order = firstEpochOrder(train.n, training.seed);
  const yWidth = train.task === 'classification' ? 1 : train.targets;
  let h = FNV_OFFSET;
  for (const row of order) {
    h = fnv1a(bytesOf(train.x.subarray(row * train.features, (row + 1) * train.features)), h);
    h = fnv1a(bytesOf(train.y.subarray(row * yWidth, (row + 1) * yWidth)), h);
  }
  return hex(h);
}

interface DataSummary {
  trainSize: number;
  validationSize: number;
  features: number;
  classes: number;
  standardization: Standardization | null;
  batchesPerEpoch: number;
}

function summaryChecksum(s: DataSummary): string {
  const text = JSON.stringify([
    s.trainSize,
    s.validationSize,
    s.features,
    s.classes,
    s.batchesPerEpoch,
    s.standardization,
  ]);
  return hex(fnv1a(new TextEncoder().encode(text)));
}

/** What a worker says about the data it built. */
export function readyChecksum(ready: ReadyEvent): string {
  const d = ready.dataset;
  return summaryChecksum({ ...d, batchesPerEpoch: ready.batchesPerEpoch });
}

/** The same checksum computed from the main thread's own copy of the data. */
export function expectedReadyChecksum(
  split: DataSplit,
  standardization: Standardization | null,
  batchSize: number,
): string {
  const n = split.train.n;
  const batch = Math.min(batchSize, Math.max(1, n));
  return summaryChecksum({
    trainSize: n,
    validationSize: split.validation.n,
    features: split.train.features,
    classes: split.train.classes,
    standardization,
    batchesPerEpoch: Math.ceil(n / batch),
  });
}

/**
 * The same-data rule: in a comparison that does not vary the data, a variant whose worker reports other data
 * (ready summary or first-epoch rows) than the main thread expects is refused. A comparison of the dataset's
 * noise or samples trains each variant on its own data on purpose, so the rule does not apply to it.
 */
export function variantDataMatches(
  comparison: Pick<ComparisonRecord, 'parameter' | 'expectedReadyChecksum' | 'expectedDataChecksum'>,
  variant: Pick<VariantRun, 'readyChecksum' | 'dataChecksum'>,
): boolean {
  if (variesData(comparison.parameter)) return true;
  const same = (actual: string | null, expected: string | null) =>
    actual === null || expected === null || actual === expected;
  return (
    same(variant.readyChecksum, comparison.expectedReadyChecksum) &&
    same(variant.dataChecksum, comparison.expectedDataChecksum)
  );
}
