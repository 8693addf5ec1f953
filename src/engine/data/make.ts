/**
 * The single entry points from a project's dataset settings to arrays: makeDataset (spec → Dataset),
 * dataShapeOf (what the compiler needs) and prepareData (make → split → standardize, the order every
 * trainer must use).
 */
import type { CsvDatasetSpec, DataShape, DataSplit, Dataset, DatasetSpec } from '../types';
import { DATASET_KINDS } from '../types';
import { Rng } from '../rng';
import type { BadRow } from './csv-dataset';
import { csvToDataset } from './csv-dataset';
import { detectDelimiter, parseCsv } from './csv-parse';
import { DataError } from './errors';
import { DATASET_INFO, MAX_CLASSES, MAX_GENERATED_SAMPLES, MIN_CLASSES } from './info';
import { irisFull } from './iris';
import { makeMnist } from './mnist';
import { makeSine } from './sine';
import { splitDataset } from './split';
import type { Standardization } from './standardize';
import { standardizeSplit } from './standardize';
import { makeCircle, makeGaussian, makeMoons, makeSpiral, makeXor } from './synthetic2d';

/** Data that does not live in the spec: the MNIST byte file, and a CSV's text when the spec only has a path. */
export interface DatasetResources {
  mnist?: Uint8Array;
  /** Used when `spec.text` is absent (the caller read `spec.path`). */
  csvText?: string;
}

export interface MadeDataset {
  dataset: Dataset;
  /** CSV rows left out, with their line numbers and reasons; empty for the built-in sets. */
  badRows: BadRow[];
  /** Things about the data the user should hear of (two class labels that are the same number), if any. */
  warnings?: string[];
}

/** `Dataset 'xor': …` as a coded problem: the setting, its value (as the English shows it) and its limits. */
function specError(spec: DatasetSpec, code: string, params: Record<string, string | number>, what: string): Error {
  return new DataError(code, { kind: spec.kind, ...params }, `Dataset '${spec.kind}': ${what}`);
}

function checkSpec(spec: DatasetSpec): void {
  if (!(DATASET_KINDS as readonly string[]).includes(spec.kind)) {
    const kinds = DATASET_KINDS.join(', ');
    throw new DataError(
      'dataset-unknown-kind',
      { kind: String(spec.kind), kinds },
      `Unknown dataset kind '${String(spec.kind)}'. Known kinds: ${kinds}.`,
    );
  }
  if (!Number.isFinite(spec.seed)) {
    const value = String(spec.seed);
    throw specError(spec, 'dataset-bad-seed', { value }, `the seed must be a number (got ${value}).`);
  }
  if (spec.kind === 'iris' || spec.kind === 'csv') return;
  if (spec.kind === 'mnist') {
    if (!(spec.samples >= 1)) {
      const value = String(spec.samples);
      throw specError(
        spec,
        'dataset-bad-samples',
        { value, context: 'digits' },
        `samples must be a whole number of digits, 1 or more (got ${value}).`,
      );
    }
    return;
  }
  if (!Number.isInteger(spec.samples) || spec.samples < 1 || spec.samples > MAX_GENERATED_SAMPLES) {
    const value = String(spec.samples);
    throw specError(
      spec,
      'dataset-bad-samples',
      { value, max: MAX_GENERATED_SAMPLES },
      `samples must be a whole number from 1 to ${MAX_GENERATED_SAMPLES} (got ${value}).`,
    );
  }
  if (!(spec.noise >= 0 && spec.noise <= 1)) {
    const value = String(spec.noise);
    throw specError(spec, 'dataset-bad-noise', { value }, `noise must be a fraction from 0 to 1 (got ${value}).`);
  }
  if ((spec.kind === 'gaussian' || spec.kind === 'spiral') && spec.classes !== undefined) {
    if (!Number.isInteger(spec.classes) || spec.classes < MIN_CLASSES || spec.classes > MAX_CLASSES) {
      const value = String(spec.classes);
      throw specError(
        spec,
        'dataset-bad-classes',
        { value, min: MIN_CLASSES, max: MAX_CLASSES },
        `classes must be a whole number from ${MIN_CLASSES} to ${MAX_CLASSES} (got ${value}).`,
      );
    }
  }
}

