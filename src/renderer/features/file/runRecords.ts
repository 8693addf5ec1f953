/**
 * Runs between the project file's shape (`Run`: history losses may be null, settings as stored) and the run
 * history's (`TrainingRun`: EpochMetrics, the network summary and parameter count).
 *
 * Why it exists: a run that came from a file and was not touched must be written back exactly as it was read,
 * fields this version does not know included (a history entry's `gradNorm`, a run's `device`). Converting it
 * both ways would lose them, so each run made from a file remembers the stored run it came from and saving
 * writes that one; only runs trained in this session are converted.
 */
import type { DatasetSpec, EpochMetrics, Graph, TrainingSettings } from '../../../engine';
import { historyEntryFromMetrics, type HistoryEntry, type Run } from '../../../project';
import { describeNetwork } from '../../document/runSummary';
import type { TrainingRun } from '../../document/runTypes';

/** The stored run each TrainingRun was made from (or last saved as). Runs are never edited in place. */
const storedRunOf = new WeakMap<TrainingRun, Run>();

const nanIfNull = (v: number | null): number => (v === null ? Number.NaN : v);

/** A stored history entry as the charts read it; a loss saved as null (a diverged epoch) becomes NaN again. */
export function metricsFromEntry(entry: HistoryEntry): EpochMetrics {
  const metrics: EpochMetrics = {
    epoch: entry.epoch,
    trainLoss: nanIfNull(entry.trainLoss),
    valLoss: nanIfNull(entry.valLoss),
    learningRate: entry.learningRate ?? Number.NaN,
    elapsedMs: entry.elapsedMs ?? Number.NaN,
  };
  if (entry.trainAccuracy !== undefined) metrics.trainAccuracy = entry.trainAccuracy;
  if (entry.valAccuracy !== undefined) metrics.valAccuracy = entry.valAccuracy;
  return metrics;
}

function countWeights(run: Run): number {
  let total = 0;
  for (const entry of Object.values(run.weights ?? {}))
    total += entry.kernel.data.length + (entry.bias?.data.length ?? 0);
  return total;
}

/**
 * A stored run for the run history. `projectGraph` describes runs that did not store their own graph (they
 * trained the project's graph); the command line writes such runs without a network summary.
 */
export function trainingRunFromProject(run: Run, projectGraph: Graph): TrainingRun {
  const settings = run.settings as Run['settings'] & { totalParams?: unknown; network?: unknown };
  const graph = (run.settings.graph ?? projectGraph) as Graph;
  const training: TrainingRun = {
    id: run.id,
    startedAt: run.startedAt,
    endedAt: run.endedAt ?? run.startedAt,
    end: run.end,
    message: run.message ?? '',
    settings: {
      training: run.settings.training as TrainingSettings,
      dataset: run.settings.dataset as DatasetSpec,
      totalParams: typeof settings.totalParams === 'number' ? settings.totalParams : countWeights(run),
      network: typeof settings.network === 'string' ? settings.network : describeNetwork(graph),
    },
    history: run.history.map(metricsFromEntry),
  };
  if (run.weights) training.weights = run.weights;
  if (run.transform) training.transform = run.transform;
  storedRunOf.set(training, run);
  return training;
}

/** A run of the history as the file stores it: the stored original when it came from a file unchanged. */
export function projectRunFromTraining(run: TrainingRun): Run {
  const stored = storedRunOf.get(run);
  if (stored) return stored;
  const converted: Run = {
    id: run.id,
    startedAt: run.startedAt,
    endedAt: run.endedAt,
    end: run.end,
    message: run.message,
    // totalParams and network are not in the format; they travel as extra fields, which every version keeps.
    settings: { ...run.settings } as unknown as Run['settings'],
    history: run.history.map(historyEntryFromMetrics),
  };
  if (run.weights) converted.weights = run.weights;
  if (run.transform) converted.transform = run.transform as Run['transform'];
  return converted;
}

/** Remembers that `run` was saved as `stored`, so later saves write the same thing without converting. */
export function rememberStoredRun(run: TrainingRun, stored: Run): void {
  storedRunOf.set(run, stored);
}
