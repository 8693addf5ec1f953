/**
 * The one builder of a saved run (`Run`): the app's training panel and compare view and the command line's
 * `train --out` all make their records here, so a run reads the same whoever trained it.
 *
 * A record carries the graph it trained (the project's graph may be edited afterwards), its training and
 * dataset settings without an embedded CSV's text (the project keeps that once), the per-epoch history with
 * non-finite losses as null, and the final weights when they could be read.
 */
import type {
  DataTransform,
  DatasetSpec,
  EpochMetrics,
  Graph,
  RunEnd,
  TrainingSettings,
  WeightsByNode,
} from '../engine/types';
import type { Project } from './schema';
import { historyEntryFromMetrics, RunSettingsSchema, type HistoryEntry, type Run } from './schema-run';

/** How raw inputs became the model's inputs (the engine's DataTransform, built by dataTransformOf). */
export type RunTransform = DataTransform;

export interface RunRecordInputs {
  id: string;
  /** For people: a compare variant's value, "Run 3 (command line)"; default from the id ("run-3" → "Run 3"). */
  name?: string;
  startedAt: Date;
  /** Absent for a run saved while it was still training (a compare variant). */
  endedAt?: Date;
  end: RunEnd;
  message: string;
  graph: Graph;
  training: TrainingSettings;
  dataset: DatasetSpec;
  history: readonly EpochMetrics[];
  weights?: WeightsByNode;
  transform?: RunTransform;
}

function withoutText<T extends { text?: string }>(spec: T): Omit<T, 'text'> {
  const { text: _embedded, ...rest } = spec;
  return rest;
}

/**
 * The settings as the file stores them. Checked with the file's own schema rather than cast: it fills the
 * defaults the run trained with (l2 0, …) and refuses a graph or setting no project file could hold.
 */
function storedSettings(inputs: RunRecordInputs): Run['settings'] {
  const dataset = inputs.dataset.kind === 'csv' ? withoutText(inputs.dataset) : inputs.dataset;
  const parsed = RunSettingsSchema.safeParse({ training: inputs.training, dataset, graph: inputs.graph });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(
      `Run ${inputs.id} cannot be recorded: settings.${first.path.join('.')} ${first.message}. This is a bug in Layerwise; please report it.`,
    );
  }
  return parsed.data;
}

export function buildRunRecord(inputs: RunRecordInputs): Run {
  const run: Run = {
    id: inputs.id,
    name: inputs.name ?? defaultRunName(inputs.id),
    startedAt: inputs.startedAt.toISOString(),
    ...(inputs.endedAt ? { endedAt: inputs.endedAt.toISOString() } : {}),
    end: inputs.end,
    message: inputs.message,
    settings: storedSettings(inputs),
    history: inputs.history.map(historyEntryFromMetrics),
  };
  if (inputs.weights) run.weights = inputs.weights;
  if (inputs.transform) run.transform = structuredClone(inputs.transform) as Run['transform'];
  return run;
}

/** A saved epoch as the charts read it: a loss saved as null (a diverged epoch) is NaN again. */
export function metricsFromHistoryEntry(entry: HistoryEntry): EpochMetrics {
  const nanIfNull = (v: number | null): number => (v === null ? Number.NaN : v);
  const metrics: EpochMetrics = {
    epoch: entry.epoch,
    trainLoss: nanIfNull(entry.trainLoss),
    valLoss: nanIfNull(entry.valLoss),
    learningRate: entry.learningRate ?? Number.NaN,
    elapsedMs: entry.elapsedMs ?? Number.NaN,
  };
  if (entry.trainAccuracy !== undefined) metrics.trainAccuracy = entry.trainAccuracy;
  if (entry.valAccuracy !== undefined) metrics.valAccuracy = entry.valAccuracy;
  if (entry.health) metrics.health = entry.health;
  return metrics;
}

/** "Run 3" for `run-3`; other ids as they are. */
export function defaultRunName(id: string): string {
  const k = /^run-(\d+)$/.exec(id)?.[1];
  return k === undefined ? id : `Run ${k}`;
}

/** `run-1`, `run-2`, …: the first such id not in `used`. */
export function nextRunId(used: Iterable<string>): string {
  const taken = new Set(used);
  let k = taken.size + 1;
  while (taken.has(`run-${k}`)) k++;
  return `run-${k}`;
}

/** The project with `run` appended; the input is left as it was. */
export function withRun(project: Project, run: Run): Project {
  return { ...project, runs: [...project.runs, run] };
}
