/**
 * A value made on first use. The form the few app-wide singletons take (a worker that outlives every
 * component, say): the state sits behind a function instead of in a module-level `let`, and nothing is made
 * for a page that never asks.
 */
export interface Lazy<T> {
  get(): T;
  /** The value if it was made, without making it. */
  existing(): T | null;
}

export function lazy<T>(make: () => T): Lazy<T> {
  let value: T | null = null;
  return {
    get: () => (value ??= make()),
    existing: () => value,
  };
}
