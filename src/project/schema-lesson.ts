/**
 * A lesson, as stored in a project file's optional `lesson` field (format version 2; see docs/file-format.md
 * for why it needs no new version): its id and number, its title, the step the learner is on, and per step
 * its text in Japanese and English, the glossary terms it uses, the controls it hides or locks and the check
 * the app evaluates (src/project/lesson-check.ts). Checks are data in a small language, never code:
 *
 *   { "metric": "valAccuracy", "op": ">=", "value": 0.95 }   the newest run's last epoch
 *   { "hiddenUnitsAtMost": 4 }   { "hiddenUnitsAtLeast": 8 }   units summed over the dense layers
 *   { "hiddenLayersAtLeast": 2 } { "hiddenLayersAtMost": 1 }   dense layers
 *   { "activation": "relu" }     every dense layer (or `"node": "h1"` only) uses this activation
 *   { "optimizer": "sgd" }       { "setting": "learningRate", "op": "<=", "value": 0.01 }
 *   { "loss": "mse" }            the output layer's loss      { "dataset": "sine" }   the dataset's kind
 *   { "hasNode": "dropout" }     { "earlyStopping": true }      { "runsAtLeast": 2 }
 *   { "diverged": true }         the newest run diverged (false: it did not)
 *   { "bestValEpochChosen": true, "within": 1 }   the epoch the learner typed is where validation loss is lowest
 *   { "neuronsShown": true, "node": "out" }        the canvas shows that layer's neurons (any layer without node)
 *   { "stepThrough": "backward" }   the step-through shows this phase or a later one (forward, loss, backward, update)
 *   { "updateApplied": true }        the step-through applied one update to its sample
 *   { "all": [ … ] }  { "any": [ … ] }  { "not": { … } }
 *
 * Each check is one object with exactly one of these kind keys (and the kind's own extra keys). A check is
 * validated by hand rather than as a zod union so the message says which kind was meant and what is wrong.
 */
import { z } from 'zod';
import { ACTIVATION_NAMES, DATASET_KIND_NAMES, LOSS_NAMES, NODE_TYPE_NAMES, OPTIMIZER_NAMES } from './names';
import { isPlainRecord } from './paths';
import { GraphSchema } from './schema-graph';
import { DESCRIBES_VALUE, intIn, nonEmptyText } from './schema-helpers';

export const LESSON_METRICS = [
  'trainLoss',
  'valLoss',
  'trainAccuracy',
  'valAccuracy',
  'bestValLoss',
  'epochs',
] as const;
export const LESSON_SETTINGS = ['learningRate', 'epochs', 'batchSize', 'l2'] as const;
export const COMPARISON_OPS = ['>=', '<=', '>', '<', '=='] as const;
/** The parts of the window a lesson may hide or lock (as TensorFlow Playground's URL hides controls). */
/** The phases of the step-through, in the order it shows them. */
export const STEP_THROUGH_PHASES = ['forward', 'loss', 'backward', 'update'] as const;
export const LESSON_CONTROLS = ['palette', 'inspector', 'data', 'trainingSettings', 'compare', 'runHistory'] as const;

export type LessonMetric = (typeof LESSON_METRICS)[number];
export type LessonSetting = (typeof LESSON_SETTINGS)[number];
export type ComparisonOp = (typeof COMPARISON_OPS)[number];
export type LessonControl = (typeof LESSON_CONTROLS)[number];

export type LessonCheck =
  | { all: LessonCheck[] }
  | { any: LessonCheck[] }
  | { not: LessonCheck }
  | { metric: LessonMetric; op: ComparisonOp; value: number }
  | { setting: LessonSetting; op: ComparisonOp; value: number }
  | { hiddenUnitsAtMost: number }
  | { hiddenUnitsAtLeast: number }
  | { hiddenLayersAtMost: number }
  | { hiddenLayersAtLeast: number }
  | { activation: (typeof ACTIVATION_NAMES)[number]; node?: string }
  | { optimizer: (typeof OPTIMIZER_NAMES)[number] }
  | { loss: (typeof LOSS_NAMES)[number] }
  | { dataset: (typeof DATASET_KIND_NAMES)[number] }
  | { hasNode: (typeof NODE_TYPE_NAMES)[number] }
  | { earlyStopping: boolean }
  | { runsAtLeast: number }
  | { diverged: boolean }
  | { bestValEpochChosen: true; within?: number }
  | { neuronsShown: true; node?: string }
  | { stepThrough: (typeof STEP_THROUGH_PHASES)[number] }
  | { updateApplied: true };

