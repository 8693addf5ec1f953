/**
 * One piece of the window's arrangement (a panel shown or collapsed, a size), remembered across reloads in
 * localStorage under `layerwise.layout.<name>`. A stored value `parse` does not accept gives the default, and
 * storage that is missing or refuses access only costs the memory.
 */
import { useEffect, useState } from 'react';

export const LAYOUT_STORAGE_PREFIX = 'layerwise.layout.';

function readStored<T>(key: string, parse: (raw: string | null) => T): T {
  try {
    return parse(localStorage.getItem(key));
  } catch {
    return parse(null);
  }
}

export function useStoredLayout<T>(
  name: string,
  parse: (raw: string | null) => T,
  serialize: (value: T) => string = String,
): [T, (next: T) => void] {
  const key = LAYOUT_STORAGE_PREFIX + name;
  const [value, setValue] = useState<T>(() => readStored(key, parse));
  useEffect(() => {
    try {
      localStorage.setItem(key, serialize(value));
    } catch {
      // Storage refused: the arrangement lasts until the window closes, which is all we can offer.
    }
  }, [key, value, serialize]);
  return [value, setValue];
}

/** "true"/"false" as written by `String(boolean)`; anything else gives `fallback`. */
export const parseFlag =
  (fallback: boolean) =>
  (raw: string | null): boolean =>
    raw === 'true' ? true : raw === 'false' ? false : fallback;
