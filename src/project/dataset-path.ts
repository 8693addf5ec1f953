/**
 * The rule for a CSV `dataset.path`: it names a file inside the project's own folder. A project someone
 * sends must not be able to point Layerwise at an arbitrary file on the reader's disk (and then quote its
 * contents in error messages), so absolute paths, URLs and `..` steps that climb out of the folder are refused
 * by the schema, before anything is read. The command line, which reads the file, checks again after
 * resolving symlinks (src/cli/data.ts), since a link inside the folder may point anywhere.
 */
import type { SchemaIssueCode } from './schema-issues';

/** Why `path` is not an acceptable dataset path (a code of schema-issues.ts), or null when it is. */
export function datasetPathProblem(path: string): SchemaIssueCode | null {
  if (/^([\\/]|[A-Za-z]:|[A-Za-z][A-Za-z0-9+.-]*:\/\/)/.test(path)) return 'schema-path-absolute';
  if (path.includes('\u0000')) return 'schema-path-nul';
  let depth = 0;
  for (const segment of path.split(/[\\/]+/)) {
    if (segment === '..') depth--;
    else if (segment !== '.' && segment !== '') depth++;
    if (depth < 0) return 'schema-path-outside';
  }
  if (depth === 0) return 'schema-path-folder';
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
