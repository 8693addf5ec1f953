/**
 * Turns a parsed CSV table into a Dataset, given which columns are features and which is the target.
 *
 * Every row that cannot be used is reported with its line in the file and why (wrong number of columns, a
 * feature that is not a number, an empty or non-numeric target); none is dropped silently. The caller
 * decides what to do with them (the UI lists them; the dataset simply leaves them out).
 *
 * Defaults: the target is the last column, the features are every other column.
 * Task: when not given, a target with any non-numeric value, or with whole numbers taking at most
 * 10 distinct values, is classification; any other numeric target is regression.
 * Class order: classNames are sorted — numerically when every label is a number (so '2' < '10'), otherwise
 * by code point — so the class indices do not depend on the order of the rows.
 */
import type { Dataset, Task } from '../types';
import { numberIssue, numberProblem, parseNumberText, quoteCell } from './csv-number';
import type { CsvTable } from './csv-parse';
import { csvField, csvNumbersInto, csvRowWidth } from './csv-parse';
import { DataError } from './errors';

export interface BadRow {
  /** 1-based line in the file where the row starts, counting the header line. */
  line: number;
  /** In English: `line 4: column 'x' is 'abc', not a number`. */
  reason: string;
  /**
   * The same as data, one entry per problem of the row, for the catalogue to word: `csv-row-width`
   * (count, width), `csv-cell` and `csv-target-number` (column, value, written; `context` is the case of
   * numberIssue), `csv-target-empty` (column).
   */
  problems: CsvRowProblem[];
}

export interface CsvRowProblem {
  code: 'csv-row-width' | 'csv-cell' | 'csv-target-empty' | 'csv-target-number';
  /** The problem in English, without the line. */
  message: string;
  params: Record<string, string | number>;
}

function cellProblem(code: 'csv-cell' | 'csv-target-number', column: string, cell: string, message: string) {
  return { code, message, params: { column, ...numberIssue(cell) } } satisfies CsvRowProblem;
}

export interface CsvDatasetOptions {
  features?: string[];
  target?: string;
  task?: Task;
  name?: string;
}

export const MAX_CSV_CLASSES = 1000;
const INFER_CLASSIFICATION_MAX_DISTINCT = 10;

const ROLES = { target: 'the target', feature: 'a feature' } as const;

function columnIndex(table: CsvTable, name: string, context: keyof typeof ROLES): number {
  const first = table.columns.indexOf(name);
  const role = ROLES[context];
  if (first < 0) {
    const columns = table.columns.map((c) => `'${c}'`).join(', ');
    throw new DataError(
      'csv-no-column',
      { column: name, columns, context },
      `The CSV has no column '${name}' (chosen as ${role}). Its columns are: ${columns}.`,
    );
  }
  if (table.columns.indexOf(name, first + 1) >= 0) {
    throw new DataError(
      'csv-duplicate-column',
      { column: name, context },
      `The CSV has more than one column named '${name}', so it is unclear which one to use as ${role}. Rename one of them in the header.`,
    );
  }
  return first;
}

export function csvToDataset(
  table: CsvTable,
  options: CsvDatasetOptions = {},
): { dataset: Dataset; badRows: BadRow[]; warnings: string[] } {
  if (table.columns.length < 2) {
    const context = table.columns.length === 1 ? 'one' : 'none';
    throw new DataError(
      'csv-too-few-columns',
      { context },
      `The CSV has ${context === 'one' ? 'only one column' : 'no columns'}; it needs at least one feature column and a target column.`,
    );
  }
  const targetName = options.target ?? table.columns[table.columns.length - 1];
  const targetCol = columnIndex(table, targetName, 'target');
  const featureNames = options.features ?? table.columns.filter((_, k) => k !== targetCol);
  if (featureNames.length === 0)
    throw new DataError('csv-no-features', {}, 'Choose at least one feature column for the CSV dataset.');
  const featureCols = Int32Array.from(featureNames, (f) => columnIndex(table, f, 'feature'));
  if (featureCols.includes(targetCol)) {
    throw new DataError(
      'csv-feature-is-target',
      { column: targetName },
      `The column '${targetName}' is chosen both as a feature and as the target; a column can only be one of them.`,
    );
  }

  const width = table.columns.length;
  const f = featureCols.length;
  const badRows: BadRow[] = [];
  const goodRows: number[] = [];
  // Written in place row by row; a bad row is simply overwritten by the next good one.
  const x = new Float32Array(table.rowCount * f);
  const targets: string[] = [];

  for (let r = 0; r < table.rowCount; r++) {
    const line = table.lines[r];
    const fields = csvRowWidth(table, r);
    if (fields !== width) {
      const message = `has ${fields} column${fields === 1 ? '' : 's'}, but the header has ${width}`;
      badRows.push({
        line,
        reason: `line ${line}: ${message}`,
        problems: [{ code: 'csv-row-width', message, params: { count: fields, width } }],
      });
      continue;
    }
    let problems: CsvRowProblem[] | null = null;
    const at = goodRows.length * f;
    if (csvNumbersInto(table, r, featureCols, x, at) > 0) {
      problems = [];
      for (let k = 0; k < f; k++) {
        if (!Number.isNaN(x[at + k])) continue;
        const cell = csvField(table, r, featureCols[k]);
        const message = `column '${featureNames[k]}' ${numberProblem(cell)}`;
        problems.push(cellProblem('csv-cell', featureNames[k], cell, message));
      }
    }
    const target = csvField(table, r, targetCol).trim();
    if (target === '')
      (problems ??= []).push({
        code: 'csv-target-empty',
        message: `the target column '${targetName}' is empty`,
        params: { column: targetName },
      });
    if (problems) {
      badRows.push({ line, reason: `line ${line}: ${problems.map((p) => p.message).join('; ')}`, problems });
      continue;
    }
    goodRows.push(r);
    targets.push(target);
  }

  const numericTargets = targets.map(parseNumberText);
  const task = options.task ?? inferTask(numericTargets);
  const rows = targets.map((label, i) => ({ label, value: numericTargets[i], line: table.lines[goodRows[i]] }));
  const target = task === 'regression' ? regressionTargets(rows, targetName, badRows) : classTargets(rows, targetName);
  const n = target.keep ? target.keep.length : rows.length;
  let xs = x.slice(0, rows.length * f);
  if (target.keep) {
    const kept = new Float32Array(n * f);
    target.keep.forEach((i, r) => kept.set(xs.subarray(i * f, i * f + f), r * f));
    xs = kept;
  }
  badRows.sort((a, b) => a.line - b.line);
  const dataset: Dataset = {
    name: options.name ?? 'CSV',
    task,
    features: f,
    classes: target.classNames.length,
    targets: task === 'regression' ? 1 : 0,
    featureNames: [...featureNames],
    classNames: target.classNames,
    n,
    x: xs,
    y: target.y,
  };
  return {
    dataset,
    badRows,
    warnings: task === 'classification' ? sameNumberLabels(target.classNames, targetName) : [],
  };
}

