/**
 * Finds the project files named on a command line (`layerwise path/to/file.nnproj`).
 *
 * Why it exists: the same decision serves the first launch (process.argv) and a second launch whose arguments
 * reach the running instance. Chromium and Electron add switches of their own (`--allow-file-access`,
 * `--inspect`…) and, in development, the app folder, so we keep only non-switch arguments that name a
 * `.nnproj` file, resolved against the launching shell's working directory.
 */
import path from 'node:path';
import { PROJECT_EXTENSION, projectFileName } from '../shared/file-names';

export { PROJECT_EXTENSION };

export function projectPathsFromArgv(argv: readonly string[], cwd: string): string[] {
  const paths: string[] = [];
  let afterDoubleDash = false;
  for (const arg of argv.slice(1)) {
    if (arg === '--') {
      afterDoubleDash = true;
      continue;
    }
    if (!afterDoubleDash && arg.startsWith('-')) continue;
    if (!arg.toLowerCase().endsWith(PROJECT_EXTENSION)) continue;
    const resolved = path.resolve(cwd, arg);
    if (!paths.includes(resolved)) paths.push(resolved);
  }
  return paths;
}

/** Save dialogs on Linux do not add the extension; a file without it would not open by double-click. */
export function withProjectExtension(filePath: string): string {
  return filePath.toLowerCase().endsWith(PROJECT_EXTENSION) ? filePath : `${filePath}${PROJECT_EXTENSION}`;
}

/** The suggested file name for Save As, from a project name that may contain characters files cannot. */
export const suggestedFileName = projectFileName;
