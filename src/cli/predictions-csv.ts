/**
 * Network outputs as CSV text: for classification the predicted class name and one probability column per
 * class, for regression the predicted value(s). Fields are quoted only when they need it (RFC 4180).
 */
import type { Dataset } from '../engine/types';

export function csvField(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

function number(v: number): string {
  return String(Number(v.toPrecision(6)));
}

/** The header row: `predicted,P(setosa),P(versicolor),…` or `predicted` (`predicted 1,…` for several targets). */
export function predictionHeader(dataset: Pick<Dataset, 'task' | 'classNames' | 'targets'>): string[] {
  if (dataset.task === 'classification') return ['predicted', ...dataset.classNames.map((c) => `P(${c})`)];
  return dataset.targets <= 1 ? ['predicted'] : Array.from({ length: dataset.targets }, (_, k) => `predicted ${k + 1}`);
}

/**
 * Per-class probabilities of one row. A single sigmoid unit gives P(class 1), so P(class 0) = 1 − p;
 * softmax outputs are the probabilities already.
 */
export function classProbabilities(outputs: Float32Array, row: number, width: number, classes: number): number[] {
  if (width === 1 && classes === 2) {
    const p = outputs[row];
    return [1 - p, p];
  }
  return Array.from(outputs.subarray(row * width, row * width + width));
}

/** The predicted class: the most probable one (the first on a tie). */
export function argmax(values: readonly number[]): number {
  let best = 0;
  for (let k = 1; k < values.length; k++) if (values[k] > values[best]) best = k;
  return best;
}

/** All CSV lines (header first), each ending with a newline. */
export function predictionLines(
  dataset: Pick<Dataset, 'task' | 'classNames' | 'targets' | 'classes'>,
  outputs: Float32Array,
  rows: number,
  width: number,
): string[] {
  const lines = [`${predictionHeader(dataset).map(csvField).join(',')}\n`];
  for (let r = 0; r < rows; r++) {
    if (dataset.task === 'classification') {
      const p = classProbabilities(outputs, r, width, dataset.classes);
      lines.push(`${[csvField(dataset.classNames[argmax(p)]), ...p.map(number)].join(',')}\n`);
    } else {
      lines.push(`${Array.from(outputs.subarray(r * width, r * width + width), number).join(',')}\n`);
    }
  }
  return lines;
}
