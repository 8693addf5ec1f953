/**
 * The rule for a CSV `dataset.path`: it names a file inside the project's own folder. A project someone
 * sends must not be able to point Layerwise at an arbitrary file on the reader's disk (and then quote its
 * contents in error messages), so absolute paths, URLs and `..` steps that climb out of the folder are refused
 * by the schema, before anything is read. The command line, which reads the file, checks again after
 * resolving symlinks (src/cli/data.ts), since a link inside the folder may point anywhere.
 */

/** Why `path` is not an acceptable dataset path, or null when it is. */
export function datasetPathProblem(path: string): string | null {
  if (/^([\\/]|[A-Za-z]:|[A-Za-z][A-Za-z0-9+.-]*:\/\/)/.test(path)) {
    return 'must be a path relative to the project file (not an absolute path or a URL)';
  }
  if (path.includes('\u0000')) return 'must not contain a NUL character';
  let depth = 0;
  for (const segment of path.split(/[\\/]+/)) {
    if (segment === '..') depth--;
    else if (segment !== '.' && segment !== '') depth++;
    if (depth < 0) {
      return 'must stay inside the project\'s folder (a ".." step leads out of it); copy the CSV next to the project file';
    }
  }
  if (depth === 0) return "must name a file inside the project's folder, not the folder itself";
  return null;
}

/**
 * Whether `target` lies inside `folder`, both absolute and already resolved (no symlinks), compared as
 * plain paths with either separator.
 */
export function isInsideFolder(folder: string, target: string): boolean {
  const norm = (p: string) => p.replace(/\\/g, '/').replace(/\/+$/, '');
  const f = norm(folder);
  const t = norm(target);
  return t.startsWith(`${f}/`) && t.length > f.length + 1;
}
