/**
 * The command line's words, in the language of the user's locale (`LC_ALL`, `LC_MESSAGES`, `LANG`):
 * `ja_JP.UTF-8` gives Japanese, anything else English. The sentences come from the same catalogue as the
 * app's (src/shared/i18n); `--json` keys never change.
 */
import { dataProblemOf } from '../engine/data';
import { createTranslator, languageFromEnv, problemText, type WordableProblem } from '../shared/i18n';

export const cliLanguage = languageFromEnv(process.env);
export const t = createTranslator(cliLanguage);

/** A problem worded in the CLI's language. */
export function wordProblem(problem: WordableProblem): string {
  return problemText(t, problem);
}

/** What an error says, in the CLI's language when it is a coded problem (engine/data's DataError). */
export function wordError(error: unknown): string {
  const problem = dataProblemOf(error);
  if (problem) return wordProblem(problem);
  return error instanceof Error ? error.message : String(error);
}
