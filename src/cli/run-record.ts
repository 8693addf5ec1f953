/**
 * A finished command-line run as the project file stores it (src/project's Run): the settings it trained
 * with, its per-epoch history and its trained weights, so the app and `predict` can use it later.
 */
import type { EpochMetrics, Model } from '../engine/types';
import { historyEntryFromMetrics, type Project, type Run } from '../project';
import type { TrainingOutcome } from '../engine/train/trainer';

/** `run-1`, `run-2`, …: the first such id the project does not use yet. */
export function nextRunId(project: Project): string {
  const used = new Set(project.runs.map((r) => r.id));
  let k = project.runs.length + 1;
  while (used.has(`run-${k}`)) k++;
  return `run-${k}`;
}

export interface RunInputs {
  project: Project;
  /** The training settings actually used (after --epochs and --seed). */
  training: Project['training'];
  startedAt: Date;
  endedAt: Date;
  outcome: TrainingOutcome;
  history: readonly EpochMetrics[];
  model: Model;
}

export function runRecord(inputs: RunInputs): Run {
  const { project, outcome } = inputs;
  const id = nextRunId(project);
  return {
    id,
    name: `Run ${id.slice('run-'.length)} (command line)`,
    startedAt: inputs.startedAt.toISOString(),
    endedAt: inputs.endedAt.toISOString(),
    end: outcome.end,
    message: outcome.message,
    settings: { training: { ...inputs.training }, dataset: { ...project.dataset } },
    history: inputs.history.map(historyEntryFromMetrics),
    weights: inputs.model.getWeights(),
  };
}

/** The project with `run` appended; the input is left as it was. */
export function withRun(project: Project, run: Run): Project {
  return { ...project, runs: [...project.runs, run] };
}
