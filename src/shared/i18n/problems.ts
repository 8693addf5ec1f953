/**
 * Words an engine or project-format problem in the current language. A problem carries a stable `code` and
 * its parameters (`params`); a parameter `X` with a sibling `XType` is a node reference (its display name and
 * its node type), worded as `XDesc` ("Dense layer 'h2'" / 「全結合層「h2」」). `params.context` picks a
 * variant of the sentence (`problems.<code>_<context>`). A problem without params, or whose code the
 * catalogue does not have, keeps the engine's English `message`. A problem may name CSV rows (`rows`), each
 * worded as badRowText does, joined into its `rows` parameter.
 */
import type { TFunction } from 'i18next';

export interface WordableProblem {
  /** Absent on a problem the catalogue does not word (its `message` is shown as it is). */
  code?: string;
  message: string;
  params?: Readonly<Record<string, string | number>>;
  /** CSV rows the problem names (engine/data's `csv-no-usable-rows`), worded into its `rows` parameter. */
  rows?: readonly WordableBadRow[];
}

function nodeDesc(t: TFunction, type: string, name: string): string {
  const kind = t(`nodeKinds.${type}.phrase`, { defaultValue: '' }) || t('nodeKinds.unknown.phrase', { type });
  return t('nodeRef', { kind, name });
}

/**
 * Why a project file is not JSON (project/json-syntax.ts's code and parameters): what was unexpected and
 * what was expected there, or that the file is empty or cut off.
 */
function jsonSyntaxReason(t: TFunction, params: Readonly<Record<string, string | number>>): string {
  const reason = String(params.reason);
  if (reason === 'engine') return String(params.detail ?? '');
  if (reason === 'empty' || reason === 'truncated') return t(`jsonSyntax.${reason}`);
  const what = t(params.control ? 'jsonSyntax.control' : 'jsonSyntax.char', { char: params.char });
  const expected = t(`jsonSyntax.expected.${reason}`, { word: params.word });
  return t('jsonSyntax.unexpected', { what, expected });
}

/**
 * A list parameter (`…List` of project/schema-issues.ts: items joined by ",", alternatives by "|") as a
 * phrase of the current language: "samples, noise and classes", "path or text".
 */
function listText(t: TFunction, list: string): string {
  const items = list.split(',').map((item) => {
    const [first, ...others] = item.split('|');
    return others.reduce((a, b) => t('lists.or', { first: a, second: b }), first);
  });
  if (items.length <= 1) return items.join('');
  return t('lists.and', { init: items.slice(0, -1).join(t('lists.comma')), last: items[items.length - 1] });
}

const MISSING = '\u0000';

/**
 * A project file's schema problem (project/parse.ts): the issue (`problems.schema-*`, with its own
 * parameters), what was found there or that it is missing, and where: the file, the JSON path and the node,
 * edge or run it belongs to, and a note when the file was checked after an upgrade.
 */
function schemaText(t: TFunction, code: string, message: string, params: Readonly<Record<string, string | number>>) {
  const { context, file, path, owner, ownerId, missing, foundKind, found, foundLength, upgradedFrom, ...own } = params;
  const values: Record<string, string | number> = { ...own };
  for (const [key, value] of Object.entries(own))
    if (key.endsWith('List') && typeof value === 'string') values[key.slice(0, -'List'.length)] = listText(t, value);
  const issue = t(`problems.${code}`, {
    ...values,
    ...(context === undefined ? {} : { context: String(context) }),
    defaultValue: MISSING,
  });
  if (issue === MISSING) return message;
  let problem = issue;
  if (missing !== undefined) problem = t('schema.missing', { issue });
  else if (foundKind !== undefined) problem += t(`schema.found.${foundKind}`, { value: found, length: foundLength });
  const note = upgradedFrom === undefined ? '' : t('schema.note', { from: upgradedFrom });
  if (path === undefined || path === '') return t('schema.top', { file, problem, note });
  const where = owner === undefined ? path : t(`schema.owner.${owner}`, { path, id: ownerId });
  return t('schema.at', { file, where, problem, note });
}

/**
 * The words of a file operation's problem (src/main/fs-errors.ts, `fs-…`): what could not be done to which
 * file (`failed`; with the folder for a failure the catalogue has no sentence for) and, after a save, that the
 * previous version of the file is unchanged (`kept`).
 */
