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
import { locateJsonPath, parseJsonPath, type JsonPath } from './json-locate';
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

function place(loaded: { label: string; text: string }, path: JsonPath): string {
  const at = locateJsonPath(loaded.text, path);
  return at ? `${loaded.label}:${at.line}:${at.column}` : loaded.label;
}

/** One line for a file or schema problem: `file:line:column: path (node "h1"): problem`. */
export function projectErrorLine(error: ProjectError, label: string, text: string): string {
  if (error.kind === 'syntax') return `${label}:${error.line}:${error.column}: ${error.message}`;
  if (error.kind !== 'schema') return error.message;
  const segments = parseJsonPath(error.path);
  const where = segments ? place({ label, text }, segments) : label;
  // The message starts with the file name, which `where` already gives.
  const prefix = `${error.fileName}: `;
  const rest = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  return `${where}: ${rest}`;
}

/** One line for a compile problem, placed at the node or edge it belongs to. */
export function compileProblemLine(problem: CompileProblem, loaded: LoadedProject): string {
  const { nodes, edges } = loaded.project.graph;
  let path: JsonPath = ['graph'];
  const nodeIndex = problem.nodeId === undefined ? -1 : nodes.findIndex((n) => n.id === problem.nodeId);
  const edgeIndex = problem.edgeId === undefined ? -1 : edges.findIndex((e) => e.id === problem.edgeId);
  if (edgeIndex >= 0) path = ['graph', 'edges', edgeIndex];
  else if (nodeIndex >= 0) path = ['graph', 'nodes', nodeIndex];
  return `${place(loaded, path)}: ${t(`severity.${problem.severity}`)}: ${wordProblem(problem)}`;
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
  if (!parsed.ok) throw new InvalidInputError(parsed.errors.map((e) => projectErrorLine(e, fileArg, text)));
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
  const lines = compiled.problems.map((p) => compileProblemLine(p, loaded));
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