type Issue = { path: (string | number)[]; message: string };

const COUNT_KINDS = [
  'hiddenUnitsAtMost',
  'hiddenUnitsAtLeast',
  'hiddenLayersAtMost',
  'hiddenLayersAtLeast',
  'runsAtLeast',
] as const;
const FLAG_KINDS = ['earlyStopping', 'diverged'] as const;
/** Every kind key and the other keys it takes. */
const KINDS: Record<string, readonly string[]> = {
  all: [],
  any: [],
  not: [],
  metric: ['op', 'value'],
  setting: ['op', 'value'],
  activation: ['node'],
  optimizer: [],
  loss: [],
  dataset: [],
  hasNode: [],
  bestValEpochChosen: ['within'],
  neuronsShown: ['node'],
  stepThrough: [],
  updateApplied: [],
  ...Object.fromEntries([...COUNT_KINDS, ...FLAG_KINDS].map((k) => [k, []])),
};
const KIND_LIST = Object.keys(KINDS).join(', ');
/** Kinds whose value is a registry name. */
const NAMED_KINDS = {
  optimizer: OPTIMIZER_NAMES,
  loss: LOSS_NAMES,
  dataset: DATASET_KIND_NAMES,
  hasNode: NODE_TYPE_NAMES,
  stepThrough: STEP_THROUGH_PHASES,
} as const;
/** Nesting of all/any/not a check may use; far above any lesson, low enough to stop a runaway file. */
const MAX_CHECK_DEPTH = 8;

const oneOfMessage = (values: readonly string[]) => `must be one of ${values.join(', ')}`;
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1_000_000;

/** The problems of one check, each with its path relative to the check. */
export function checkIssues(check: unknown, depth = 0): Issue[] {
  if (!isPlainRecord(check))
    return [
      { path: [], message: `must be a check object, like { "metric": "valAccuracy", "op": ">=", "value": 0.9 }` },
    ];
  const kinds = Object.keys(check).filter((k) => Object.hasOwn(KINDS, k));
  if (kinds.length !== 1) {
    const found = kinds.length === 0 ? 'none' : kinds.join(' and ');
    return [{ path: [], message: `must have exactly one of ${KIND_LIST} (found ${found})` }];
  }
  const kind = kinds[0]!;
  const issues: Issue[] = [];
  const at = (path: (string | number)[], message: string) => issues.push({ path, message });
  for (const key of Object.keys(check)) {
    if (key !== kind && !KINDS[kind]!.includes(key)) {
      const takes = KINDS[kind]!.length > 0 ? `it takes ${KINDS[kind]!.join(', ')}` : 'it takes nothing else';
      at([key], `is not part of a "${kind}" check (${takes})`);
    }
  }
  const v = check[kind];
  const compared = (names: readonly string[]) => {
    if (typeof v !== 'string' || !names.includes(v)) at([kind], oneOfMessage(names));
    if (typeof check.op !== 'string' || !(COMPARISON_OPS as readonly string[]).includes(check.op))
      at(['op'], oneOfMessage(COMPARISON_OPS));
    if (typeof check.value !== 'number' || !Number.isFinite(check.value)) at(['value'], 'must be a number');
  };
  switch (kind) {
    case 'all':
    case 'any':
      if (!Array.isArray(v) || v.length === 0) at([kind], 'must be a non-empty list of checks');
      else if (depth >= MAX_CHECK_DEPTH) at([kind], `nests checks more than ${MAX_CHECK_DEPTH} levels deep`);
      else v.forEach((c, i) => checkIssues(c, depth + 1).forEach((x) => at([kind, i, ...x.path], x.message)));
      break;
    case 'not':
      if (depth >= MAX_CHECK_DEPTH) at([kind], `nests checks more than ${MAX_CHECK_DEPTH} levels deep`);
      else checkIssues(v, depth + 1).forEach((x) => at([kind, ...x.path], x.message));
      break;
    case 'metric':
      compared(LESSON_METRICS);
      break;
    case 'setting':
      compared(LESSON_SETTINGS);
      break;
    case 'activation':
      if (typeof v !== 'string' || !(ACTIVATION_NAMES as readonly string[]).includes(v))
        at([kind], oneOfMessage(ACTIVATION_NAMES));
      if (check.node !== undefined && (typeof check.node !== 'string' || check.node === ''))
        at(['node'], 'must be the id of a node (a non-empty text)');
      break;
    case 'optimizer':
    case 'loss':
    case 'dataset':
    case 'hasNode':
    case 'stepThrough': {
      const names: readonly string[] = NAMED_KINDS[kind];
      if (typeof v !== 'string' || !names.includes(v)) at([kind], oneOfMessage(names));
      break;
    }
    case 'neuronsShown':
      if (v !== true) at([kind], 'must be true');
      if (check.node !== undefined && (typeof check.node !== 'string' || check.node === ''))
        at(['node'], 'must be the id of a node (a non-empty text)');
      break;
    case 'updateApplied':
      if (v !== true) at([kind], 'must be true');
      break;
    case 'bestValEpochChosen':
      if (v !== true) at([kind], 'must be true');
      if (check.within !== undefined && !isCount(check.within))
        at(['within'], 'must be a whole number of epochs, 0 or more');
      break;
    default:
      if ((FLAG_KINDS as readonly string[]).includes(kind)) {
        if (typeof v !== 'boolean') at([kind], 'must be true or false');
      } else if (!isCount(v)) at([kind], 'must be a whole number, 0 or more');
  }
  return issues;
}

