/**
 * Saved comparisons between the project file and the comparison view's records, keeping what this version
 * cannot show.
 *
 * Why it exists: a comparison read from a file and not changed since is written back exactly as read (its
 * extra fields included), and a comparison whose parameter this version does not know cannot be shown but
 * must not be deleted by saving, so it is held aside and written back after the others.
 */
import type { Comparison } from '../../../project';

/**
 * A saved comparison as the compare feature holds it. The file side never looks inside one: it keeps entries
 * by identity (to tell unsaved work) and converts them with the compare feature's codec.
 */
export type ComparisonEntry = object;

/** How the compare feature turns its entries into the project file's comparisons and back. */
export interface ComparisonCodec {
  /** The entry for a stored comparison, or null when this version cannot show it (it is then kept aside). */
  fromProject(stored: Comparison): ComparisonEntry | null;
  toProject(entry: ComparisonEntry): Comparison;
}

const storedComparisonOf = new WeakMap<ComparisonEntry, Comparison>();

export interface LoadedComparisons {
  records: ComparisonEntry[];
  /** Comparisons this version cannot show, written back unchanged on save. */
  hidden: Comparison[];
}

export function comparisonsFromProject(
  list: readonly Comparison[] | undefined,
  codec: ComparisonCodec,
): LoadedComparisons {
  const records: ComparisonEntry[] = [];
  const hidden: Comparison[] = [];
  for (const stored of list ?? []) {
    const record = codec.fromProject(stored);
    if (record === null) {
      hidden.push(stored);
      continue;
    }
    storedComparisonOf.set(record, stored);
    records.push(record);
  }
  return { records, hidden };
}

export function comparisonToProject(record: ComparisonEntry, codec: ComparisonCodec): Comparison {
  return storedComparisonOf.get(record) ?? codec.toProject(record);
}

export function rememberStoredComparison(record: ComparisonEntry, stored: Comparison): void {
  storedComparisonOf.set(record, stored);
}
