/**
 * The editor's document: everything a project file stores about the network and how to train it. Runs,
 * weights and unknown file fields are not here; the file layer keeps those beside the document.
 */
import type { DataShape, DatasetSpec, Graph, GraphNode, TrainingSettings } from '../../engine';

/** A graph node as the editor holds it: always placed and labelled. */
export interface EditorNode extends GraphNode {
  position: { x: number; y: number };
  label: string;
}

export interface EditorGraph extends Graph {
  nodes: EditorNode[];
}

export interface EditorDocument {
  name: string;
  description: string;
  graph: EditorGraph;
  dataset: DatasetSpec;
  training: TrainingSettings;
}

/** A document as a file or template provides it: nodes may lack a position or label. */
export interface DocumentInput extends Omit<EditorDocument, 'graph'> {
  graph: Graph;
}

export const DEFAULT_DATASET: DatasetSpec = {
  kind: 'circle',
  samples: 400,
  noise: 0.1,
  validationSplit: 0.3,
  seed: 1,
};

export const DEFAULT_TRAINING: TrainingSettings = {
  optimizer: 'adam',
  learningRate: 0.01,
  batchSize: 16,
  epochs: 200,
  seed: 42,
};

/**
 * What a dataset's settings fix about the network, without loading the data. The built-in sets have known
 * widths; a CSV's width comes from the columns the user picked and its class count is only known after
 * parsing (2 until then): whoever parses it reports the real shape with the store's `setKnownDataShape`.
 */
export function dataShapeOfSpec(spec: DatasetSpec): DataShape {
  switch (spec.kind) {
    case 'circle':
    case 'xor':
    case 'moons':
      return { features: 2, task: 'classification', classes: 2 };
    case 'gaussian':
    case 'spiral':
      return { features: 2, task: 'classification', classes: spec.classes ?? 2 };
    case 'sine':
      return { features: 1, task: 'regression', classes: 0, targets: 1 };
    case 'iris':
      return { features: 4, task: 'classification', classes: 3 };
    case 'mnist':
      return { features: 784, task: 'classification', classes: 10 };
    case 'csv': {
      const features = Math.max(1, spec.features?.length ?? 1);
      return spec.task === 'regression'
        ? { features, task: 'regression', classes: 0, targets: 1 }
        : { features, task: 'classification', classes: 2 };
    }
  }
}

/**
 * Makes any graph (from a file or a template) into an editor graph: nodes without a position are placed in
 * a row, and nodes without a label get their id as label so messages and the canvas agree.
 */
export function toEditorGraph(graph: Graph): EditorGraph {
  return {
    nodes: graph.nodes.map((node, index) => ({
      ...node,
      params: { ...node.params },
      position: node.position ? { ...node.position } : { x: index * 220, y: 0 },
      label: typeof node.label === 'string' && node.label.trim() !== '' ? node.label : node.id,
    })),
    // Spread, not picked: fields a newer version wrote are kept for the next save.
    edges: graph.edges.map((edge) => ({ ...edge })),
  };
}
