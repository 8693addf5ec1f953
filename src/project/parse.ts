/**
 * Opening a project file: size check, JSON syntax, "is this a Layerwise project at all", version and
 * migration, then the schema. Every outcome is a value; nothing here throws on any input text, and nothing
 * in a file is ever executed (it is parsed as JSON and validated as data, never evaluated).
 */
import type { z } from 'zod';
import type {
  MigrationFailedError,
  NotAProjectError,
  ProjectError,
  SchemaProjectError,
  SyntaxProjectError,
  TooLargeProjectError,
  VersionTooNewError,
} from './errors';
import { describeValue, formatPath, foundParams, isPlainRecord, valueAtPath } from './paths';
import {
  FIRST_VERSION,
  migrateProject,
  migrations,
  targetVersion,
  type MigrationFailure,
  type MigrationNote,
  type MigrationStep,
} from './migrations';
import { PROJECT_FORMAT, ProjectSchema, VERSION_ERROR, type Project } from './schema';
import { genericIssueMessage } from './schema-helpers';
import { schemaIssueOf, type SchemaIssue } from './schema-issues';
import { findJsonSyntaxError, lineAndColumn } from './json-syntax';

/**
 * The largest project file Layerwise opens: 200 MiB (209,715,200 bytes). Far above any real project (an MNIST
 * network with a dozen saved runs and weights is a few MB) yet low enough that reading, parsing and
 * validating it cannot exhaust the renderer's memory. Callers check the size before reading the file.
 */
export const MAX_PROJECT_BYTES = 200 * 1024 * 1024;

/**
 * The deepest nesting of objects and arrays a project file may have: 256 levels. Real projects use fewer
 * than ten; the limit exists so that every file that opens can also be saved (the writer recurses, and a
 * field nested thousands deep would overflow its stack on Save, in backups and in `train --out`).
 */
export const MAX_JSON_DEPTH = 256;

/** Offset of the bracket that opens level MAX_JSON_DEPTH + 1 in valid JSON text, or -1. Linear, no recursion. */
export function findTooDeep(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return -1;
}

export type ParseProjectResult =
  | {
      ok: true;
      project: Project;
      /** Set when the file was an older version and was upgraded in memory (see describeUpgrade). */
      migratedFrom?: number;
      /** What the upgrade changed about the project, for people; present with migratedFrom. */
      upgradeNotes?: MigrationNote[];
    }
  | { ok: false; errors: ProjectError[] };

export interface ParseProjectOptions {
  /** The upgrade steps to use; tests pass their own. Defaults to the app's `migrations`. */
  migrations?: readonly MigrationStep[];
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** "200.0 MB (209,715,201 bytes)" when one decimal would make a size look equal to the limit. */
export function formatSizeAgainstLimit(bytes: number, limit = MAX_PROJECT_BYTES): string {
  const shown = formatMegabytes(bytes);
  return shown === formatMegabytes(limit) ? `${shown} (${bytes.toLocaleString('en-US')} bytes)` : shown;
}

/** Refuses a file larger than MAX_PROJECT_BYTES; call it with the file's size before reading it. */
export function checkProjectSize(byteLength: number, fileName: string): TooLargeProjectError | null {
  if (byteLength <= MAX_PROJECT_BYTES) return null;
  return {
    kind: 'tooLarge',
    fileName,
    byteLength,
    limit: MAX_PROJECT_BYTES,
    code: 'project-too-large',
    params: {
      file: fileName,
      size: formatSizeAgainstLimit(byteLength),
      limit: formatMegabytes(MAX_PROJECT_BYTES),
      bytes: MAX_PROJECT_BYTES,
    },
    message:
      `${fileName} is ${formatSizeAgainstLimit(byteLength)}, larger than the ${formatMegabytes(MAX_PROJECT_BYTES)} (${MAX_PROJECT_BYTES.toLocaleString('en-US')} bytes) a project file may be, so it was not opened. ` +
      'Files this large usually hold many saved runs with weights or an embedded dataset: open a copy in a text editor and delete old runs, or keep the CSV as a separate file.',
  };
}

/** Parses and validates a project file's text. `fileName` appears in every message. */
export function parseProject(text: string, fileName: string, options: ParseProjectOptions = {}): ParseProjectResult {
  // A UTF-16 string is never longer than its UTF-8 encoding, so this catches callers that skipped the size check.
  const tooLarge = checkProjectSize(text.length, fileName);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  // Editors on Windows may start a file with a byte-order mark; it is not part of the JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return { ok: false, errors: [syntaxError(body, fileName, e)] };
  }

