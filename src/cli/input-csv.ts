/**
 * The rows `predict` is asked about: a CSV whose columns are matched to the trained network's features by
 * name (header), in any order, with other columns ignored. A prediction is made for every row, so a row
 * that cannot be read is an error naming its line, not a row silently skipped.
 */
import {
  csvField,
  csvNumber,
  csvRowWidth,
  detectDelimiter,
  numberProblem,
  parseCsv,
  type CsvTable,
} from '../engine/data';
import { wordError } from './i18n';
import { InvalidInputError } from './io';

export interface InputRows {
  /** Row-major [rows, features], in the network's feature order. */
  x: Float32Array;
  rows: number;
}

/** Shows at most this many bad lines; the rest are counted. */
const MAX_REPORTED = 20;

export function readInputRows(text: string, label: string, featureNames: readonly string[]): InputRows {
  let table: CsvTable;
  try {
    table = parseCsv(text, { delimiter: detectDelimiter(text) });
  } catch (error) {
    throw new InvalidInputError(`${label}: ${wordError(error)}`);
  }
  const columns = featureNames.map((name) => table.columns.indexOf(name));
  const missing = featureNames.filter((_, k) => columns[k] < 0);
  if (missing.length > 0) {
    const shown =
      missing.length > 8
        ? `${missing
            .slice(0, 8)
            .map((m) => `'${m}'`)
            .join(', ')} and ${missing.length - 8} more`
        : missing.map((m) => `'${m}'`).join(', ');
    throw new InvalidInputError(
      `${label}: line 1: the header has no column ${shown}. The network takes ${featureNames.length} input${featureNames.length === 1 ? '' : 's'} named ` +
        `${
          featureNames.length > 8
            ? `${featureNames
                .slice(0, 8)
                .map((f) => `'${f}'`)
                .join(', ')}, …`
            : featureNames.map((f) => `'${f}'`).join(', ')
        }; ` +
        `the file's columns are ${table.columns.map((c) => `'${c}'`).join(', ')}.`,
    );
  }
  const f = featureNames.length;
  const x = new Float32Array(table.rowCount * f);
  const problems: string[] = [];
  for (let r = 0; r < table.rowCount; r++) {
    const line = table.lines[r];
    const width = csvRowWidth(table, r);
    if (width !== table.columns.length) {
      problems.push(`${label}: line ${line}: has ${width} columns, but the header has ${table.columns.length}`);
      continue;
    }
    const bad: string[] = [];
    for (let k = 0; k < f; k++) {
      const value = csvNumber(table, r, columns[k]);
      if (!Number.isFinite(value)) {
        const cell = csvField(table, r, columns[k]);
        bad.push(`column '${featureNames[k]}' ${numberProblem(cell)}`);
      }
      x[r * f + k] = value;
    }
    if (bad.length > 0) problems.push(`${label}: line ${line}: ${bad.join('; ')}`);
  }
  if (problems.length > 0) {
    const lines = problems.slice(0, MAX_REPORTED);
    if (problems.length > MAX_REPORTED) lines.push(`${label}: …and ${problems.length - MAX_REPORTED} more bad lines.`);
    lines.push(
      `No predictions were written: fix these lines (every row needs a number in each input column) and run again.`,
    );
    throw new InvalidInputError(lines);
  }
  if (table.rowCount === 0) throw new InvalidInputError(`${label} has a header but no rows to predict.`);
  return { x, rows: table.rowCount };
}
