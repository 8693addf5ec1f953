/**
 * JSON paths as people read them in messages: `graph.nodes[2].params.units`, `runs[0].weights["my node"]`.
 */

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `["graph", "nodes", 2, "params"]` → `graph.nodes[2].params`. The empty path is the top level. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** The value at `path` inside parsed JSON, or `found: false` when some step of the path does not exist. */
export function valueAtPath(
  root: unknown,
  path: readonly PropertyKey[],
): { found: true; value: unknown } | { found: false } {
  let current: unknown = root;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') {
      if (segment < 0 || segment >= current.length) return { found: false };
      current = current[segment];
    } else if (isPlainRecord(current) && typeof segment === 'string' && Object.hasOwn(current, segment)) {
      current = current[segment];
    } else {
      return { found: false };
    }
  }
  return { found: true, value: current };
}

/** A short description of a value for "(found …)" hints: numbers and short strings verbatim, else its kind. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/**
 * describeValue as data, for the catalogue to word "(found …)": `foundKind` is `value` (then `found` is the
 * value as describeValue shows it), `emptyList`, `list` (with `foundLength`) or `object`.
 */
export function foundParams(value: unknown): Record<string, string | number> {
  if (Array.isArray(value))
    return value.length === 0 ? { foundKind: 'emptyList' } : { foundKind: 'list', foundLength: value.length };
  if (typeof value === 'object' && value !== null) return { foundKind: 'object' };
  return { foundKind: 'value', found: describeValue(value) };
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Sets an own, enumerable property even when the key is `__proto__`, which plain assignment would treat as
 * a prototype change. Keys come from files, so they are never trusted to be ordinary.
 */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
