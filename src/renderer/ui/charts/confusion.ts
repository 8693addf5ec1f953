/** Confusion matrix of class predictions: pure, so the matrix view and the tests share it. */

export interface ConfusionMatrix {
  classes: number;
  /** counts[trueClass][predictedClass] */
  counts: number[][];
  total: number;
  correct: number;
}

export function confusionMatrix(
  trueLabels: ArrayLike<number>,
  predicted: ArrayLike<number>,
  classes: number,
): ConfusionMatrix {
  if (trueLabels.length !== predicted.length) {
    throw new Error(
      `Cannot build a confusion matrix from ${trueLabels.length} true labels and ${predicted.length} predictions; they must be the same length.`,
    );
  }
  const counts = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  let correct = 0;
  for (let i = 0; i < trueLabels.length; i++) {
    const t = trueLabels[i];
    const p = predicted[i];
    if (!(t >= 0 && t < classes && p >= 0 && p < classes)) {
      throw new Error(`Sample ${i} has class ${t} predicted as ${p}, outside the ${classes} classes of the dataset.`);
    }
    counts[t][p] += 1;
    if (t === p) correct += 1;
  }
  return { classes, counts, total: trueLabels.length, correct };
}

/** Index of the largest value in each row of a row-major [rows, width] array (class predictions). */
export function argmaxRows(values: ArrayLike<number>, width: number): Int32Array {
  const rows = Math.floor(values.length / width);
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    if (width === 1) {
      // A single sigmoid output is the probability of class 1.
      out[r] = values[r] >= 0.5 ? 1 : 0;
      continue;
    }
    let best = 0;
    for (let c = 1; c < width; c++) if (values[r * width + c] > values[r * width + best]) best = c;
    out[r] = best;
  }
  return out;
}
