/**
 * Finished or stopped training runs and saved comparisons, as stored in a project file.
 *
 * A tensor is stored as `{ "shape": [..], "data": "<base64 of little-endian float32>" }` and decoded on load
 * into the engine's Tensor (a Float32Array), checking that the data holds exactly product(shape) finite
 * values. Loss values in the history may be `null`: JSON has no NaN, and the epoch on which a run diverged
 * has no finite loss (see `historyEntryFromMetrics`).
 */
import { z } from 'zod';
import type { EpochMetrics, LayerHealth, Tensor } from '../engine/types';
import { GraphSchema } from './schema-graph';
import { DatasetSchema, TrainingSchema } from './schema-settings';
import { intIn, nonEmptyText, numberIn, oneOf, text } from './schema-helpers';
import { customIssue, says } from './schema-issues';
import { decodeTensorResult } from './tensor';

export const RUN_ENDS = ['completed', 'stopped', 'diverged'] as const;

/** Largest tensor rank and dimension the file accepts; far beyond any network this app builds. */
const MAX_RANK = 8;
const MAX_DIMENSION = 1 << 28;

export const TensorSchema = z
  .looseObject({
    shape: z.array(intIn(0, MAX_DIMENSION)).max(MAX_RANK, { error: says('schema-dimensions', { max: MAX_RANK }) }),
    data: z.string({ error: says('schema-base64-text') }),
  })
  .transform((stored, ctx): Tensor => {
    const result = decodeTensorResult(stored);
    if (!result.ok) {
      ctx.issues.push({ ...customIssue(result.code, result.params, [result.field]), input: stored });
      return z.NEVER;
    }
    // Fields beside shape and data are kept, like everywhere else in the file.
    return { ...stored, shape: result.tensor.shape, data: result.tensor.data };
  });

export const NodeWeightsSchema = z.looseObject({ kernel: TensorSchema, bias: TensorSchema.optional() });
export const WeightsSchema = z.record(z.string(), NodeWeightsSchema, {
  error: says('schema-weights-object'),
});

const lossValue = () => {
  const error = says('schema-loss-value');
  return z.number({ error }).min(0, { error }).nullable();
};

const share = () => numberIn(0, 1);
const finiteNumber = () => z.number({ error: says('schema-number') });
const atLeastZero = () => {
  const error = says('schema-at-least-zero');
  return z.number({ error }).min(0, { error });
};
const positive = () => {
  const error = says('schema-positive');
  return z.number({ error }).gt(0, { error });
};

/**
 * One layer's health at the end of an epoch (the engine's LayerHealth, see src/engine/health/record.ts):
 * gradient norm (RMS over the epoch's batches of the layer's gradient L2 norm), kernel RMS/min/mean/max,
 * and the share of dead ReLUs or saturated sigmoid/tanh outputs on the probe rows. Every number is optional.
 */
export const LayerHealthSchema = z.looseObject({
  nodeId: nonEmptyText(),
  gradientNorm: atLeastZero().optional(),
  weightRms: atLeastZero().optional(),
  weightMin: finiteNumber().optional(),
  weightMean: finiteNumber().optional(),
  weightMax: finiteNumber().optional(),
  deadShare: share().optional(),
  saturatedShare: share().optional(),
});

export const HistoryEntrySchema = z.looseObject({
  epoch: intIn(1, 100_000_000),
  trainLoss: lossValue(),
  valLoss: lossValue(),
  trainAccuracy: numberIn(0, 1).optional(),
  valAccuracy: numberIn(0, 1).optional(),
  learningRate: positive().optional(),
  elapsedMs: z
    .number({ error: says('schema-milliseconds') })
    .min(0, { error: says('schema-milliseconds') })
    .optional(),
  /** The layers' health at the end of the epoch; absent on runs saved before it was recorded. */
  health: z.array(LayerHealthSchema).optional(),
});

const isoTime = () => z.iso.datetime({ offset: true, error: says('schema-iso-time') });

export const RunSettingsSchema = z.looseObject({
  training: TrainingSchema,
  dataset: DatasetSchema,
  /** The graph as it was when the run trained; absent when it is the project's current graph. */
  graph: GraphSchema.optional(),
});

