/**
 * Saved comparisons between the project file and the comparison view's records, keeping what this version
 * cannot show.
 *
 * Why it exists: a comparison read from a file and not changed since is written back exactly as read (its
 * extra fields included), and a comparison whose parameter this version does not know cannot be shown but
 * must not be deleted by saving, so it is held aside and written back after the others.
 */
import type { Comparison } from '../../../project';
import type { ComparisonRecord } from '../compare/compareTypes';
import { fromProjectComparison, toProjectComparison } from '../compare/projectShape';

const storedComparisonOf = new WeakMap<ComparisonRecord, Comparison>();

export interface LoadedComparisons {
  records: ComparisonRecord[];
  /** Comparisons this version cannot show, written back unchanged on save. */
  hidden: Comparison[];
}

export function comparisonsFromProject(list: readonly Comparison[] | undefined): LoadedComparisons {
  const records: ComparisonRecord[] = [];
  const hidden: Comparison[] = [];
  for (const stored of list ?? []) {
    const record = fromProjectComparison(stored);
    if (record === null) {
      hidden.push(stored);
      continue;
    }
    storedComparisonOf.set(record, stored);
    records.push(record);
  }
  return { records, hidden };
}

export function comparisonToProject(record: ComparisonRecord): Comparison {
  return storedComparisonOf.get(record) ?? toProjectComparison(record);
}

export function rememberStoredComparison(record: ComparisonRecord, stored: Comparison): void {
  storedComparisonOf.set(record, stored);
}
