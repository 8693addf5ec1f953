/**
 * `data.csv`: the dataset's rows as Layerwise trained on them — raw feature values (before standardization),
 * the target, and a `split` column saying which rows are for training and which for validation, training
 * rows first in the engine's order. Float32 values are written in their shortest exact form, so Python reads
 * back the very same numbers.
 */
import type { Dataset } from '../../engine/types';
import type { ExportSource } from '../source';

/** The shortest decimal that reads back as the same float32 (1.7, not 1.7000000476837158). */
export function float32Text(v: number): string {
  for (let digits = 1; digits < 9; digits++) {
    const text = String(Number(v.toPrecision(digits)));
    if (Math.fround(Number(text)) === v) return text;
  }
  return String(v);
}

/** A CSV field, quoted when it holds a comma, quote or line break. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The names of the target columns: one per regression target, one holding the class name otherwise. */
export function targetColumns(source: ExportSource): string[] {
  const taken = new Set(source.transform.featureNames);
  const unique = (name: string): string => {
    let n = name;
    for (let k = 2; taken.has(n) || n === 'split'; k++) n = `${name}_${k}`;
    taken.add(n);
    return n;
  };
  const { dataShape } = source.plan;
  if (dataShape.task === 'classification') return [unique(source.transform.target ?? 'class')];
  const targets = dataShape.targets ?? 1;
  if (targets === 1) return [unique(source.transform.target ?? 'target')];
  return Array.from({ length: targets }, (_, k) => unique(`target_${k + 1}`));
}

export function dataCsv(source: ExportSource): string {
  const targets = targetColumns(source);
  const classes = source.transform.classNames ?? [];
  const lines = [[...source.transform.featureNames, ...targets, 'split'].map(field).join(',')];
  const add = (data: Dataset, split: string): void => {
    const f = data.features;
    const yw = data.task === 'classification' ? 1 : data.targets;
    for (let r = 0; r < data.n; r++) {
      const cells: string[] = [];
      for (let k = 0; k < f; k++) cells.push(float32Text(data.x[r * f + k]));
      if (data.task === 'classification') cells.push(field(classes[data.y[r]] ?? String(data.y[r])));
      else for (let k = 0; k < yw; k++) cells.push(float32Text(data.y[r * yw + k]));
      cells.push(split);
      lines.push(cells.join(','));
    }
  };
  add(source.rows.train, 'train');
  add(source.rows.validation, 'validation');
  return `${lines.join('\n')}\n`;
}