/**
 * How the run's raw inputs became model inputs (the engine's DataTransform): feature names in order, the
 * standardization fitted on its training rows, class labels in output order, the CSV's target column, and
 * which CSV text it trained on. Absent on runs saved before format version 2: readers then derive it from
 * the dataset settings, as those runs did.
 */
export const TransformSchema = z
  .looseObject({
    featureNames: z.array(text()).min(1, { error: says('schema-feature-names') }),
    standardization: z
      .looseObject({
        mean: z.array(finiteNumber()),
        std: z.array(positive()),
      })
      .optional(),
    classNames: z.array(text()).optional(),
    target: text().optional(),
    source: z.looseObject({ rows: intIn(0, Number.MAX_SAFE_INTEGER), fingerprint: nonEmptyText() }).optional(),
  })
  .superRefine((t, ctx) => {
    if (!t.standardization) return;
    for (const key of ['mean', 'std'] as const) {
      if (t.standardization[key].length !== t.featureNames.length) {
        ctx.addIssue(
          customIssue('schema-per-feature', { count: t.standardization[key].length, features: t.featureNames.length }, [
            'standardization',
            key,
          ]),
        );
      }
    }
  });

export const RunSchema = z.looseObject({
  id: nonEmptyText(),
  name: text().optional(),
  startedAt: isoTime(),
  endedAt: isoTime().optional(),
  end: oneOf(RUN_ENDS),
  /** Why the run ended, for people ("The loss became NaN at epoch 12."). */
  message: text().optional(),
  settings: RunSettingsSchema,
  history: z.array(HistoryEntrySchema),
  weights: WeightsSchema.optional(),
  transform: TransformSchema.optional(),
});

/**
 * A saved comparison: one node parameter tried with several values, one run per value. Deliberately loose;
 * the comparison UI will add fields, which older and newer versions keep.
 */
export const ComparisonSchema = z.looseObject({
  id: nonEmptyText(),
  name: text(),
  parameter: z.looseObject({ kind: nonEmptyText(), nodeId: text().optional() }),
  values: z.array(z.unknown()),
  runs: z.array(RunSchema),
});

export type HistoryEntry = z.output<typeof HistoryEntrySchema>;
export type LayerHealthEntry = z.output<typeof LayerHealthSchema>;
export type Run = z.output<typeof RunSchema>;
export type Comparison = z.output<typeof ComparisonSchema>;

/**
 * The history entry for one epoch's metrics. Non-finite losses (the epoch a run diverged) become null,
 * because JSON cannot hold NaN and a save must not silently change them.
 */
export function historyEntryFromMetrics(m: EpochMetrics): HistoryEntry {
  const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);
  const entry: HistoryEntry = {
    epoch: m.epoch,
    trainLoss: finiteOrNull(m.trainLoss),
    valLoss: finiteOrNull(m.valLoss),
  };
  if (m.trainAccuracy !== undefined && Number.isFinite(m.trainAccuracy)) entry.trainAccuracy = m.trainAccuracy;
  if (m.valAccuracy !== undefined && Number.isFinite(m.valAccuracy)) entry.valAccuracy = m.valAccuracy;
  if (Number.isFinite(m.learningRate)) entry.learningRate = m.learningRate;
  if (Number.isFinite(m.elapsedMs)) entry.elapsedMs = m.elapsedMs;
  if (m.health) entry.health = m.health.map(storedLayerHealth);
  return entry;
}

/** A layer's health as the file stores it: numbers that are not finite (a gradient that overflowed) left out. */
function storedLayerHealth(h: LayerHealth): LayerHealthEntry {
  const entry: LayerHealthEntry = { nodeId: h.nodeId };
  for (const key of HEALTH_NUMBERS) {
    const v = h[key];
    if (v !== undefined && Number.isFinite(v)) entry[key] = v;
  }
  return entry;
}

const HEALTH_NUMBERS = [
  'gradientNorm',
  'weightRms',
  'weightMin',
  'weightMean',
  'weightMax',
  'deadShare',
  'saturatedShare',
] as const satisfies readonly (keyof LayerHealth)[];