export const LessonCheckSchema = z.unknown().transform((value, ctx): LessonCheck => {
  const issues = checkIssues(value);
  for (const issue of issues) {
    ctx.issues.push({
      code: 'custom',
      params: DESCRIBES_VALUE,
      message: issue.message,
      input: value,
      path: issue.path,
    });
  }
  return issues.length > 0 ? z.NEVER : (value as LessonCheck);
});

/** A text in both languages the app speaks. */
export const LessonTextSchema = z.looseObject({ ja: nonEmptyText(), en: nonEmptyText() });

const controls = () => z.array(z.enum(LESSON_CONTROLS, { error: oneOfMessage(LESSON_CONTROLS) })).optional();

export const LessonStepSchema = z.looseObject({
  id: nonEmptyText(),
  text: LessonTextSchema,
  /** Glossary ids (src/shared/i18n/glossary.ts) of the terms this step uses, linked below its text. */
  terms: z.array(nonEmptyText()).optional(),
  /** Absent: a step to read, which the learner moves past with Next. */
  check: LessonCheckSchema.optional(),
  /** The step asks for a number (the epoch where validation loss is lowest, say); the check reads it. */
  answer: z.literal('epoch', { error: 'must be "epoch"' }).optional(),
  hide: controls(),
  lock: controls(),
});

/** Networks shown side by side with their parameter counts (lesson 10: wide and shallow against deep). */
export const LessonVariantSchema = z.looseObject({ name: LessonTextSchema, graph: GraphSchema });

export const LessonSchema = z
  .looseObject({
    id: nonEmptyText(),
    /** Its place in the course, 1 for the first lesson. */
    number: intIn(1, 999),
    title: LessonTextSchema,
    /** The step the lesson opens at, counted from 0. */
    step: intIn(0, 999).default(0),
    steps: z.array(LessonStepSchema).min(1, { error: 'must list at least one step' }),
    variants: z.array(LessonVariantSchema).optional(),
  })
  .superRefine((lesson, ctx) => {
    if (lesson.step >= lesson.steps.length) {
      ctx.addIssue({
        code: 'custom',
        params: DESCRIBES_VALUE,
        path: ['step'],
        message: `is ${lesson.step}, but the lesson has ${lesson.steps.length} steps (counted from 0)`,
      });
    }
    const seen = new Set<string>();
    lesson.steps.forEach((step, i) => {
      if (seen.has(step.id)) {
        ctx.addIssue({
          code: 'custom',
          params: DESCRIBES_VALUE,
          path: ['steps', i, 'id'],
          message: `repeats the id "${step.id}" of an earlier step; ids must be unique`,
        });
      }
      seen.add(step.id);
    });
  });

export type Lesson = z.output<typeof LessonSchema>;
export type LessonStep = z.output<typeof LessonStepSchema>;
export type LessonText = z.output<typeof LessonTextSchema>;

/** A lesson text in the language the app shows (Japanese for any `ja*` language, English otherwise). */
export function lessonText(text: LessonText, language: string): string {
  return language.startsWith('ja') ? text.ja : text.en;
}
