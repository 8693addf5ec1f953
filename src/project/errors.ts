/**
 * What can go wrong when a project file is opened, as typed values a caller can branch on and sentences a
 * person can act on. Every message names the file, says what is wrong and where, and what to do about it.
 */

export type ProjectErrorKind = ProjectError['kind'];

interface ProjectErrorBase {
  /** A complete sentence (or two) for a person, starting with the file name. */
  message: string;
  /** The name the caller gave for the file (usually its base name). */
  fileName: string;
  /**
   * `message` as data, for the catalogue to word in the reader's language (`problems.<code>`): a stable
   * code and its parameters (`file` and the kind's fields; `context` picks a variant). A schema error's code
   * is its issue's (`schema-int-range`, schema-issues.ts) with the parameters and where it is.
   */
  code?: string;
  params?: Record<string, string | number>;
}

/** The text is not valid JSON. `line` and `column` are 1-based; column counts Unicode code points. */
export interface SyntaxProjectError extends ProjectErrorBase {
  kind: 'syntax';
  line: number;
  column: number;
  /** UTF-16 offset into the text (after a leading byte-order mark was removed). */
  offset: number;
}

/** A value in the file does not fit the format. One error per problem, each with its JSON path. */
export interface SchemaProjectError extends ProjectErrorBase {
  kind: 'schema';
  /** `graph.nodes[2].params.units`; empty for the top level. */
  path: string;
  /** The problem alone, without file name or path: `must be an integer from 1 to 4096 (found 0)`. */
  problem: string;
  /**
   * `schema-…` (schema-issues.ts), with the parameters and `file`, `path`, `owner`/`ownerId` (the
   * node, edge or run the path is in), `missing` or `foundKind`/`found`/`foundLength`, and `upgradedFrom`.
   */
  code: string;
  params: Record<string, string | number>;
}

/** Valid JSON, but not a Layerwise project (another program's file, or no `format` field). */
export interface NotAProjectError extends ProjectErrorBase {
  kind: 'notAProject';
}

/** Written by a newer Layerwise whose format this version cannot read. */
export interface VersionTooNewError extends ProjectErrorBase {
  kind: 'versionTooNew';
  version: number;
  supported: number;
}

/** The file is larger than MAX_PROJECT_BYTES and was not read. */
export interface TooLargeProjectError extends ProjectErrorBase {
  kind: 'tooLarge';
  byteLength: number;
  limit: number;
}

/** An older file could not be upgraded to the current version. */
export interface MigrationFailedError extends ProjectErrorBase {
  kind: 'migrationFailed';
  fromVersion: number;
  toVersion: number;
}

export type ProjectError =
  | SyntaxProjectError
  | SchemaProjectError
  | NotAProjectError
  | VersionTooNewError
  | TooLargeProjectError
  | MigrationFailedError;

/**
 * Thrown by `serializeProject` when the project cannot be written without losing data: JSON has no NaN or
 * Infinity (JSON.stringify would silently write `null`), nor functions, typed arrays outside tensors, etc.
 * This is a programming or state error on the saving side, so it is thrown rather than returned; the save
 * command catches it and shows `message`, and the file on disk is left untouched.
 */
export class ProjectSaveError extends Error {
  /** JSON path of the offending value, e.g. `runs[0].weights.h1.kernel`. */
  readonly path: string;
  /** Set when the value belongs to a run. */
  readonly runId?: string;
  /** Set when the value is a weight tensor of a node. */
  readonly nodeId?: string;

  constructor(message: string, path: string, details: { runId?: string; nodeId?: string } = {}) {
    super(message);
    this.name = 'ProjectSaveError';
    this.path = path;
    if (details.runId !== undefined) this.runId = details.runId;
    if (details.nodeId !== undefined) this.nodeId = details.nodeId;
  }
}

/**
 * All messages as one text, for a dialog or the command line. Long lists are cut after `limit` messages with
 * a count of the rest, because a broken 200 MB file can hold a million bad values.
 */
export function describeProjectErrors(errors: readonly ProjectError[], limit = 20): string {
  const shown = errors.slice(0, limit).map((e) => e.message);
  if (errors.length > limit) shown.push(`…and ${errors.length - limit} more problems of the same kind.`);
  return shown.join('\n');
}
