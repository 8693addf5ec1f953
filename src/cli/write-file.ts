/**
 * Writes a file so that a reader (or a crash half-way) never sees half of it: the text goes to a temporary
 * file in the same folder, which is then renamed over the target. A rename within one folder is atomic on
 * the file systems we run on, so the target holds either the old project or the new one, never a mix.
 */
import { randomBytes } from 'node:crypto';
import { rm, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { encoding: 'utf8', flush: true });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