/**
 * Class labels are compared as text, so `1`, `1.0` and `01` are three classes. That is right for codes such
 * as zip codes, but usually it is a spreadsheet writing one class in several ways: say so.
 */
function sameNumberLabels(classNames: readonly string[], targetName: string): string[] {
  const byValue = new Map<number, string[]>();
  for (const name of classNames) {
    const value = parseNumberText(name);
    if (Number.isNaN(value)) continue;
    const group = byValue.get(value);
    if (group) group.push(name);
    else byValue.set(value, [name]);
  }
  const warnings: string[] = [];
  for (const group of byValue.values()) {
    if (group.length < 2) continue;
    const shown = group.slice(0, 5).map(quoteCell);
    warnings.push(
      `The target column '${targetName}' has the labels ${shown.join(', ')}${group.length > 5 ? ', …' : ''}: the same number written differently. ` +
        `Class labels are compared as text, so they are ${group.length} separate classes; write them the same way if they are one class.`,
    );
  }
  return warnings;
}

interface TargetCell {
  label: string;
  value: number;
  line: number;
}

interface Targets {
  y: Float32Array;
  classNames: string[];
  /** Indices of the rows kept, when some rows were dropped for their target; null when all were kept. */
  keep: number[] | null;
}

function regressionTargets(cells: TargetCell[], targetName: string, badRows: BadRow[]): Targets {
  const keep: number[] = [];
  const values: number[] = [];
  cells.forEach((cell, i) => {
    if (Number.isNaN(cell.value)) {
      const message = `the target column '${targetName}' ${numberProblem(cell.label)} (the task is regression)`;
      badRows.push({
        line: cell.line,
        reason: `line ${cell.line}: ${message}`,
        problems: [cellProblem('csv-target-number', targetName, cell.label, message)],
      });
    } else {
      keep.push(i);
      values.push(cell.value);
    }
  });
  return { y: Float32Array.from(values), classNames: [], keep: keep.length === cells.length ? null : keep };
}

function classTargets(cells: TargetCell[], targetName: string): Targets {
  const classNames = sortedClassNames(cells);
  if (classNames.length > MAX_CSV_CLASSES) {
    throw new DataError(
      'csv-too-many-classes',
      { column: targetName, count: classNames.length, max: MAX_CSV_CLASSES },
      `The target column '${targetName}' has ${classNames.length} different values, too many classes (at most ${MAX_CSV_CLASSES}). ` +
        'Choose another target column, or the regression task if it holds measurements.',
    );
  }
  if (classNames.length === 1) {
    const value = quoteCell(classNames[0]);
    throw new DataError(
      'csv-one-class',
      { column: targetName, value },
      `The target column '${targetName}' holds only one value (${value}); classification needs at least two classes.`,
    );
  }
  const index = new Map(classNames.map((c, k) => [c, k]));
  return { y: Float32Array.from(cells, (cell) => index.get(cell.label) as number), classNames, keep: null };
}

function inferTask(numeric: number[]): Task {
  const distinct = new Set<number>();
  for (const v of numeric) {
    if (Number.isNaN(v)) return 'classification';
    if (!Number.isInteger(v)) return 'regression';
    distinct.add(v);
  }
  return distinct.size <= INFER_CLASSIFICATION_MAX_DISTINCT ? 'classification' : 'regression';
}

function sortedClassNames(cells: TargetCell[]): string[] {
  const byName = new Map<string, number>();
  for (const cell of cells) if (!byName.has(cell.label)) byName.set(cell.label, cell.value);
  const names = [...byName.keys()];
  const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const allNumeric = names.every((k) => !Number.isNaN(byName.get(k) as number));
  return allNumeric
    ? names.sort((a, b) => (byName.get(a) as number) - (byName.get(b) as number) || byCodePoint(a, b))
    : names.sort(byCodePoint);
}
