/**
 * Reading a project file from disk and checking everything the commands need before they start: the file
 * exists and is not too large, it parses and fits the schema (src/project), its dataset can be built, and
 * its graph compiles for that dataset (src/engine). Every problem becomes one line that starts with the
 * file and, where it can be found, the line and column in the file (`xor.nnproj:27:20: …`).
 */
import { resolve } from 'node:path';
import { dataTransformOf, type PreparedData } from '../engine/data';
import type { CompileProblem, CompileResult, DataTransform } from '../engine/types';
import {
  MAX_PROJECT_BYTES,
  checkProjectSize,
  describeUpgrade,
  parseProject,
  type Project,
  type ProjectError,
} from '../project';
import { loadDatasetResources, prepareProjectData } from './data';
import { readInputText } from './input-file';
import { InvalidInputError, type CliIo } from './io';
import { locateJsonPaths, parseJsonPath, type JsonPath } from './json-locate';
import { compileFor } from './session';
import { t, wordProblem } from './i18n';

export interface LoadedProject {
  /** Absolute path of the file. */
  path: string;
  /** The file as the user named it, for messages. */
  label: string;
  text: string;
  project: Project;
  /** Sentences for stderr before anything else: that the file was upgraded from an older format version. */
  notes: string[];
}

export interface CheckedProject extends LoadedProject {
  prepared: PreparedData;
  compiled: CompileResult;
  /** How the dataset's raw rows become model inputs; saved with a trained run. */
  transform: DataTransform;
  /** Compile warnings (e.g. a node the output does not depend on), already formatted with their place. */
  warnings: string[];
}

/** `file:line:column` for each path (just `file` where a path cannot be placed), located in one pass. */
function placeAll(loaded: { label: string; text: string }, paths: ReadonlyArray<JsonPath | null>): string[] {
  const wanted = paths.filter((p): p is JsonPath => p !== null);
  const located = wanted.length > 0 ? locateJsonPaths(loaded.text, wanted) : [];
  let k = 0;
  return paths.map((p) => {
    if (p === null) return loaded.label;
    const at = located?.[k++];
    return at ? `${loaded.label}:${at.line}:${at.column}` : loaded.label;
  });
}

/** One line per file or schema problem: `file:line:column: path (node "h1"): problem`. */
export function projectErrorLines(errors: readonly ProjectError[], label: string, text: string): string[] {
  const paths = errors.map((e) => (e.kind === 'schema' ? parseJsonPath(e.path) : null));
  const places = placeAll({ label, text }, paths);
  return errors.map((error, k) => {
    if (error.kind === 'syntax') return `${label}:${error.line}:${error.column}: ${error.message}`;
    if (error.kind !== 'schema') return error.message;
    // The message starts with the file name, which the place already gives.
    const prefix = `${error.fileName}: `;
    const rest = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    return `${places[k]}: ${rest}`;
  });
}

/** One line per compile problem, placed at the node or edge it belongs to. */
export function compileProblemLines(problems: readonly CompileProblem[], loaded: LoadedProject): string[] {
  const { nodes, edges } = loaded.project.graph;
  const nodeIndex = new Map(nodes.map((n, k) => [n.id, k]));
  const edgeIndex = new Map(edges.map((e, k) => [e.id, k]));
  const paths = problems.map((problem): JsonPath => {
    const edge = problem.edgeId === undefined ? undefined : edgeIndex.get(problem.edgeId);
    const node = problem.nodeId === undefined ? undefined : nodeIndex.get(problem.nodeId);
    if (edge !== undefined) return ['graph', 'edges', edge];
    if (node !== undefined) return ['graph', 'nodes', node];
    return ['graph'];
  });
  const places = placeAll(loaded, paths);
  return problems.map((problem, k) => `${places[k]}: ${t(`severity.${problem.severity}`)}: ${wordProblem(problem)}`);
}

/** Reads and parses a project; throws InvalidInputError listing every file and schema problem. */
export async function loadProject(fileArg: string, io: CliIo): Promise<LoadedProject> {
  const cwd = io.cwd ?? process.cwd();
  const path = resolve(cwd, fileArg);
  const text = await readInputText(path, fileArg, {
    what: 'a .nnproj project file',
    maxBytes: MAX_PROJECT_BYTES,
    limitMessage: (size) => checkProjectSize(size, fileArg)?.message ?? '',
    relativeTo: cwd,
  });
  const parsed = parseProject(text, fileArg);
  if (!parsed.ok) throw new InvalidInputError(projectErrorLines(parsed.errors, fileArg, text));
  const notes =
    parsed.migratedFrom === undefined
      ? []
      : [`Note: ${describeUpgrade(fileArg, parsed.migratedFrom, parsed.project.version, parsed.upgradeNotes)}`];
  return { path, label: fileArg, text, project: parsed.project, notes };
}

/** Builds the project's dataset and compiles its graph; throws InvalidInputError listing every compile error. */
export async function checkProject(loaded: LoadedProject): Promise<CheckedProject> {
  const spec = loaded.project.dataset;
  const resources = await loadDatasetResources(spec, loaded.path, loaded.label);
  const prepared = prepareProjectData(spec, resources, loaded.label);
  const compiled = compileFor(loaded.project.graph, prepared);
  const lines = compileProblemLines(compiled.problems, loaded);
  const errors = lines.filter((_, k) => compiled.problems[k].severity === 'error');
  if (!compiled.plan) {
    throw new InvalidInputError(errors.length > 0 ? errors : [t('cli.notCompiled', { file: loaded.label })]);
  }
  return {
    ...loaded,
    prepared,
    compiled,
    transform: dataTransformOf(spec, prepared, resources.csvText),
    warnings: lines.filter((_, k) => compiled.problems[k].severity === 'warning'),
  };
}
