/**
 * What a platform failure says, in the UI's language: one line per problem a PlatformError carries (the
 * desktop app's main process sends its refusals as problems, since it does not know the window's language),
 * the problem of a dataset that cannot be built (engine/data's DataError), else the error's own sentence.
 */
import type { TFunction } from 'i18next';
import { dataProblemOf } from '../../engine/data';
import { problemText, type WordableProblem } from '../../shared/i18n';
import { PlatformError } from './types';

export function problemLines(t: TFunction, message: string, problems?: readonly WordableProblem[]): string[] {
  return problems && problems.length > 0 ? problems.map((p) => problemText(t, p)) : [message];
}

export function failureLines(t: TFunction, error: unknown): string[] {
  const message = error instanceof Error ? error.message : String(error);
  const data = dataProblemOf(error);
  if (data) return [problemText(t, data)];
  return problemLines(t, message, error instanceof PlatformError ? error.problems : undefined);
}
