/**
 * Example projects trained briefly with the engine, as the exports see them: a project whose last run holds
 * the trained weights, the model itself, and the engine's predictions on the validation rows.
 */
import { readFileSync } from 'node:fs';
import { loadMnistBytes } from '../../../src/cli/mnist-file';
import { prepareData, type DatasetResources, type PreparedData } from '../../../src/engine/data';
import { predictBatch } from '../../../src/engine/inspect';
import { createModel } from '../../../src/engine/model';
import { Trainer } from '../../../src/engine/train/trainer';
import { createTrainingSetup } from '../../../src/engine/train/setup';
import type { Model, PlanNode } from '../../../src/engine/types';
import { parseProject, historyEntryFromMetrics, type Project } from '../../../src/project';

export const EXAMPLES = ['circle', 'digits-mlp', 'iris', 'overfitting', 'sine', 'spiral-activations', 'xor'];

export function loadProjectFile(path: string): Project {
  const result = parseProject(readFileSync(path, 'utf8'), path);
  if (!result.ok) throw new Error(`${path} does not parse: ${JSON.stringify(result.errors)}`);
  return result.project;
}

export function resourcesFor(project: Project): DatasetResources {
  return project.dataset.kind === 'mnist' ? { mnist: loadMnistBytes() } : {};
}

export interface TrainedExample {
  project: Project;
  model: Model;
  prepared: PreparedData;
  /** The engine's outputs on the validation rows, [rows, outputWidth]. */
  expected: Float32Array;
  /** The engine's output layer before its sigmoid or softmax, on the same rows. */
  expectedLogits: Float32Array;
  resources: DatasetResources;
}

/** `project` trained for `epochs` epochs (the digits on 1,000 samples), with the run appended. */
export function trainBriefly(original: Project, epochs: number): TrainedExample {
  const project: Project =
    original.dataset.kind === 'mnist' ? { ...original, dataset: { ...original.dataset, samples: 1000 } } : original;
  const resources = resourcesFor(project);
  const training = { ...project.training, epochs };
  const setup = createTrainingSetup({
    type: 'start',
    graph: project.graph,
    datasetSpec: project.dataset,
    training,
    resources,
  });
  const trainer = new Trainer(setup.model, setup.data, training);
  const outcome = trainer.run();
  const run = {
    id: 'run-1',
    startedAt: '2026-01-01T00:00:00.000Z',
    end: outcome.end,
    settings: { training, dataset: project.dataset },
    history: trainer.history.map(historyEntryFromMetrics),
    weights: setup.model.getWeights(),
  };
  const prepared = setup.prepared ?? prepareData(project.dataset, resources);
  const v = setup.data.validation;
  return {
    project: { ...project, runs: [run] },
    model: setup.model,
    prepared,
    expected: predictBatch(setup.model, v.x, v.n),
    expectedLogits: predictBatch(logitModel(setup.model), v.x, v.n),
    resources,
  };
}

/** The same network and weights with a linear output, so its forward pass gives the logits. */
function logitModel(model: Model): Model {
  const plan = model.plan;
  const out = plan.nodes[plan.outputId];
  const linear = createModel(
    {
      ...plan,
      outputActivation: 'linear',
      loss: 'mse',
      nodes: { ...plan.nodes, [out.id]: { ...out, params: { activation: 'linear', loss: 'mse' } } as PlanNode },
    },
    { maxBatch: 256, seed: 0 },
  );
  linear.setWeights(model.getWeights());
  return linear;
}

/** Largest |a − b| / max(|b|, 1): relative error, and absolute error for values under 1 in size. */
export function closeness(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  if (actual.length !== expected.length) throw new Error(`${actual.length} values, expected ${expected.length}`);
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    const e = Math.abs(actual[i] - expected[i]) / Math.max(Math.abs(expected[i]), 1);
    if (!(e <= worst)) worst = e;
  }
  return worst;
}
