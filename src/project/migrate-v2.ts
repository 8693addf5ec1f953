/**
 * Format version 1 → 2: dataset settings per kind. Version 1 gave every dataset `samples` and `noise`
 * (and `classes`, `path`, `text`, … to any kind); version 2 keeps on each dataset only the fields its kind
 * takes (DATASET_FIELDS_BY_KIND). This step deletes the others from the project's dataset and from the
 * dataset of every saved run and comparison run. Fields no kind knows are kept, as always.
 *
 * Nothing a v1 file trained on changes, with one exception a note reports: version 1 let iris and CSV
 * datasets use a seeded subset (`samples` below the row count); version 2 always uses every row.
 */
import type { JsonObject, MigrationNote, MigrationStep } from './migrations';
import { isPlainRecord } from './paths';
import { DATASET_FIELDS_BY_KIND, SHARED_DATASET_FIELDS } from './schema-settings';

const KINDS = Object.keys(DATASET_FIELDS_BY_KIND) as (keyof typeof DATASET_FIELDS_BY_KIND)[];
const KIND_FIELDS: ReadonlySet<string> = new Set(Object.values(DATASET_FIELDS_BY_KIND).flat());
const IRIS_ROWS = 150;

function isKind(kind: unknown): kind is (typeof KINDS)[number] {
  return typeof kind === 'string' && (KINDS as string[]).includes(kind);
}

/** Deletes the fields `dataset.kind` does not take; returns a note when that changes which rows are used. */
function trimDataset(dataset: unknown): MigrationNote | null {
  if (!isPlainRecord(dataset) || !isKind(dataset.kind)) return null;
  const kind = dataset.kind;
  const allowed: readonly string[] = [...DATASET_FIELDS_BY_KIND[kind], ...SHARED_DATASET_FIELDS];
  const samples = dataset.samples;
  for (const key of Object.keys(dataset)) {
    if (KIND_FIELDS.has(key) && !allowed.includes(key)) delete dataset[key];
  }
  if (typeof samples !== 'number' || !(samples > 0)) return null;
  if (kind === 'iris' && samples < IRIS_ROWS) {
    return {
      code: 'migration-iris-samples',
      params: { samples },
      message: `The dataset used ${samples} of the 150 irises (dataset.samples); this version always uses all 150.`,
    };
  }
  if (kind === 'csv') {
    return {
      code: 'migration-csv-samples',
      params: { samples },
      message: `The dataset was limited to ${samples} rows of the CSV (dataset.samples); this version always uses every row, so a CSV with more usable rows now trains on all of them.`,
    };
  }
  return null;
}

export const datasetPerKind: MigrationStep = {
  from: 1,
  description: 'dataset settings per kind: each dataset keeps only the fields its kind takes',
  up(project: JsonObject, note) {
    const noted = trimDataset(project.dataset);
    if (noted !== null) note(noted);
    // A saved run keeps its settings as recorded; only the project's own dataset is worth a note.
    const runsOf = (list: unknown): void => {
      if (!Array.isArray(list)) return;
      for (const run of list) if (isPlainRecord(run) && isPlainRecord(run.settings)) trimDataset(run.settings.dataset);
    };
    runsOf(project.runs);
    if (Array.isArray(project.comparisons)) {
      for (const comparison of project.comparisons) if (isPlainRecord(comparison)) runsOf(comparison.runs);
    }
    return project;
  },
};
