/**
 * Comparisons to and from the project file's shape: `{ id, name, parameter: { kind, nodeId? }, values, runs }`
 * where each run is a project Run (settings with the variant's own graph, per-epoch history, final weights).
 * Fields the file format does not name (`targetLoss`, each run's `value`, `wallMs`, `initialWeights`, …)
 * ride along as extra fields, which the format keeps.
 */
import type { Graph, Task, TrainingSettings, DatasetSpec } from '../../../engine';
import { buildRunRecord, metricsFromHistoryEntry, type Comparison, type Run } from '../../../project';
import type { ComparisonRecord, VariantRun } from './compareTypes';
import { defaultTargetLoss } from './summary';
import { toCompareParameter, type CompareValue } from './parameters';

const NOT_TRAINED = 'This variant had not started when the comparison was saved.';
const STILL_TRAINING = 'This variant was still training when the comparison was saved.';

function toRun(c: ComparisonRecord, v: VariantRun): Run {
  const finished = v.status === 'done' || v.status === 'error';
  return {
    ...buildRunRecord({
      id: v.id,
      name: v.label,
      startedAt: new Date(v.startedAt ?? c.createdAt),
      ...(v.endedAt ? { endedAt: new Date(v.endedAt) } : {}),
      end: v.end ?? 'stopped',
      message:
        v.message ??
        v.error ??
        (v.status === 'queued' || v.status === 'stopped' ? NOT_TRAINED : finished ? '' : STILL_TRAINING),
      graph: v.graph,
      training: v.training,
      dataset: c.dataset,
      history: v.history,
      ...(v.weights ? { weights: v.weights } : {}),
    }),
    value: v.value,
    wallMs: v.wallMs,
    initialWeights: v.initialWeights,
    dataChecksum: v.dataChecksum,
  };
}

export function toProjectComparison(c: ComparisonRecord): Comparison {
  const parameter =
    'nodeId' in c.parameter && c.parameter.nodeId
      ? { kind: c.parameter.kind, nodeId: c.parameter.nodeId }
      : { kind: c.parameter.kind };
  return {
    id: c.id,
    name: c.name,
    parameter,
    values: c.values,
    runs: c.variants.map((v) => toRun(c, v)),
    createdAt: c.createdAt,
    targetLoss: c.targetLoss,
    task: c.task,
  };
}

const stringList = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
const numberOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function fromRun(run: Run, index: number, values: CompareValue[]): VariantRun {
  const extra = run as Record<string, unknown>;
  const shares = (extra.initialWeights ?? {}) as Record<string, unknown>;
  const value =
    values[index] ?? (typeof extra.value === 'string' || typeof extra.value === 'number' ? extra.value : index);
  return {
    id: run.id,
    label: run.name ?? String(value),
    value,
    graph: (run.settings.graph ?? { nodes: [], edges: [] }) as Graph,
    training: run.settings.training as TrainingSettings,
    status: 'done',
    history: run.history.map(metricsFromHistoryEntry),
    progress: null,
    grid: null,
    outputs: null,
    end: run.end,
    message: run.message ?? null,
    error: null,
    startedAt: run.startedAt,
    endedAt: run.endedAt ?? null,
    wallMs: numberOrNull(extra.wallMs),
    initialWeights: { shared: stringList(shares.shared), seeded: stringList(shares.seeded) },
    ...(run.weights ? { weights: run.weights } : {}),
    dataChecksum: typeof extra.dataChecksum === 'string' ? extra.dataChecksum : null,
    readyChecksum: null,
  };
}

/** A saved comparison as the UI holds it, or null when its parameter is one this version does not know. */
export function fromProjectComparison(c: Comparison): ComparisonRecord | null {
  const parameter = toCompareParameter(c.parameter);
  if (!parameter) return null;
  const extra = c as Record<string, unknown>;
  const values = c.values.filter((v): v is CompareValue => typeof v === 'string' || typeof v === 'number');
  const first = c.runs[0];
  const task: Task = extra.task === 'regression' ? 'regression' : 'classification';
  return {
    id: c.id,
    name: c.name,
    parameter,
    values,
    dataset: (first?.settings.dataset ?? {
      kind: 'circle',
      samples: 400,
      noise: 0.1,
      validationSplit: 0.3,
      seed: 1,
    }) as DatasetSpec,
    task,
    createdAt: typeof extra.createdAt === 'string' ? extra.createdAt : (first?.startedAt ?? new Date(0).toISOString()),
    targetLoss: numberOrNull(extra.targetLoss) ?? defaultTargetLoss(task),
    expectedReadyChecksum: null,
    expectedDataChecksum: null,
    variants: c.runs.map((run, i) => fromRun(run, i, values)),
    running: false,
  };
}