function makeCsv(spec: CsvDatasetSpec, resources: DatasetResources): MadeDataset {
  const text = spec.text ?? resources.csvText;
  if (text === undefined) {
    throw spec.path
      ? new DataError(
          'csv-not-loaded',
          { path: spec.path },
          `The CSV file '${spec.path}' was not loaded. Check that it exists next to the project file, or embed the data in the project.`,
        )
      : new DataError('csv-no-data', {}, 'The CSV dataset has no data: choose a CSV file.');
  }
  const { dataset, badRows, warnings } = csvToDataset(
    parseCsv(text, { delimiter: spec.delimiter ?? detectDelimiter(text) }),
    {
      features: spec.features,
      target: spec.target,
      task: spec.task,
    },
  );
  if (dataset.n === 0) {
    const shown = badRows.slice(0, 3);
    const first = shown.map((b) => b.reason);
    const more = badRows.length - shown.length;
    throw new DataError(
      'csv-no-usable-rows',
      { context: shown.length === 0 ? 'none' : more > 0 ? 'more' : 'rows', more },
      `The CSV has no usable rows${first.length ? `: ${first.join('; ')}${more > 0 ? `; and ${more} more` : ''}` : '.'}`,
      shown,
    );
  }
  return { dataset, badRows, warnings };
}

/**
 * Builds the dataset a spec describes, seeded by `spec.seed`: the same spec always gives identical arrays.
 * Throws an Error with a sentence for the user when the spec cannot be satisfied (a setting out of range,
 * MNIST without its bytes, CSV without its text, a CSV column that does not exist, no usable rows).
 */
export function makeDataset(spec: DatasetSpec, resources: DatasetResources = {}): MadeDataset {
  checkSpec(spec);
  const rng = new Rng(spec.seed);
  const made = (dataset: Dataset): MadeDataset => ({ dataset, badRows: [] });
  switch (spec.kind) {
    case 'circle':
      return made(makeCircle(spec, rng));
    case 'xor':
      return made(makeXor(spec, rng));
    case 'gaussian':
      return made(makeGaussian(spec, rng));
    case 'spiral':
      return made(makeSpiral(spec, rng));
    case 'moons':
      return made(makeMoons(spec, rng));
    case 'sine':
      return made(makeSine(spec, rng));
    case 'iris':
      return made(irisFull());
    case 'mnist':
      if (!resources.mnist) {
        throw new DataError(
          'mnist-not-loaded',
          {},
          'The MNIST digits are not loaded, so the mnist dataset cannot be built. (Run `node scripts/build-mnist.mjs` if the digit file is missing.)',
        );
      }
      return made(makeMnist(resources.mnist, spec, rng));
    case 'csv':
      return makeCsv(spec, resources);
  }
}

export function dataShapeOf(dataset: Dataset): DataShape {
  return dataset.task === 'classification'
    ? { features: dataset.features, task: 'classification', classes: dataset.classes }
    : { features: dataset.features, task: 'regression', classes: 0, targets: dataset.targets };
}

export interface PreparedData extends MadeDataset {
  split: DataSplit;
  /** The statistics applied to both halves, or null when the features were left as they are. */
  standardization: Standardization | null;
}

/** Whether features are standardized: `spec.standardize` when set, else the kind's default (iris and csv: yes). */
export function shouldStandardize(spec: DatasetSpec): boolean {
  return spec.standardize ?? DATASET_INFO[spec.kind].defaultStandardize;
}

/** makeDataset, then splitDataset(validationSplit, seed), then (if enabled) standardization fitted on train. */
export function prepareData(spec: DatasetSpec, resources: DatasetResources = {}): PreparedData {
  const made = makeDataset(spec, resources);
  const split = splitDataset(made.dataset, spec.validationSplit, spec.seed);
  if (!shouldStandardize(spec)) return { ...made, split, standardization: null };
  const standardized = standardizeSplit(split);
  return { ...made, split: standardized.split, standardization: standardized.standardization };
}