function fsWords(t: TFunction, code: string, params: Readonly<Record<string, string | number>>) {
  const action = String(params.action);
  const failed = t(`fs.${code === 'fs-other' ? 'failedIn' : 'failed'}.${action}`, {
    file: params.file,
    folder: params.folder,
    defaultValue: MISSING,
  });
  const kept = action === 'save' ? t('fs.kept') : '';
  return failed === MISSING ? null : { failed, kept };
}

/**
 * `problem` in `t`'s language when there is one, else `fallback`: the sentence that was kept without a code
 * (an older file's English message, a failure that carries no problem).
 */
export function problemOr<F extends string | null | undefined>(
  t: TFunction,
  problem: WordableProblem | null | undefined,
  fallback: F,
): string | F {
  return problem ? problemText(t, problem) : fallback;
}

export function problemText(t: TFunction, problem: WordableProblem): string {
  const params = problem.params;
  if (!params) return problem.message;
  if (problem.code?.startsWith('schema-')) return schemaText(t, problem.code, problem.message, params);
  const values: Record<string, string | number> = { ...params };
  if (problem.code?.startsWith('fs-')) {
    const words = fsWords(t, problem.code, params);
    if (!words) return problem.message;
    Object.assign(values, words);
  }
  if (problem.rows) values.rows = problem.rows.map((row) => badRowText(t, row)).join(t('csv.problemJoiner'));
  if (problem.code === 'project-syntax') values.reason = jsonSyntaxReason(t, params);
  if (problem.code === 'text-unknown-encoding') values.guess = t(`encodingGuess.${String(params.guess)}`);
  if (problem.code === 'project-migration-failed' && params.reasonCode !== undefined)
    values.reason = t(`migrationFailure.${String(params.reasonCode)}`, { ...params, defaultValue: params.reason });
  for (const [key, value] of Object.entries(params)) {
    const type = params[`${key}Type`];
    if (typeof type === 'string' && !key.endsWith('Type')) values[`${key}Desc`] = nodeDesc(t, type, String(value));
  }
  const { context, ...rest } = values;
  return t(`problems.${problem.code}`, {
    ...rest,
    ...(context === undefined ? {} : { context: String(context) }),
    defaultValue: problem.message,
  });
}

/** A CSV row left out of the dataset: its line and each of its problems (engine/data's BadRow). */
export interface WordableBadRow {
  line: number;
  reason: string;
  problems?: readonly WordableProblem[];
}

/** "line 4: column 'x' is 'abc', not a number; …" in the current language. */
export function badRowText(t: TFunction, row: WordableBadRow): string {
  if (!row.problems || row.problems.length === 0) return row.reason;
  const problems = row.problems.map((p) => problemText(t, p)).join(t('csv.problemJoiner'));
  return t('csv.badRow', { line: row.line, problems });
}

/**
 * A project file's problems (project/errors.ts) as one text in the current language, cut after `limit` with
 * a count of the rest, as describeProjectErrors does in English.
 */
export function projectErrorsText(t: TFunction, errors: readonly WordableProblem[], limit = 20): string {
  const shown = errors.slice(0, limit).map((e) => problemText(t, e));
  if (errors.length > limit) shown.push(t('fileDialog.moreProblems', { count: errors.length - limit }));
  return shown.join('\n');
}

/**
 * That a project file was saved in an older format version and upgraded in memory (project/migrations.ts),
 * followed by the migrations' own notes on what changed (each a code and parameters).
 */
export function upgradeText(
  t: TFunction,
  fileName: string,
  fromVersion: number,
  toVersion: number,
  notes: readonly WordableProblem[] = [],
): string {
  const head = t('fileNotices.upgraded', { name: fileName, from: fromVersion, to: toVersion });
  return notes.length === 0 ? head : `${head} ${notes.map((note) => problemText(t, note)).join(' ')}`;
}

/**
 * Why a start was refused because the graph does not compile (engine/train/setup.ts's compileErrorMessage),
 * in the current language: the one error, or how many there are and the first.
 */
export function compileErrorText(
  t: TFunction,
  problems: readonly (WordableProblem & { severity: 'error' | 'warning' })[],
): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const first = errors[0] ? problemText(t, errors[0]) : 'unknown';
  // Not a plural form: Japanese has only one, and the sentence differs for one problem.
  const key = errors.length === 1 ? 'training.notTrainableOne' : 'training.notTrainableSeveral';
  return t(key, { count: errors.length, first });
}
