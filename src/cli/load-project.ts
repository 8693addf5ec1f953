/**
 * Reading a project file from disk and checking everything the commands need before they start: the file
 * exists and is not too large, it parses and fits the schema (src/project), its dataset can be built, and
 * its graph compiles for that dataset (src/engine). Every problem becomes one line that starts with the
 * file and, where it can be found, the line and column in the file (`xor.nnproj:27:20: …`).
 */
import { resolve } from 'node:path';
import { dataTransformOf, type PreparedData } from '../engine/data';
import type { CompileProblem, CompileResult, DataTransform } from '../engine/types';
import { MAX_PROJECT_BYTES, checkProjectSize, parseProject, type Project, type ProjectError } from '../project';
import { loadDatasetResources, prepareProjectData } from './data';
import { readInputText } from './input-file';
import { InvalidInputError, type CliIo } from './io';
import { locateJsonPathsInTextOrder, parseJsonPath, type JsonPath } from './json-locate';
import { compileFor } from './session';
import { upgradeText } from '../shared/i18n';
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

/** Problems listed one by one before the rest are summed up in one line (unless `--all`). */
export const SHOWN_PROBLEMS = 200;

/** The `--all` flag of every command that reads a project. */
export const ALL_OPTION = {
  kind: 'flag',
  describe: `list every problem, not only the first ${SHOWN_PROBLEMS}`,
} as const;

/** How a command reports a project's problems: each line written to `write` as soon as it is placed. */
export interface ProblemReport {
  write(line: string): void;
  /** List every problem instead of the first SHOWN_PROBLEMS. */
  all?: boolean;
}

/** Problem lines go to stderr, one at a time. */
export function stderrReport(io: CliIo, all = false): ProblemReport {
  return { write: (line) => io.stderr.write(`${line}\n`), all };
}

/**
 * Writes `count` problem lines in order, each as soon as its place is known: `file:line:column` for each
 * path (just `file` where a path cannot be placed), located in one forward pass, and `line(k, place)` makes
 * the line. Returns the error to throw: empty when every problem was written, or the summary of the rest.
 */
function writeProblems(
  loaded: { label: string; text: string },
  paths: ReadonlyArray<JsonPath | null>,
  line: (k: number, place: string) => string,
  report: ProblemReport,
): InvalidInputError {
  const total = paths.length;
  const count = report.all ? total : Math.min(total, SHOWN_PROBLEMS);
  const places = new Array<string | undefined>(count);
  let next = 0;
  const flush = (): void => {
    for (let place = places[next]; next < count && place !== undefined; place = places[next])
      report.write(line(next++, place));
  };
  const wanted: JsonPath[] = [];
  const problemOf: number[] = [];
  for (let k = 0; k < count; k++) {
    const path = paths[k];
    if (path === null) places[k] = loaded.label;
    else {
      problemOf.push(k);
      wanted.push(path);
    }
  }
  flush();
  if (wanted.length > 0) {
    locateJsonPathsInTextOrder(loaded.text, wanted, (r, at) => {
      places[problemOf[r]] = `${loaded.label}:${at.line}:${at.column}`;
      flush();
    });
  }
  for (let k = next; k < count; k++) places[k] ??= loaded.label; // the text was not JSON after all
  flush();
  if (count === total) return new InvalidInputError([]);
  return new InvalidInputError(t('cli.moreProblems', { file: loaded.label, total, rest: total - count, shown: count }));
}

/** Writes one line per file or schema problem: `file:line:column: path (node "h1"): problem`. */
function writeProjectErrors(
  errors: readonly ProjectError[],
  label: string,
  text: string,
  report: ProblemReport,
): InvalidInputError {
  const paths = errors.map((e) => (e.kind === 'schema' ? parseJsonPath(e.path) : null));
  return writeProblems(
    { label, text },
    paths,
    (k, place) => {
      const error = errors[k];
      if (error.kind === 'syntax') return `${label}:${error.line}:${error.column}: ${wordProblem(error)}`;
      if (error.kind !== 'schema') return wordProblem(error);
      // The sentence starts where the problem is: the place (file:line:column) stands for the file name.
      if (error.params) return wordProblem({ ...error, params: { ...error.params, file: place } });
      const prefix = `${error.fileName}: `;
      const rest = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
      return `${place}: ${rest}`;
    },
    report,
  );
}

/** One line per compile problem, placed at the node or edge it belongs to, written to `report`. */
function writeCompileProblems(
  problems: readonly CompileProblem[],
  loaded: LoadedProject,
  report: ProblemReport,
): InvalidInputError {
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
  return writeProblems(
    loaded,
    paths,
    (k, place) => `${place}: ${t(`severity.${problems[k].severity}`)}: ${wordProblem(problems[k])}`,
    report,
  );
}

/** One line per compile problem, placed at the node or edge it belongs to, all of them (for a command that throws them). */
export function compileProblemLines(problems: readonly CompileProblem[], loaded: LoadedProject): string[] {
  const lines: string[] = [];
  writeCompileProblems(problems, loaded, { write: (line) => lines.push(line), all: true });
  return lines;
}

/**
 * Reads and parses a project. Its file and schema problems are written to `report` (stderr by default) as
 * they are located; then it throws an InvalidInputError that holds only the summary of those not listed.
 */
export async function loadProject(
  fileArg: string,
  io: CliIo,
  report: ProblemReport = stderrReport(io),
): Promise<LoadedProject> {
  const cwd = io.cwd ?? process.cwd();
  const path = resolve(cwd, fileArg);
  const text = await readInputText(path, fileArg, {
    what: 'a .nnproj project file',
    maxBytes: MAX_PROJECT_BYTES,
    limitMessage: (size) => checkProjectSize(size, fileArg)?.message ?? '',
    relativeTo: cwd,
  });
  const parsed = parseProject(text, fileArg);
  if (!parsed.ok) throw writeProjectErrors(parsed.errors, fileArg, text, report);
  const notes =
    parsed.migratedFrom === undefined
      ? []
      : [
          t('cli.note', {
            text: upgradeText(t, fileArg, parsed.migratedFrom, parsed.project.version, parsed.upgradeNotes),
          }),
        ];
  return { path, label: fileArg, text, project: parsed.project, notes };
}

/**
 * Builds the project's dataset and compiles its graph. When it does not compile, its errors are written to
 * `report` as they are located, and an InvalidInputError is thrown (as loadProject does).
 */
export async function checkProject(loaded: LoadedProject, report: ProblemReport): Promise<CheckedProject> {
  const spec = loaded.project.dataset;
  const resources = await loadDatasetResources(spec, loaded.path, loaded.label);
  const prepared = prepareProjectData(spec, resources, loaded.label);
  const compiled = compileFor(loaded.project.graph, prepared);
  if (!compiled.plan) {
    const errors = compiled.problems.filter((p) => p.severity === 'error');
    if (errors.length === 0) throw new InvalidInputError(t('cli.notCompiled', { file: loaded.label }));
    throw writeCompileProblems(errors, loaded, report);
  }
  const warnings = compiled.problems.filter((p) => p.severity === 'warning');
  const lines = compileProblemLines(warnings, loaded);
  return {
    ...loaded,
    prepared,
    compiled,
    transform: dataTransformOf(spec, prepared, resources.csvText),
    warnings: lines,
  };
}
