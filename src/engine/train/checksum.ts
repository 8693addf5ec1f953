/**
 * FNV-1a, 32-bit, over bytes. The trainer hashes the rows it actually feeds in its first epoch, so runs that
 * should see the same data in the same order (the variants of a comparison) can prove that they did.
 */
export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Continues hash `h` over `bytes[from, to)`. */
export function fnv1a(bytes: Uint8Array, h: number = FNV_OFFSET, from = 0, to = bytes.length): number {
  let hash = h >>> 0;
  for (let i = from; i < to; i++) {
    hash ^= bytes[i];
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash;
}

/** The 8-hex-digit form used in events and tables. */
export function checksumHex(h: number): string {
  return (h >>> 0).toString(16).padStart(8, '0');
}
