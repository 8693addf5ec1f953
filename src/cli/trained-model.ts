/**
 * Rebuilding a trained network from a project's saved run: the run's graph (or the project's, when the run
 * did not keep its own), its recorded data transform and its weights.
 */
import { compile } from '../engine/compile';
import { csvFingerprint, dataShapeOfTransform, dataTransformOf } from '../engine/data';
import { createModel } from '../engine/model';
import type { DataTransform, DatasetSpec, Model } from '../engine/types';
import type { Run } from '../project';
import { loadDatasetResources, prepareProjectData } from './data';
import { t, wordProblem } from './i18n';
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
  /** How raw input rows become model inputs: the run's own record, or rebuilt from its dataset settings. */
  transform: DataTransform;
  /** Said once on stderr: the run's training CSV has changed or gone since it trained. */
  notes: string[];
}

/** The run's dataset settings, with the project's embedded CSV text when the run's record left it out. */
export function runDatasetSpec(loaded: LoadedProject, run: Run): DatasetSpec {
  const stored = run.settings.dataset as DatasetSpec;
  const current = loaded.project.dataset as DatasetSpec;
  if (stored.kind !== 'csv' || stored.text !== undefined || stored.path !== undefined) return stored;
  return current.kind === 'csv' && current.text !== undefined ? { ...stored, text: current.text } : stored;
}

/** Whether the CSV a run was trained on is still the same text; a note when it changed or is gone. */
async function sourceNotes(loaded: LoadedProject, run: Run, transform: DataTransform): Promise<string[]> {
  const source = transform.source;
  const spec = runDatasetSpec(loaded, run);
  if (!source || spec.kind !== 'csv') return [];
  const embedded = spec.text !== undefined;
  const params = { run: run.id, rows: source.rows, path: spec.path ?? '' };
  const note = (text: string) => t('cli.note', { text });
  let text = spec.text;
  if (text === undefined) {
    try {
      text = (await loadDatasetResources(spec, loaded.path, loaded.label)).csvText;
    } catch {
      return [note(embedded ? t('cli.sourceGoneEmbedded', params) : t('cli.sourceGonePath', params))];
    }
  }
  if (text === undefined || csvFingerprint(text) === source.fingerprint) return [];
  return [note(embedded ? t('cli.sourceChangedEmbedded', params) : t('cli.sourceChangedPath', params))];
}

/**
 * The network of a saved run, ready to predict. A run that recorded its data transform needs nothing else:
 * its training CSV may have been edited, moved or deleted since. An older run's transform is rebuilt from its
 * dataset settings and seed (deterministic, so the standardization comes back exactly).
 */
export async function loadTrainedModel(loaded: LoadedProject, run: Run): Promise<TrainedModel> {
  let transform: DataTransform;
  let notes: string[] = [];
  if (run.transform) {
    transform = run.transform;
    notes = await sourceNotes(loaded, run, transform);
  } else {
    const spec = runDatasetSpec(loaded, run);
    const resources = await loadDatasetResources(spec, loaded.path, loaded.label);
    const prepared = prepareProjectData(spec, resources, loaded.label);
    transform = dataTransformOf(spec, prepared, resources.csvText);
  }
  const graph = run.settings.graph ?? loaded.project.graph;
  const compiled = compile(graph, dataShapeOfTransform(transform));
  if (!compiled.plan) {
    const errors = compiled.problems
      .filter((p) => p.severity === 'error')
      .map((p) => t('cli.inRun', { file: loaded.label, run: run.id, text: wordProblem(p) }));
    throw new InvalidInputError(errors);
  }
  const model = createModel(compiled.plan, { maxBatch: PREDICT_BATCH, seed: 0 });
  try {
    model.setWeights(run.weights ?? {});
  } catch (error) {
    throw new InvalidInputError(`${loaded.label} (run ${run.id}): ${(error as Error).message}`);
  }
  return { model, transform, notes };
}
