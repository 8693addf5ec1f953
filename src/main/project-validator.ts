/**
 * Adapts the project format's parser (src/project) to the small ProjectValidator interface open-project.ts uses.
 *
 * Why it exists: main validates a file before handing its text to the renderer, so a broken file is reported at
 * once with the file name and line/column or JSON path; this is the only place main depends on src/project.
 */
import { checkProjectSize, parseProject, type ProjectError } from '../project';
import type { Problem } from '../shared/ipc';
import type { ProjectValidator } from './open-project';

/** How many of a broken file's problems cross to the window; the rest are counted. */
export const SHOWN_PROBLEMS = 10;

/**
 * The first `limit` errors as they are (code, params, English message), and `project-more-problems` with the
 * count of the rest: their messages, one a line, are describeProjectErrors(errors, limit).
 */
export function projectProblems(errors: readonly ProjectError[], limit = SHOWN_PROBLEMS): Problem[] {
  const shown: Problem[] = errors.slice(0, limit);
  const rest = errors.length - limit;
  if (rest <= 0) return [...shown];
  return [
    ...shown,
    {
      code: 'project-more-problems',
      params: { count: rest },
      message: `…and ${rest} more problems of the same kind.`,
    },
  ];
}

export const projectValidator: ProjectValidator = {
  checkSize(byteLength, fileName) {
    return checkProjectSize(byteLength, fileName);
  },
  validate(text, fileName) {
    const result = parseProject(text, fileName);
    return result.ok ? null : projectProblems(result.errors);
  },
};
