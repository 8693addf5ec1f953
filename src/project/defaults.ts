/**
 * Starting points for the app's File → New and for the command line: the XOR network of DESIGN.md, which
 * trains in seconds and shows why a hidden layer matters. Everything goes through the schema, so a new
 * project has exactly the defaults a loaded file would have.
 */
import { CURRENT_VERSION } from './migrations';
import { DEFAULT_PROJECT_NAME, PROJECT_FORMAT, ProjectSchema, type Project } from './schema';
import { GraphSchema, type ProjectGraph } from './schema-graph';
import { DatasetSchema, TrainingSchema, type ProjectDataset, type ProjectTraining } from './schema-settings';

/** 400 noisy XOR points, 30% held out for validation. */
export function defaultDataset(): ProjectDataset {
  return DatasetSchema.parse({ kind: 'xor', samples: 400, noise: 0.1, validationSplit: 0.3, seed: 1 });
}

/** Adam at 0.01, batches of 16, 200 epochs. */
export function defaultTraining(): ProjectTraining {
  return TrainingSchema.parse({ optimizer: 'adam', learningRate: 0.01, batchSize: 16, epochs: 200, seed: 42 });
}

/** input → dense(4, tanh) → output(sigmoid, binary cross-entropy), laid out left to right. */
export function starterGraph(): ProjectGraph {
  return GraphSchema.parse({
    nodes: [
      { id: 'in', type: 'input', position: { x: 0, y: 0 }, params: {} },
      { id: 'h1', type: 'dense', position: { x: 240, y: 0 }, params: { units: 4, activation: 'tanh' } },
      {
        id: 'out',
        type: 'output',
        position: { x: 480, y: 0 },
        params: { activation: 'sigmoid', loss: 'binaryCrossEntropy' },
      },
    ],
    edges: [
      { id: 'e1', source: 'in', target: 'h1' },
      { id: 'e2', source: 'h1', target: 'out' },
    ],
  });
}

/** A new project with the starter graph, default data and training settings, and no runs. */
export function newProject(name: string = DEFAULT_PROJECT_NAME): Project {
  return ProjectSchema.parse({
    format: PROJECT_FORMAT,
    version: CURRENT_VERSION,
    name,
    graph: starterGraph(),
    dataset: defaultDataset(),
    training: defaultTraining(),
  });
}
