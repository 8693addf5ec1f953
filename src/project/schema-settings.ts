/**
 * Dataset and training settings as stored in a project file (the engine's DatasetSpec and TrainingSettings).
 *
 * The dataset is a union on `kind` (format version 2): each kind carries only the fields it uses.
 *   circle, xor, moons     samples (default 400), noise (default 0.1)
 *   gaussian, spiral       samples (400), noise (0.1), classes (2; 2..5)
 *   sine                   samples (200), noise (0.1)
 *   iris                   nothing more: all 150 flowers
 *   mnist                  samples (10000: how many of the 10,000 digits, a seeded choice)
 *   csv                    path (relative to the project file) or text (the CSV itself), features, target,
 *                          task, delimiter (absent: detected); absent features: every column but the target; absent target: the last
 *                          column; absent task: inferred from the target (see the engine's csvToDataset)
 *   every kind             validationSplit, seed, standardize (absent: on for iris and csv, off otherwise)
 * A field of another kind (`noise` on csv, say) is refused with its path and what the kind takes; fields no
 * kind knows are kept, as everywhere in the file.
 *
 * Training defaults (filled in on load, so they are written on the next save):
 *   training.l2           0
 *   training.momentum     0.9   (used by the `momentum` optimizer)
 * Absent training.earlyStopping means no early stopping.
 */
import { z } from 'zod';
import type { DatasetKind } from '../engine/types';
import { datasetPathProblem } from './dataset-path';
import { CSV_DELIMITER_NAMES, DATASET_KIND_NAMES, OPTIMIZER_NAMES, TASK_NAMES } from './names';
import { flag, intIn, nonEmptyText, numberIn, oneOf, positiveUpTo, text } from './schema-helpers';
import { customIssue, englishList, says, type SchemaIssueParams } from './schema-issues';

export const MAX_SAMPLES = 1_000_000;
export const MAX_SEED = 0xffffffff;
/** The learning rate a file may hold; the engine reports a run that diverges, so large rates can be tried. */
export const MAX_LEARNING_RATE = 100;
export const KINDS_WITH_CLASSES: readonly DatasetKind[] = ['gaussian', 'spiral'];
export const DEFAULT_CLASSES = 2;
/** Noise of a generated set whose file leaves it out (equals the engine's DEFAULT_NOISE; tested). */
export const DEFAULT_NOISE = 0.1;

/** Fields every kind takes. */
export const SHARED_DATASET_FIELDS = ['validationSplit', 'seed', 'standardize'] as const;

/** The fields each kind takes beside `kind` and the shared ones (equals the engine's DATASET_KIND_FIELDS; tested). */
export const DATASET_FIELDS_BY_KIND = {
  circle: ['samples', 'noise'],
  xor: ['samples', 'noise'],
  gaussian: ['samples', 'noise', 'classes'],
  spiral: ['samples', 'noise', 'classes'],
  moons: ['samples', 'noise'],
  sine: ['samples', 'noise'],
  iris: [],
  mnist: ['samples'],
  csv: ['path', 'text', 'features', 'target', 'task', 'delimiter'],
} as const satisfies Record<DatasetKind, readonly string[]>;

/** `samples` of a kind whose file leaves it out (equals the engine's DATASET_INFO defaultSamples; tested). */
export const DEFAULT_SAMPLES = {
  circle: 400,
  xor: 400,
  gaussian: 400,
  spiral: 400,
  moons: 400,
  sine: 200,
  mnist: 10_000,
} as const satisfies Partial<Record<DatasetKind, number>>;

/** Every field that belongs to some kind; one of these on a kind that does not take it is refused. */
const KIND_FIELDS: ReadonlySet<string> = new Set(Object.values(DATASET_FIELDS_BY_KIND).flat());

/**
 * The parameters of the `schema-dataset-field` issue: the kind, its own fields and the shared ones (as lists,
 * see schema-issues.ts; CSV takes `path` or `text`), and the variant (article, whether it has own fields).
 */
