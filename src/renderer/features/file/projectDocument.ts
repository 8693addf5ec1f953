/**
 * The project file's `Project` to and from what the app edits: the editor's document, the run history and
 * the saved comparisons. Pure: no stores, no platform.
 *
 * Why it exists: the editor knows only the network and its settings, the runs and comparisons live in their
 * own stores, and a file may hold fields none of them know. Opening splits the file into those parts and keeps
 * the parsed project as the base; saving puts them back together on top of that base, so nothing the app did
 * not change is lost (see unknownFields.ts, comparisonRecords.ts). Runs need no conversion: the run history
 * holds them as the file stores them.
 */
import type { DatasetSpec, Graph, TrainingSettings } from '../../../engine';
import {
  CURRENT_VERSION,
  PROJECT_FORMAT,
  type Comparison,
  type Lesson,
  type Project,
  type Run,
} from '../../../project';
import { toEditorGraph, type EditorDocument, type EditorGraph } from '../../document/document';
import {
  comparisonToProject,
  comparisonsFromProject,
  type ComparisonCodec,
  type ComparisonEntry,
} from './comparisonRecords';
import {
  DATASET_KEYS,
  EDGE_KEYS,
  GRAPH_KEYS,
  NODE_KEYS,
  PARAM_KEYS,
  POSITION_KEYS,
  PROJECT_KEYS,
  TRAINING_KEYS,
  keepUnknown,
  unknownOnly,
} from './unknownFields';

export interface DocumentParts {
  document: EditorDocument;
  runs: Run[];
  comparisons: ComparisonEntry[];
  /** Saved comparisons this version cannot show; written back unchanged. */
  hiddenComparisons: Comparison[];
  /** The lesson the file carries; absent for other projects. */
  lesson?: Lesson;
}

/** Splits a parsed project into the editor's document, the run history and the comparisons. */
export function projectToDocument(project: Project, codec: ComparisonCodec): DocumentParts {
  const graph = project.graph as unknown as Graph;
  const { records, hidden } = comparisonsFromProject(project.comparisons, codec);
  return {
    document: {
      name: project.name,
      description: project.description,
      graph: toEditorGraph(graph),
      dataset: project.dataset as DatasetSpec,
      training: project.training as TrainingSettings,
    },
    runs: [...project.runs],
    comparisons: records,
    hiddenComparisons: hidden,
    ...(project.lesson ? { lesson: project.lesson } : {}),
  };
}

type StoredNode = Project['graph']['nodes'][number];
type StoredEdge = Project['graph']['edges'][number];

function graphToProject(graph: EditorGraph, base: Project['graph'] | undefined): Project['graph'] {
  const baseNodes = new Map<string, StoredNode>((base?.nodes ?? []).map((n) => [n.id, n]));
  const baseEdges = new Map<string, StoredEdge>((base?.edges ?? []).map((e) => [e.id, e]));
  const nodes = graph.nodes.map((node) => {
    const stored = baseNodes.get(node.id);
    const { label, ...rest } = node;
    const merged: Record<string, unknown> = {
      ...keepUnknown(stored, rest, NODE_KEYS),
      position: keepUnknown(stored?.position, { ...node.position }, POSITION_KEYS),
      params: keepUnknown(stored?.params, node.params, PARAM_KEYS),
    };
    // The editor shows a node without a label under its id; that is not a label the user gave it.
    const invented = stored !== undefined && stored.label === undefined && label === node.id;
    if (!invented) merged.label = label;
    return merged;
  });
  const edges = graph.edges.map((edge) =>
    keepUnknown(baseEdges.get(edge.id), { id: edge.id, source: edge.source, target: edge.target }, EDGE_KEYS),
  );
  return {
    ...(base ? unknownOnly(base as Record<string, unknown>, GRAPH_KEYS) : {}),
    nodes,
    edges,
  } as Project['graph'];
}

export interface ProjectParts {
  document: EditorDocument;
  runs: readonly Run[];
  comparisons: readonly ComparisonEntry[];
  hiddenComparisons?: readonly Comparison[];
}

/**
 * The project to save: the editor's document, runs and comparisons laid over `base` (the project last opened
 * or saved, or null for a new one), keeping every field of `base` the app does not model. Always written as
 * the current format version.
 */
export function documentToProject(parts: ProjectParts, base: Project | null, codec: ComparisonCodec): Project {
  const { document: doc } = parts;
  const comparisons = [
    ...parts.comparisons.map((c) => comparisonToProject(c, codec)),
    ...(parts.hiddenComparisons ?? []),
  ];
  const project: Record<string, unknown> = {
    ...(base ? unknownOnly(base as Record<string, unknown>, PROJECT_KEYS) : {}),
    format: PROJECT_FORMAT,
    // An opened file was upgraded to the version this build writes; a new project starts there.
    version: base?.version ?? CURRENT_VERSION,
    name: doc.name,
    description: doc.description,
    graph: graphToProject(doc.graph, base?.graph),
    dataset: keepUnknown(base?.dataset, { ...doc.dataset }, DATASET_KEYS),
    training: keepUnknown(base?.training, { ...doc.training }, TRAINING_KEYS),
    runs: [...parts.runs],
  };
  // A file without comparisons stays without the field; one that had it keeps it, even when empty now.
  if (comparisons.length > 0 || base?.comparisons !== undefined) project.comparisons = comparisons;
  // A lesson is authored content the editor does not change; the learner's progress lives in the app's store.
  if (base?.lesson !== undefined) project.lesson = base.lesson;
  return project as Project;
}
