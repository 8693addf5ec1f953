/**
 * Words an engine or project-format problem in the current language. A problem carries a stable `code` and
 * its parameters (`params`); a parameter `X` with a sibling `XType` is a node reference (its display name and
 * its node type), worded as `XDesc` ("Dense layer 'h2'" / 「全結合層「h2」」). `params.context` picks a
 * variant of the sentence (`problems.<code>_<context>`). A problem without params, or whose code the
 * catalogue does not have, keeps the engine's English `message`.
 */
import type { TFunction } from 'i18next';

export interface WordableProblem {
  code: string;
  message: string;
  params?: Readonly<Record<string, string | number>>;
}

function nodeDesc(t: TFunction, type: string, name: string): string {
  const kind = t(`nodeKinds.${type}.phrase`, { defaultValue: '' }) || t('nodeKinds.unknown.phrase', { type });
  return t('nodeRef', { kind, name });
}

export function problemText(t: TFunction, problem: WordableProblem): string {
  const params = problem.params;
  if (!params) return problem.message;
  const values: Record<string, string | number> = { ...params };
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
