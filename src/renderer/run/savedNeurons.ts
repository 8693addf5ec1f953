/**
 * Neuron pictures of saved weights: a reopened project's last run (the training panel) and a finished or
 * reopened comparison's variants. They are recomputed from the weights, never stored, with the same engine
 * code and inputs the worker uses (neuronQueryFor), here on the main thread as the saved decision boundaries
 * are (one small batched forward).
 */
import {
  compile,
  createRunModel,
  neuronPicturesAndWindow,
  neuronQueryFor,
  NEURON_RESOLUTION,
  type DataShape,
  type DataSplit,
  type Graph,
  type NeuronsEvent,
  type TrainingSettings,
  type UnitWindow,
  type WeightsByNode,
} from '../../engine';
import type { Range } from './gridRange';

export interface SavedWeights {
  graph: Graph;
  training: TrainingSettings;
  weights: WeightsByNode;
  /** Completed epochs of the run. */
  epoch: number;
}

/**
 * Pictures of `nodeIds` for the saved weights on the data split, or null when the weights do not fit the
 * network on this data (the graph was edited since, say). `plane` gives the 2-D grid's ranges; `window` some
 * units of one node besides (the inspector's list).
 */
export function neuronsFromWeights(
  saved: SavedWeights,
  nodeIds: readonly string[],
  split: DataSplit,
  shape: DataShape,
  plane?: { xRange: Range; yRange: Range },
  window?: UnitWindow | null,
): NeuronsEvent | null {
  const compiled = compile(saved.graph, shape);
  if (!compiled.plan || (nodeIds.length === 0 && !window)) return null;
  try {
    const model = createRunModel(compiled.plan, saved.training);
    model.setWeights(saved.weights);
    const built = neuronQueryFor(model, split, plane && { ...plane, resolution: NEURON_RESOLUTION });
    const started = performance.now();
    const { pictures, window: units } = neuronPicturesAndWindow(model, nodeIds, built.query, window ?? undefined);
    const computeMs = performance.now() - started;
    return {
      type: 'neurons',
      epoch: saved.epoch,
      ...built.facts,
      pictures,
      nodeIds: [...nodeIds],
      ...(units ? { window: units } : {}),
      computeMs,
    };
  } catch {
    return null; // weights of another shape: no pictures rather than wrong ones
  }
}
