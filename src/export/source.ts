/**
 * Everything an exporter needs, gathered once from a project: the compiled plan, the weights (a saved run's,
 * or the initial weights the engine would start from when nothing has been trained), the data transform
 * (raw input → (x − mean) / std → model), the training recipe and the dataset's rows as the engine splits
 * them. Built with the engine's own compile and data preparation, so an export sees exactly what training saw.
 */
import { compile } from '../engine/compile';
import { dataShapeOf, fitStandardization, prepareData, shouldStandardize, type DatasetResources } from '../engine/data';
import { createRunModel } from '../engine/train/setup';
import type {
  DataSplit,
  DataTransform,
  DatasetSpec,
  Graph,
  Plan,
  TrainingSettings,
  WeightsByNode,
} from '../engine/types';
import { ExportError } from './types';

/** What an export reads of a project: a saved project (src/project's Project) or the app's open document. */
export interface ExportProject {
  name: string;
  graph: Graph;
  dataset: DatasetSpec;
  training: TrainingSettings;
}

/** What an export reads of a saved run (src/project's Run, or the app's run record). */
export interface ExportRun {
  id: string;
  settings: { dataset: DatasetSpec; training: TrainingSettings; graph?: Graph };
  weights?: WeightsByNode;
  /** Format v2's data transform, when the run recorded it. */
  transform?: unknown;
}

/** The run data transform (engine/types): raw input → (x − mean) / std → model. */
export type { DataTransform };

export interface ExportSource {
  /** The project's name, for comments and metadata. */
  name: string;
  plan: Plan;
  weights: WeightsByNode;
  /** The run the weights come from; absent when they are the untrained initial weights. */
  runId?: string;
  transform: DataTransform;
  training: TrainingSettings;
  dataset: DatasetSpec;
  /** The dataset's rows as the engine splits them, before standardization (the order training uses). */
  rows: DataSplit;
}

/** The last of `runs` that saved weights, or undefined. */
export function lastTrainedRun<R extends ExportRun>(runs: readonly R[]): R | undefined {
  for (let k = runs.length - 1; k >= 0; k--) if (runs[k].weights) return runs[k];
  return undefined;
}

/** A run's saved transform when it has a well-formed one (runs from before format v2 have none). */
function savedTransform(run: ExportRun | undefined, features: number): DataTransform | undefined {
  const t = run?.transform as Partial<DataTransform> | undefined;
  if (!t || !Array.isArray(t.featureNames) || t.featureNames.length !== features) return undefined;
  const s = t.standardization;
  const statsOk =
    s === undefined ||
    (Array.isArray(s.mean) && Array.isArray(s.std) && s.mean.length === features && s.std.length === features);
  return statsOk ? (t as DataTransform) : undefined;
}

/**
 * The export source of `project` with the weights of `run` (`null`: the initial weights the engine would
 * start training from). Throws an Error with a sentence for the user when the network does not compile or the
 * data cannot be built (for MNIST and CSV-by-path the caller supplies `resources`).
 */
export function buildExportSource(
  project: ExportProject,
  run: ExportRun | null,
  resources: DatasetResources = {},
): ExportSource {
  const chosen = run ?? undefined;
  const graph: Graph = chosen?.settings.graph ?? project.graph;
  const dataset: DatasetSpec = chosen?.settings.dataset ?? project.dataset;
  const training: TrainingSettings = chosen?.settings.training ?? project.training;
  // A run keeps its dataset settings without an embedded CSV's text: the project holds that once.
  const embedded = dataset.kind === 'csv' && dataset.text === undefined && project.dataset.kind === 'csv';
  const csvText = resources.csvText ?? (embedded && project.dataset.kind === 'csv' ? project.dataset.text : undefined);
  // The rows as the engine splits them, left unstandardized: the exports apply the transform themselves.
  const raw = prepareData({ ...dataset, standardize: false }, { ...resources, csvText });
  const compiled = compile(graph, dataShapeOf(raw.dataset));
  if (!compiled.plan) {
    const first = compiled.problems.find((p) => p.severity === 'error');
    throw new ExportError(
      `The network cannot be exported because it does not compile: ${first?.message ?? 'unknown problem'}`,
      first?.nodeId,
    );
  }
  const plan = compiled.plan;
  const derived: DataTransform = {
    featureNames: raw.dataset.featureNames,
    classNames: raw.dataset.task === 'classification' ? raw.dataset.classNames : undefined,
    target: dataset.kind === 'csv' ? dataset.target : undefined,
    standardization: shouldStandardize(dataset) ? fitStandardization(raw.split.train) : undefined,
  };
  const transform = savedTransform(chosen, plan.dataShape.features) ?? derived;
  let weights: WeightsByNode;
  if (chosen?.weights) {
    weights = chosen.weights;
  } else {
    weights = createRunModel(plan, training).getWeights();
  }
  // Check the weights fit the plan here, so every format fails the same way with the same sentence.
  try {
    createRunModel(plan, training).setWeights(weights);
  } catch (error) {
    throw new ExportError(`Run ${chosen?.id ?? ''}: ${(error as Error).message}`.trim());
  }
  return {
    name: project.name,
    plan,
    weights,
    runId: chosen?.weights ? chosen.id : undefined,
    transform,
    training,
    dataset,
    rows: raw.split,
  };
}
