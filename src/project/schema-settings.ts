/**
 * Dataset and training settings as stored in a project file (the engine's DatasetSpec and TrainingSettings).
 *
 * Defaults (filled in on load, so they are written on the next save):
 *   dataset.classes       2 for `gaussian` and `spiral` (the kinds that take a class count); other kinds
 *                         get their classes from the data and leave it absent
 *   training.l2           0
 *   training.momentum     0.9   (used by the `momentum` optimizer)
 * Absent means the dataset kind's own default for dataset.standardize (on for iris and csv, off for the rest,
 * see the engine's DATASET_INFO), and "not chosen" for: dataset.path / text / features / target / task (csv only; the data loader
 * reports what is missing) and training.earlyStopping (no early stopping).
 */
import { z } from 'zod';
import { DATASET_KINDS, OPTIMIZERS } from '../engine/types';
import { flag, intIn, nonEmptyText, numberIn, oneOf, positiveUpTo, text } from './schema-helpers';

export const MAX_SAMPLES = 1_000_000;
export const MAX_SEED = 0xffffffff;
export const KINDS_WITH_CLASSES: readonly string[] = ['gaussian', 'spiral'];
export const DEFAULT_CLASSES = 2;

/**
 * A CSV path is resolved against the project's folder. Absolute paths and URLs are refused so that a
 * project someone sends cannot point the app at an arbitrary file on the reader's disk.
 */
const relativePath = () =>
  nonEmptyText().refine((p) => !/^([\\/]|[A-Za-z]:|[A-Za-z][A-Za-z0-9+.-]*:\/\/)/.test(p), {
    error: 'must be a path relative to the project file (not an absolute path or a URL)',
  });

export const DatasetSchema = z
  .looseObject({
    kind: oneOf(DATASET_KINDS),
    samples: intIn(1, MAX_SAMPLES),
    noise: numberIn(0, 1),
    classes: intIn(2, 5).optional(),
    validationSplit: numberIn(0, 0.9),
    seed: intIn(0, MAX_SEED),
    standardize: flag().optional(),
    path: relativePath().optional(),
    text: text().optional(),
    features: z.array(text()).optional(),
    target: text().optional(),
    task: oneOf(['classification', 'regression']).optional(),
  })
  .transform((dataset) =>
    dataset.classes === undefined && KINDS_WITH_CLASSES.includes(dataset.kind)
      ? { ...dataset, classes: DEFAULT_CLASSES }
      : dataset,
  );

export const EarlyStoppingSchema = z.looseObject({ patience: intIn(1, 100_000) });

export const TrainingSchema = z.looseObject({
  optimizer: oneOf(OPTIMIZERS),
  learningRate: positiveUpTo(10),
  batchSize: intIn(1, 65_536),
  epochs: intIn(1, 1_000_000),
  seed: intIn(0, MAX_SEED),
  l2: numberIn(0, 1).default(0),
  momentum: numberIn(0, 0.999).default(0.9),
  earlyStopping: EarlyStoppingSchema.optional(),
});

export type ProjectDataset = z.output<typeof DatasetSchema>;
export type ProjectTraining = z.output<typeof TrainingSchema>;
