/**
 * Loss and accuracy of a model over a whole dataset, in chunks no larger than the model's batch buffers,
 * in inference mode (no dropout). The loss is the mean data loss per sample, without the L2 penalty, so
 * training and validation figures are measured the same way and their gap means overfitting, not dropout.
 */
import type { Dataset, Model } from '../types';

export interface DatasetScore {
  loss: number;
  /** Share of correct predictions (classification only). */
  accuracy?: number;
}

export function scoreDataset(model: Model, data: Dataset): DatasetScore {
  if (data.n === 0) return { loss: Number.NaN, accuracy: data.task === 'classification' ? Number.NaN : undefined };
  const f = data.features;
  const yw = data.task === 'classification' ? 1 : data.targets;
  let lossSum = 0;
  let correct = 0;
  for (let start = 0; start < data.n; start += model.maxBatch) {
    const rows = Math.min(model.maxBatch, data.n - start);
    const x = data.x.subarray(start * f, (start + rows) * f);
    const y = data.y.subarray(start * yw, (start + rows) * yw);
    const r = model.evaluate(x, y, rows);
    lossSum += r.loss * rows;
    correct += r.correct;
  }
  const loss = lossSum / data.n;
  return data.task === 'classification' ? { loss, accuracy: correct / data.n } : { loss };
}
