/**
 * What the data panel shows about a dataset spec: the split the trainer will use (same seed, same
 * standardization, so points line up with the decision boundary), capped to what a preview can draw, plus
 * a CSV's columns, first rows and unusable rows. Pure, so it runs in the data worker and in tests.
 */
import type { WordableProblem } from '../../shared/i18n';
import type { CsvDelimiter, Dataset, DatasetSpec, Task } from '../../engine';
import {
  DATASET_INFO,
  dataProblemOf,
  detectDelimiter,
  parseCsv,
  prepareData,
  selectRows,
  type BadRow,
  type DatasetResources,
} from '../../engine/data';
import { csvRow } from '../../engine/data/csv-parse';

/** Rows of each half sent to the UI. Enough for a dense scatter; bounds the copy of MNIST's 784 columns. */
export const PREVIEW_ROW_CAP = 2000;
export const CSV_PREVIEW_ROWS = 8;

export interface CsvPreview {
  columns: string[];
  /** First rows as written in the file. */
  rows: string[][];
  lines: number[];
  totalRows: number;
  /** The separator used: the spec's, or the one detected from the text. */
  delimiter: CsvDelimiter;
  /** Warnings about the data (two class labels that are the same number written differently). */
  warnings: string[];
}

export interface DataPreview {
  task: Task;
  features: number;
  classes: number;
  featureNames: string[];
  classNames: string[];
  /** At most PREVIEW_ROW_CAP rows each, in the order the trainer holds them. */
  train: Dataset;
  validation: Dataset;
  trainSize: number;
  validationSize: number;
  /** Whether the features were standardized (the grid then spans the data, not the fixed plane). */
  standardized: boolean;
  /** Two inputs on the fixed plane: the decision-boundary view applies. */
  plane2d: boolean;
  badRows: BadRow[];
  csv?: CsvPreview;
}

export type DataPreviewResult =
  | { ok: true; preview: DataPreview }
  | {
      ok: false;
      message: string;
      /** The same as a coded problem, which the panel words in its language (the worker has no catalogue). */
      problem?: WordableProblem;
      csv?: CsvPreview;
      badRows?: BadRow[];
    };

function cap(dataset: Dataset, rows: number): Dataset {
  if (dataset.n <= rows) return dataset;
  return selectRows(
    dataset,
    Uint32Array.from({ length: rows }, (_, i) => i),
  );
}

function csvPreviewOf(text: string, chosen: CsvDelimiter | undefined): CsvPreview {
  const delimiter = chosen ?? detectDelimiter(text);
  const table = parseCsv(text, { delimiter });
  const shown = Math.min(CSV_PREVIEW_ROWS, table.rowCount);
  return {
    columns: table.columns,
    rows: Array.from({ length: shown }, (_, r) => csvRow(table, r)),
    lines: Array.from(table.lines.subarray(0, shown)),
    totalRows: table.rowCount,
    delimiter,
    warnings: [],
  };
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Why the data cannot be previewed: the English sentence and, for the engine's coded refusals, the problem. */
function failure(e: unknown): { message: string; problem?: WordableProblem } {
  const problem = dataProblemOf(e);
  return { message: messageOf(e), ...(problem ? { problem } : {}) };
}

export function buildDataPreview(
  spec: DatasetSpec,
  resources: DatasetResources = {},
  rowCap = PREVIEW_ROW_CAP,
): DataPreviewResult {
  let csv: CsvPreview | undefined;
  if (spec.kind === 'csv') {
    const text = spec.text ?? resources.csvText;
    if (text === undefined) {
      const message = 'Choose a CSV file to use your own data.';
      return { ok: false, message, problem: { code: 'csv-not-chosen', message, params: {} } };
    }
    try {
      csv = csvPreviewOf(text, spec.delimiter);
    } catch (e) {
      return { ok: false, ...failure(e) };
    }
  }
  try {
    const prepared = prepareData(spec, resources);
    const { train, validation } = prepared.split;
    return {
      ok: true,
      preview: {
        task: train.task,
        features: train.features,
        classes: train.classes,
        featureNames: train.featureNames,
        classNames: train.classNames,
        train: cap(train, rowCap),
        validation: cap(validation, rowCap),
        trainSize: train.n,
        validationSize: validation.n,
        standardized: prepared.standardization !== null,
        plane2d: DATASET_INFO[spec.kind].plane2d,
        badRows: prepared.badRows,
        csv: csv && { ...csv, warnings: prepared.warnings ?? [] },
      },
    };
  } catch (e) {
    return { ok: false, ...failure(e), csv };
  }
}
