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
import type { OpenedFile, Result } from '../shared/ipc';
import { describeFsError } from './fs-errors';

export interface ProjectValidator {
  /** A sentence saying the file is too large, or null when `byteLength` is acceptable. */
  checkSize(byteLength: number, fileName: string): string | null;
  /** A sentence (or several lines) saying what is wrong and where, or null for a valid project. */
  validate(text: string, fileName: string): string | null;
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
    if (!stat.isFile())
      return { ok: false, message: `Could not open “${fileName}”: it is a folder or device, not a project file.` };
    const tooLarge = validator.checkSize(stat.size, fileName);
    if (tooLarge) return { ok: false, message: tooLarge };
    bytes = await fs.readFile(filePath);
  } catch (error) {
    return { ok: false, message: describeFsError(error, 'open', filePath) };
  }
  // The file may have grown between stat and read.
  const tooLarge = validator.checkSize(bytes.byteLength, fileName);
  if (tooLarge) return { ok: false, message: tooLarge };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      message: `Could not open “${fileName}”: it is not a text file (it contains bytes that are not UTF-8). Layerwise projects are JSON text.`,
    };
  }
  const problem = validator.validate(text, fileName);
  if (problem) return { ok: false, message: problem };
  return { ok: true, value: { fileName, path: filePath, text } };
}
