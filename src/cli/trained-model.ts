/**
 * Rebuilding a trained network from a project's saved run: the run's graph (or the project's, when the run
 * did not keep its own), its dataset settings and its weights. The dataset is rebuilt from its spec and
 * seed, which is deterministic, so the standardization fitted on the run's training rows comes back
 * exactly and inputs given later can be scaled the same way.
 */
import { compile } from '../engine/compile';
import { dataShapeOf, type PreparedData } from '../engine/data';
import { createModel } from '../engine/model';
import type { Model } from '../engine/types';
import type { Run } from '../project';
import { loadDatasetResources, prepareProjectData } from './data';
import { InvalidInputError } from './io';
import type { LoadedProject } from './load-project';

/** Rows per forward pass when predicting; any number of input rows is processed in chunks of this. */
const PREDICT_BATCH = 256;

function describeRuns(runs: readonly Run[]): string {
  return runs.map((r, k) => `${k + 1} (${r.id}${r.weights ? '' : ', no weights'})`).join(', ');
}

/**
 * The run `choice` names (1-based number or run id), or the last run with weights when it is undefined.
 * Throws InvalidInputError saying how to get a trained run when there is none.
 */
export function selectRun(
  loaded: LoadedProject,
  choice: string | undefined,
  trainHint: string,
): { run: Run; number: number } {
  const runs = loaded.project.runs;
  if (choice === undefined) {
    for (let k = runs.length - 1; k >= 0; k--) if (runs[k].weights) return { run: runs[k], number: k + 1 };
    throw new InvalidInputError(`${loaded.label} has no trained run: train it first with ${trainHint}.`);
  }
  let index = runs.findIndex((r) => r.id === choice);
  if (index < 0 && /^\d+$/.test(choice)) index = Number(choice) - 1;
  const run = runs[index];
  if (!run) {
    const known =
      runs.length > 0
        ? `Its runs are: ${describeRuns(runs)}.`
        : `It has no runs yet: train it first with ${trainHint}.`;
    throw new InvalidInputError(
      `--run ${choice}: ${loaded.label} has no such run (give a number from 1 to ${runs.length} or a run id). ${known}`,
    );
  }
  if (!run.weights) {
    throw new InvalidInputError(
      `--run ${choice}: run ${run.id} of ${loaded.label} was saved without weights, so it cannot predict. Choose another run (${describeRuns(runs)}) or train again.`,
    );
  }
  return { run, number: index + 1 };
}

export interface TrainedModel {
  model: Model;
  prepared: PreparedData;
}

export async function loadTrainedModel(loaded: LoadedProject, run: Run): Promise<TrainedModel> {
  const stored = run.settings.dataset;
  // A run's settings leave out an embedded CSV's text (the project keeps it once): read it from the project.
  const embedded = loaded.project.dataset.text;
  const spec =
    stored.kind === 'csv' && stored.text === undefined && stored.path === undefined && embedded !== undefined
      ? { ...stored, text: embedded }
      : stored;
  const resources = await loadDatasetResources(spec, loaded.path, loaded.label);
  const prepared = prepareProjectData(spec, resources, loaded.label);
  const graph = run.settings.graph ?? loaded.project.graph;
  const compiled = compile(graph, dataShapeOf(prepared.dataset));
  if (!compiled.plan) {
    const errors = compiled.problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${loaded.label} (run ${run.id}): ${p.message}`);
    throw new InvalidInputError(errors);
  }
  const model = createModel(compiled.plan, { maxBatch: PREDICT_BATCH, seed: 0 });
  try {
    model.setWeights(run.weights ?? {});
  } catch (error) {
    throw new InvalidInputError(`${loaded.label} (run ${run.id}): ${(error as Error).message}`);
  }
  return { model, prepared };
}