export function datasetFieldParams(kind: DatasetKind): SchemaIssueParams {
  const own: string[] = [...DATASET_FIELDS_BY_KIND[kind]];
  if (kind === 'csv') own.splice(0, 2, 'path|text');
  const article = /^[aeiou]/.test(kind) ? 'an' : 'a';
  const sharedList = SHARED_DATASET_FIELDS.join(',');
  return own.length === 0
    ? { context: `${article}Only`, kind, sharedList }
    : { context: article, kind, fieldsList: own.join(','), sharedList };
}

/** "takes samples and noise (besides validationSplit, seed and standardize)", for messages and the docs. */
export function whatDatasetKindTakes(kind: DatasetKind): string {
  const params = datasetFieldParams(kind);
  const shared = englishList(String(params.sharedList));
  return params.fieldsList === undefined
    ? `takes only ${shared}`
    : `takes ${englishList(String(params.fieldsList))} (besides ${shared})`;
}

/** A CSV path names a file inside the project's folder (the rule and why: dataset-path.ts). */
const relativePath = () =>
  nonEmptyText().superRefine((p, ctx) => {
    const problem = datasetPathProblem(p);
    if (problem) ctx.addIssue(customIssue(problem, {}, [], false));
  });

const shared = {
  validationSplit: numberIn(0, 0.9),
  seed: intIn(0, MAX_SEED),
  standardize: flag().optional(),
};

function ofKind<const K extends DatasetKind, S extends z.ZodRawShape>(kind: K, fields: S) {
  const allowed: readonly string[] = DATASET_FIELDS_BY_KIND[kind];
  return z.looseObject({ kind: z.literal(kind), ...fields, ...shared }).superRefine((dataset, ctx) => {
    for (const key of Object.keys(dataset)) {
      if (!KIND_FIELDS.has(key) || allowed.includes(key)) continue;
      ctx.addIssue(customIssue('schema-dataset-field', datasetFieldParams(kind), [key]));
    }
  });
}

const samples = (kind: keyof typeof DEFAULT_SAMPLES) => intIn(1, MAX_SAMPLES).default(DEFAULT_SAMPLES[kind]);
const noise = () => numberIn(0, 1).default(DEFAULT_NOISE);
const generated = <const K extends 'circle' | 'xor' | 'moons' | 'sine'>(kind: K) =>
  ofKind(kind, { samples: samples(kind), noise: noise() });
const classed = <const K extends 'gaussian' | 'spiral'>(kind: K) =>
  ofKind(kind, { samples: samples(kind), noise: noise(), classes: intIn(2, 5).default(DEFAULT_CLASSES) });

export const DatasetSchema = z.discriminatedUnion(
  'kind',
  [
    generated('circle'),
    generated('xor'),
    classed('gaussian'),
    classed('spiral'),
    generated('moons'),
    generated('sine'),
    ofKind('iris', {}),
    ofKind('mnist', { samples: samples('mnist') }),
    ofKind('csv', {
      path: relativePath().optional(),
      text: text().optional(),
      features: z.array(text()).optional(),
      target: text().optional(),
      task: oneOf(TASK_NAMES).optional(),
      delimiter: oneOf(CSV_DELIMITER_NAMES).optional(),
    }),
  ],
  { error: says('schema-one-of', { values: DATASET_KIND_NAMES.join(', ') }) },
);

export const EarlyStoppingSchema = z.looseObject({ patience: intIn(1, 100_000) });

export const TrainingSchema = z.looseObject({
  optimizer: oneOf(OPTIMIZER_NAMES),
  learningRate: positiveUpTo(MAX_LEARNING_RATE),
  batchSize: intIn(1, 65_536),
  epochs: intIn(1, 1_000_000),
  seed: intIn(0, MAX_SEED),
  l2: numberIn(0, 1).default(0),
  momentum: numberIn(0, 0.999).default(0.9),
  earlyStopping: EarlyStoppingSchema.optional(),
});

export type ProjectDataset = z.output<typeof DatasetSchema>;
export type ProjectTraining = z.output<typeof TrainingSchema>;
