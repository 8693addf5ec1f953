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
import { CSV_DELIMITERS, DATASET_KINDS, OPTIMIZERS } from '../engine/types';
import { datasetPathProblem } from './dataset-path';
import { flag, intIn, nonEmptyText, numberIn, oneOf, positiveUpTo, text } from './schema-helpers';

export const MAX_SAMPLES = 1_000_000;
export const MAX_SEED = 0xffffffff;
export const KINDS_WITH_CLASSES: readonly string[] = ['gaussian', 'spiral'];
export const DEFAULT_CLASSES = 2;

/** A CSV path names a file inside the project's folder (the rule and why: dataset-path.ts). */
const relativePath = () =>
  nonEmptyText().superRefine((p, ctx) => {
    const problem = datasetPathProblem(p);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
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
    delimiter: oneOf(CSV_DELIMITERS).optional(),
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
