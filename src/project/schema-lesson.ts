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
import { intIn, nonEmptyText } from './schema-helpers';
import { customIssue, says, schemaIssueMessage, type SchemaIssueCode, type SchemaIssueParams } from './schema-issues';

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

type Issue = { path: (string | number)[]; code: SchemaIssueCode; params: SchemaIssueParams; message: string };

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

const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1_000_000;

/** The problems of one check, each with its path relative to the check. */
export function checkIssues(check: unknown, depth = 0): Issue[] {
  const issue = (path: (string | number)[], code: SchemaIssueCode, params: SchemaIssueParams = {}): Issue => ({
    path,
    code,
    params,
    message: schemaIssueMessage(code, params),
  });
  if (!isPlainRecord(check)) return [issue([], 'schema-check-object')];
  const kinds = Object.keys(check).filter((k) => Object.hasOwn(KINDS, k));
  if (kinds.length !== 1) {
    const params: SchemaIssueParams = kinds.length === 0 ? { context: 'none' } : { presentList: kinds.join(',') };
    return [issue([], 'schema-check-kind', { kinds: KIND_LIST, ...params })];
  }
  const kind = kinds[0]!;
  const issues: Issue[] = [];
  const at = (path: (string | number)[], code: SchemaIssueCode, params?: SchemaIssueParams) =>
    issues.push(issue(path, code, params));
  const oneOf = (path: (string | number)[], values: readonly string[]) =>
    at(path, 'schema-one-of', { values: values.join(', ') });
  for (const key of Object.keys(check)) {
    if (key !== kind && !KINDS[kind]!.includes(key)) {
      const takes = KINDS[kind]!;
      at([key], 'schema-check-key', takes.length > 0 ? { kind, keys: takes.join(', ') } : { kind, context: 'nothing' });
    }
  }
  const v = check[kind];
  const compared = (names: readonly string[]) => {
    if (typeof v !== 'string' || !names.includes(v)) oneOf([kind], names);
    if (typeof check.op !== 'string' || !(COMPARISON_OPS as readonly string[]).includes(check.op))
      oneOf(['op'], COMPARISON_OPS);
    if (typeof check.value !== 'number' || !Number.isFinite(check.value)) at(['value'], 'schema-number');
  };
  switch (kind) {
    case 'all':
    case 'any':
      if (!Array.isArray(v) || v.length === 0) at([kind], 'schema-check-list');
      else if (depth >= MAX_CHECK_DEPTH) at([kind], 'schema-check-depth', { depth: MAX_CHECK_DEPTH });
      else v.forEach((c, i) => checkIssues(c, depth + 1).forEach((x) => at([kind, i, ...x.path], x.code, x.params)));
      break;
    case 'not':
      if (depth >= MAX_CHECK_DEPTH) at([kind], 'schema-check-depth', { depth: MAX_CHECK_DEPTH });
      else checkIssues(v, depth + 1).forEach((x) => at([kind, ...x.path], x.code, x.params));
      break;
    case 'metric':
      compared(LESSON_METRICS);
      break;
    case 'setting':
      compared(LESSON_SETTINGS);
      break;
    case 'activation':
      if (typeof v !== 'string' || !(ACTIVATION_NAMES as readonly string[]).includes(v))
        oneOf([kind], ACTIVATION_NAMES);
      if (check.node !== undefined && (typeof check.node !== 'string' || check.node === ''))
        at(['node'], 'schema-node-id');
      break;
    case 'optimizer':
    case 'loss':
    case 'dataset':
    case 'hasNode':
    case 'stepThrough': {
      const names: readonly string[] = NAMED_KINDS[kind];
      if (typeof v !== 'string' || !names.includes(v)) oneOf([kind], names);
      break;
    }
    case 'neuronsShown':
      if (v !== true) at([kind], 'schema-true');
      if (check.node !== undefined && (typeof check.node !== 'string' || check.node === ''))
        at(['node'], 'schema-node-id');
      break;
    case 'updateApplied':
      if (v !== true) at([kind], 'schema-true');
      break;
    case 'bestValEpochChosen':
      if (v !== true) at([kind], 'schema-true');
      if (check.within !== undefined && !isCount(check.within)) at(['within'], 'schema-whole-epochs');
      break;
    default:
      if ((FLAG_KINDS as readonly string[]).includes(kind)) {
        if (typeof v !== 'boolean') at([kind], 'schema-flag');
      } else if (!isCount(v)) at([kind], 'schema-whole-number', { min: 0 });
  }
  return issues;
}

export const LessonCheckSchema = z.unknown().transform((value, ctx): LessonCheck => {
  const issues = checkIssues(value);
  for (const issue of issues) ctx.issues.push({ ...customIssue(issue.code, issue.params, issue.path), input: value });
  return issues.length > 0 ? z.NEVER : (value as LessonCheck);
});

/** A text in both languages the app speaks. */
export const LessonTextSchema = z.looseObject({ ja: nonEmptyText(), en: nonEmptyText() });

const controls = () =>
  z.array(z.enum(LESSON_CONTROLS, { error: says('schema-one-of', { values: LESSON_CONTROLS.join(', ') }) })).optional();

export const LessonStepSchema = z.looseObject({
  id: nonEmptyText(),
  text: LessonTextSchema,
  /** Glossary ids (src/shared/i18n/glossary.ts) of the terms this step uses, linked below its text. */
  terms: z.array(nonEmptyText()).optional(),
  /** Absent: a step to read, which the learner moves past with Next. */
  check: LessonCheckSchema.optional(),
  /** The step asks for a number (the epoch where validation loss is lowest, say); the check reads it. */
  answer: z.literal('epoch', { error: says('schema-literal', { value: 'epoch' }) }).optional(),
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
    steps: z.array(LessonStepSchema).min(1, { error: says('schema-lesson-steps') }),
    variants: z.array(LessonVariantSchema).optional(),
  })
  .superRefine((lesson, ctx) => {
    if (lesson.step >= lesson.steps.length) {
      ctx.addIssue(customIssue('schema-lesson-step', { step: lesson.step, steps: lesson.steps.length }, ['step']));
    }
    const seen = new Set<string>();
    lesson.steps.forEach((step, i) => {
      if (seen.has(step.id)) {
        ctx.addIssue(customIssue('schema-duplicate-id', { context: 'step', id: step.id }, ['steps', i, 'id']));
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
