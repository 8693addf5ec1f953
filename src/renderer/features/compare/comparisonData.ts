/**
 * The data a comparison trained on, rebuilt on the main thread from its dataset spec (the same seeded
 * builder the workers use), for the points under each decision boundary, the first-epoch checksum and the
 * output views. For a comparison reopened from a file, the decision boundaries are recomputed here from the
 * saved weights, so they look as they did when it was saved.
 */
import {
  compile,
  createRunModel,
  dataShapeOf,
  gridValueKind,
  predictGrid,
  prepareData,
  type DataShape,
  type DataSplit,
  type DatasetSpec,
  type Graph,
  type TrainingSettings,
  type WeightsByNode,
} from '../../../engine';
import { DATASET_INFO, selectRows, type DatasetResources, type Standardization } from '../../../engine/data';
import type { Dataset } from '../../../engine';
import type { BoundaryGrid } from '../../ui/charts/DecisionBoundary';
import { boundaryRanges } from '../../run/gridRange';
import { resourcesFor } from '../../run/dataClient';
import { GRID_RESOLUTION } from '../../run/outputs';

/** Points drawn under each boundary; the full set still trains. */
const DRAWN_ROWS = 2000;

export interface ComparisonData {
  split: DataSplit;
  standardization: Standardization | null;
  shape: DataShape;
  /** Two inputs on the fixed plane (or standardized): decision boundaries apply. */
  plane2d: boolean;
  ranges: { xRange: [number, number]; yRange: [number, number] };
  /** At most DRAWN_ROWS rows of each half, for drawing. */
  drawnTrain: Dataset;
  drawnValidation: Dataset;
  resources: DatasetResources;
}

function capRows(d: Dataset): Dataset {
  return d.n <= DRAWN_ROWS
    ? d
    : selectRows(
        d,
        Uint32Array.from({ length: DRAWN_ROWS }, (_, i) => i),
      );
}

export async function loadComparisonData(spec: DatasetSpec): Promise<ComparisonData> {
  const resources = await resourcesFor(spec);
  const prepared = prepareData(spec, resources);
  const { split } = prepared;
  return {
    split,
    standardization: prepared.standardization,
    shape: dataShapeOf(prepared.dataset),
    plane2d: DATASET_INFO[spec.kind].plane2d && split.train.features === 2,
    ranges: boundaryRanges(prepared.standardization !== null, [split.train, split.validation]),
    drawnTrain: capRows(split.train),
    drawnValidation: capRows(split.validation),
    resources,
  };
}

/** The decision boundary of saved weights, computed here rather than in a worker (one 80² grid is cheap). */
export function boundaryFromWeights(
  graph: Graph,
  training: TrainingSettings,
  weights: WeightsByNode,
  data: ComparisonData,
  epoch: number,
): BoundaryGrid | null {
  const compiled = compile(graph, data.shape);
  if (!compiled.plan || !data.plane2d) return null;
  const model = createRunModel(compiled.plan, training);
  model.setWeights(weights);
  const { xRange, yRange } = data.ranges;
  return {
    xRange,
    yRange,
    epoch,
    resolution: GRID_RESOLUTION,
    kind: gridValueKind(model),
    values: predictGrid(model, xRange, yRange, GRID_RESOLUTION),
  };
}

const cache = new Map<string, Promise<ComparisonData>>();

/** The data of comparison `id`, built once per comparison and kept while the app runs. */
export function comparisonDataFor(id: string, spec: DatasetSpec): Promise<ComparisonData> {
  let data = cache.get(id);
  if (!data) {
    data = loadComparisonData(spec);
    cache.set(id, data);
    data.catch(() => cache.delete(id)); // let a later attempt try again
  }
  return data;
}
