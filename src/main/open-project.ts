/**
 * Reads a project file from disk for the renderer, refusing what it should not load.
 *
 * Why it exists: opening is where untrusted bytes enter the app. The size is checked before anything is read
 * (a 5 GB file must not be pulled into memory), the bytes must be UTF-8 text, and the project format's own
 * parser validates the content so the user learns at once, with the file name and line/column or JSON path,
 * why a file cannot be opened. The validator is an interface so this module does not depend on how
 * src/project reports errors (see project-validator.ts) and tests can pass a simple one.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { problemsFailure, type OpenedFile, type Problem, type Result } from '../shared/ipc';
import { fsProblem, notAFileProblem, notTextProblem } from './fs-errors';

/**
 * Problems are data (a code, its parameters and the English sentence) so the window can word them in its
 * language; a failure's `message` is their sentences, one a line.
 */
export interface ProjectValidator {
  /** That the file is too large, or null when `byteLength` is acceptable. */
  checkSize(byteLength: number, fileName: string): Problem | null;
  /** What is wrong and where (the first few problems, and a count of the rest), or null for a valid project. */
  validate(text: string, fileName: string): Problem[] | null;
}

export interface ReadFs {
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(filePath: string): Promise<Uint8Array>;
}

export const nodeReadFs: ReadFs = { stat: (p) => fsp.stat(p), readFile: (p) => fsp.readFile(p) };

export async function readProjectFile(
  filePath: string,
  validator: ProjectValidator,
  fs: ReadFs = nodeReadFs,
): Promise<Result<OpenedFile>> {
  const fileName = path.basename(filePath);
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) return problemsFailure([notAFileProblem(filePath)]);
    const tooLarge = validator.checkSize(stat.size, fileName);
    if (tooLarge) return problemsFailure([tooLarge]);
    bytes = await fs.readFile(filePath);
  } catch (error) {
    return problemsFailure([fsProblem(error, 'open', filePath)]);
  }
  // The file may have grown between stat and read.
  const tooLarge = validator.checkSize(bytes.byteLength, fileName);
  if (tooLarge) return problemsFailure([tooLarge]);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return problemsFailure([notTextProblem(filePath)]);
  }
  const problems = validator.validate(text, fileName);
  if (problems && problems.length > 0) return problemsFailure(problems);
  return { ok: true, value: { fileName, path: filePath, text } };
}