  const deep = findTooDeep(body);
  if (deep >= 0) return { ok: false, errors: [tooDeepError(body, deep, fileName)] };

  if (!isPlainRecord(json) || json.format !== PROJECT_FORMAT)
    return { ok: false, errors: [notAProject(json, fileName)] };

  const steps = options.migrations ?? migrations;
  const newest = targetVersion(steps);
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < FIRST_VERSION) {
    const issue = schemaIssueOf({ code: 'invalid_type', message: VERSION_ERROR });
    return { ok: false, errors: [schemaError(json, ['version'], issue, fileName, true)] };
  }
  if (version > newest) return { ok: false, errors: [versionTooNew(version, newest, fileName)] };

  let migratedFrom: number | undefined;
  let upgradeNotes: MigrationNote[] = [];
  if (version < newest) {
    const migrated = migrateProject(json, steps);
    if (!migrated.ok) {
      const { from, reason, failure } = migrated;
      return { ok: false, errors: [migrationFailed(from, newest, reason, failure, fileName)] };
    }
    json = migrated.project;
    migratedFrom = version;
    upgradeNotes = migrated.notes;
  }

  const result = ProjectSchema.safeParse(json, {
    error: (issue) => genericIssueMessage(issue as { code: string; expected?: unknown }),
  });
  if (!result.success) return { ok: false, errors: schemaErrors(json, result.error.issues, fileName, migratedFrom) };
  return migratedFrom === undefined
    ? { ok: true, project: result.data }
    : { ok: true, project: result.data, migratedFrom, upgradeNotes };
}

function syntaxError(text: string, fileName: string, cause: unknown): SyntaxProjectError {
  const found = findJsonSyntaxError(text);
  // Should JSON.parse and the validator ever disagree, still point somewhere useful: the engine's own words.
  const offset = found?.offset ?? 0;
  const where = found ?? lineAndColumn(text, 0);
  const reason = found?.reason ?? (cause instanceof Error ? cause.message : String(cause));
  return {
    kind: 'syntax',
    fileName,
    offset,
    line: where.line,
    column: where.column,
    code: 'project-syntax',
    params: {
      file: fileName,
      line: where.line,
      column: where.column,
      ...(found ? { reason: found.code, ...found.params } : { reason: 'engine', detail: reason }),
    },
    message: `${fileName} is not valid JSON at line ${where.line}, column ${where.column}: ${reason}. Fix the text there in an editor, or open a backup of the project.`,
  };
}

function tooDeepError(text: string, offset: number, fileName: string): SyntaxProjectError {
  const where = lineAndColumn(text, offset);
  return {
    kind: 'syntax',
    fileName,
    offset,
    line: where.line,
    column: where.column,
    code: 'project-too-deep',
    params: { file: fileName, depth: MAX_JSON_DEPTH, line: where.line, column: where.column },
    message: `${fileName} is nested more than ${MAX_JSON_DEPTH} levels deep at line ${where.line}, column ${where.column}, deeper than a project file may be (Layerwise could not save it again). Remove the deeply nested field in an editor.`,
  };
}

function notAProject(json: unknown, fileName: string): NotAProjectError {
  let what: string;
  let params: Record<string, string | number>;
  if (!isPlainRecord(json)) {
    what = `it holds ${describeValue(json)} instead of a project object`;
    params = Array.isArray(json)
      ? json.length === 0
        ? { context: 'emptyList' }
        : { context: 'list', length: json.length }
      : { context: 'value', value: describeValue(json) };
  } else if (!Object.hasOwn(json, 'format')) {
    what = `it has no "format": "${PROJECT_FORMAT}" field, so it was probably made by another program`;
    params = { context: 'noFormat', format: PROJECT_FORMAT };
  } else {
    what = `its "format" is ${describeValue(json.format)}, not "${PROJECT_FORMAT}"`;
    params = { context: 'wrongFormat', value: describeValue(json.format), format: PROJECT_FORMAT };
  }
  return {
    kind: 'notAProject',
    fileName,
    code: 'project-not-project',
    params: { file: fileName, ...params },
    message: `${fileName} is not a Layerwise project: ${what}. Open a .nnproj file saved by Layerwise.`,
  };
}

