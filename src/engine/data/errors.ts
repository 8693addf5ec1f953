/**
 * A dataset that cannot be built, as data: a stable `code` and its `params` beside the English sentence,
 * so the app and the command line can word it in the reader's language (src/shared/i18n, `problems.<code>`;
 * `params.context` picks a variant). The engine words nothing itself beyond that English twin.
 */
import type { ProblemParams } from '../types';

export interface DataProblem {
  code: string;
  /** The English sentence, as the engine has always thrown it. */
  message: string;
  params: ProblemParams;
  /** For `csv-no-usable-rows`: the first rows left out, worded as CSV row problems. */
  rows?: DataProblemRow[];
}

/** A CSV row named inside a problem (a BadRow's line, English reason and problems). */
export interface DataProblemRow {
  line: number;
  reason: string;
  problems: { code: string; message: string; params: ProblemParams }[];
}

export class DataError extends Error {
  readonly code: string;
  readonly params: ProblemParams;
  readonly rows?: DataProblemRow[];

  constructor(code: string, params: ProblemParams, message: string, rows?: DataProblemRow[]) {
    super(message);
    this.name = 'DataError';
    this.code = code;
    this.params = params;
    if (rows) this.rows = rows;
  }
}

/** The problem a DataError carries, as plain data that survives postMessage; undefined for other errors. */
export function dataProblemOf(error: unknown): DataProblem | undefined {
  if (!(error instanceof DataError)) return undefined;
  return {
    code: error.code,
    message: error.message,
    params: { ...error.params },
    ...(error.rows ? { rows: error.rows.map((r) => ({ ...r, problems: r.problems.map((p) => ({ ...p })) })) } : {}),
  };
}
