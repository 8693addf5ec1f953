/**
 * Adapts the project format's parser (src/project) to the small ProjectValidator interface open-project.ts uses.
 *
 * Why it exists: main validates a file before handing its text to the renderer, so a broken file is reported at
 * once with the file name and line/column or JSON path; this is the only place main depends on src/project.
 */
import { checkProjectSize, describeProjectErrors, parseProject } from '../project';
import type { ProjectValidator } from './open-project';

export const projectValidator: ProjectValidator = {
  checkSize(byteLength, fileName) {
    return checkProjectSize(byteLength, fileName)?.message ?? null;
  },
  validate(text, fileName) {
    const result = parseProject(text, fileName);
    return result.ok ? null : describeProjectErrors(result.errors, 10);
  },
};