function versionTooNew(version: number, supported: number, fileName: string): VersionTooNewError {
  return {
    kind: 'versionTooNew',
    fileName,
    version,
    supported,
    code: 'project-too-new',
    params: { file: fileName, version, supported },
    message: `${fileName} was made by a newer version of Layerwise (file format version ${version}); this version reads up to ${supported}. Update Layerwise to open it.`,
  };
}

function migrationFailed(
  fromVersion: number,
  toVersion: number,
  reason: string,
  failure: MigrationFailure,
  fileName: string,
): MigrationFailedError {
  return {
    kind: 'migrationFailed',
    fileName,
    fromVersion,
    toVersion,
    code: 'project-migration-failed',
    params: { ...failure, file: fileName, from: fromVersion, to: toVersion, reason },
    message: `${fileName} uses file format version ${fromVersion} and could not be upgraded to version ${toVersion}: ${reason}. The file itself was not changed; please report this with the file attached.`,
  };
}

/** Singular names of the lists whose items have ids, for "(node "h1")" hints in messages. */
const ITEM_NAMES: Record<string, string> = { nodes: 'node', edges: 'edge', runs: 'run', comparisons: 'comparison' };

/** The innermost list item with an id on the path (`owner: 'node'`, `ownerId: '"h1"'`), so people find it without counting. */
function ownerOf(json: unknown, path: readonly PropertyKey[]): { owner: string; ownerId: string } | null {
  for (let k = path.length - 1; k >= 1; k--) {
    const list = path[k - 1];
    if (typeof path[k] !== 'number' || typeof list !== 'string' || !Object.hasOwn(ITEM_NAMES, list)) continue;
    const item = valueAtPath(json, path.slice(0, k + 1));
    if (item.found && isPlainRecord(item.value) && typeof item.value.id === 'string') {
      return { owner: ITEM_NAMES[list], ownerId: JSON.stringify(item.value.id) };
    }
  }
  return null;
}

/**
 * One schema problem, worded in English and as data: the issue's code and parameters, plus where it is
 * (`file`, `path`, `owner`/`ownerId`), what was found there (`missing` 1, or foundParams) and `upgradedFrom`
 * when the file was checked after an upgrade (src/shared/i18n words them in the reader's language).
 */
function schemaError(
  json: unknown,
  path: readonly PropertyKey[],
  issue: SchemaIssue,
  fileName: string,
  showFound: boolean,
  migratedFrom?: number,
): SchemaProjectError {
  const at = valueAtPath(json, path);
  let problem: string;
  let state: Record<string, string | number> = {};
  if (!at.found) {
    problem = `is missing (it ${issue.message})`;
    state = { missing: 1 };
  } else if (showFound) {
    problem = `${issue.message} (found ${describeValue(at.value)})`;
    state = foundParams(at.value);
  } else problem = issue.message;
  const where = formatPath(path);
  const owner = where === '' ? null : ownerOf(json, path);
  const note = migratedFrom === undefined ? '' : ` (checked after upgrading the file from version ${migratedFrom})`;
  const prefix =
    where === '' ? `${fileName}: ` : `${fileName}: ${where}${owner ? ` (${owner.owner} ${owner.ownerId})` : ''}: `;
  return {
    kind: 'schema',
    fileName,
    path: where,
    problem,
    code: issue.code,
    params: {
      ...issue.params,
      file: fileName,
      path: where,
      ...owner,
      ...state,
      ...(migratedFrom === undefined ? {} : { upgradedFrom: migratedFrom }),
    },
    message: `${prefix}${problem}${note}.`,
  };
}

function schemaErrors(
  json: unknown,
  issues: readonly z.core.$ZodIssue[],
  fileName: string,
  migratedFrom?: number,
): SchemaProjectError[] {
  const seen = new Set<string>();
  const errors: SchemaProjectError[] = [];
  for (const issue of issues) {
    // Our own checks (duplicate ids, damaged tensors) already describe the value; zod's do not.
    const describesValue = issue.code === 'custom' && issue.params?.describesValue === true;
    const error = schemaError(json, issue.path, schemaIssueOf(issue), fileName, !describesValue, migratedFrom);
    const key = `${error.path}\u0000${error.problem}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(error);
  }
  return errors;
}
