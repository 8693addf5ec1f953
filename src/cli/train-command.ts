/**
 * `npm run train -- <project.nnproj> [--epochs N] [--seed S] [--json] [--out <trained.nnproj>]`: trains a
 * project in-process with the engine's training host (the one the app's workers run) and, with --out, saves the
 * project with the new run (history and weights) appended.
 *
 * Exit status: 0 when the run completed, 130 when the user stopped it (Ctrl-C; --out is still written),
 * 1 when it diverged or something failed, 2 for invalid arguments or an invalid project.
 */
import { csvLabel } from '../engine/data';
import type { DatasetSpec } from '../engine/types';
import { resolve } from 'node:path';
import { MAX_SEED, buildRunRecord, nextRunId, serializeProject, withRun } from '../project';
import { helpText, parseArgs, usageLine, type CommandSpec } from './args';
import { AUTO_THREADS_FROM_BATCH, threadsFor } from './gradient-threads';
import { badRowLines } from './data';
import { EXIT_FAILURE, EXIT_OK, InvalidInputError, runCommand, type CliIo } from './io';
import { ALL_OPTION, checkProject, loadProject, stderrReport } from './load-project';
import { trainInHost } from './session';
import { datasetSummary, networkSummary } from './summary';
import { barReporter, jsonReporter, plainReporter, type Reporter } from './train-report';
import { checkOutputTarget, writeFileAtomic } from './write-file';

export const TRAIN_SPEC: CommandSpec = {
  command: 'npm run train --',
  positionals: ['project.nnproj'],
  options: {
    all: ALL_OPTION,
    epochs: { kind: 'integer', min: 1, describe: "train this many epochs instead of the project's training.epochs" },
    seed: {
      kind: 'integer',
      min: 0,
      max: MAX_SEED,
      placeholder: 'S',
      describe: 'use this training seed instead of training.seed',
    },
    json: { kind: 'flag', describe: 'print one JSON object per epoch and a last {"done": true, …} line' },
    threads: {
      kind: 'string',
      placeholder: 'N|auto',
      describe: `compute each batch's gradient on N threads, the same numbers as on 1 (default 1; auto: every core for batches of ${AUTO_THREADS_FROM_BATCH} rows or more of a large enough network)`,
    },
    out: {
      kind: 'string',
      placeholder: 'trained.nnproj',
      describe: 'save the project with this run (history and weights) appended to this file',
    },
  },
};

/** The largest `--threads` accepted (more threads than cores only adds waiting). */
export const MAX_THREADS = 16;

/** `--threads`: a whole number from 1 to MAX_THREADS, or auto; absent means 1. */
function parseThreads(raw: string | number | boolean | undefined): number | 'auto' {
  if (raw === undefined) return 1;
  const text = String(raw);
  if (text === 'auto') return 'auto';
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > MAX_THREADS) {
    throw new InvalidInputError([
      `--threads must be auto or a whole number from 1 to ${MAX_THREADS} (got "${text}").`,
      usageLine(TRAIN_SPEC),
    ]);
  }
  return n;
}

/** Exit status of a run the user stopped, as for any program interrupted by Ctrl-C (128 + SIGINT). */
export const EXIT_STOPPED = 130;

export function train(argv: readonly string[], io: CliIo): Promise<number> {
  return runCommand(io, async () => {
    const args = parseArgs(argv, TRAIN_SPEC);
    if (args.help) {
      io.stdout.write(helpText(TRAIN_SPEC));
      return EXIT_OK;
    }
    const threadsOption = parseThreads(args.options.threads);
    const cwd = io.cwd ?? process.cwd();
    const outLabel = typeof args.options.out === 'string' ? args.options.out : null;
    const outTarget = outLabel === null ? null : await checkOutputTarget(resolve(cwd, outLabel), outLabel);
    if (outTarget?.linkedFrom) {
      io.stderr.write(
        `--out ${outTarget.linkedFrom} is a symbolic link: the trained project will replace ${outTarget.path}.\n`,
      );
    }
    const report = stderrReport(io, args.options.all === true);
    const checked = await checkProject(await loadProject(args.positionals[0], io, report), report);
    const training = { ...checked.project.training };
    if (typeof args.options.epochs === 'number') training.epochs = args.options.epochs;
    if (typeof args.options.seed === 'number') training.seed = args.options.seed;

    for (const line of [
      ...checked.notes,
      ...checked.warnings,
      ...badRowLines(checked.prepared, csvLabel(checked.project.dataset) ?? 'the CSV'),
    ]) {
      io.stderr.write(`${line}\n`);
    }
    const plan = checked.compiled.plan;
    if (!plan) throw new Error('checkProject returned a project without a plan.');
    const threads = threadsFor(threadsOption, training.batchSize, plan.totalParams);
    const task = checked.prepared.dataset.task;
    let reporter: Reporter;
    if (args.options.json) reporter = jsonReporter(io.stdout, task);
    else {
      io.stdout.write(
        `Training ${checked.label}: ${networkSummary(plan)}; ${datasetSummary(checked.prepared, checked.project.dataset as DatasetSpec)}; ` +
          `${training.epochs} epochs of ${training.optimizer} (learning rate ${training.learningRate}, batch ${training.batchSize}, seed ${training.seed}).\n`,
      );
      reporter = io.stdout.isTTY
        ? barReporter(io.stdout, task, training.epochs)
        : plainReporter(io.stdout, task, training.epochs);
    }

    const startedAt = new Date();
    const { project } = checked;
    const result = await trainInHost(
      {
        graph: project.graph,
        dataset: project.dataset,
        compiled: checked.compiled,
        prepared: checked.prepared,
        training,
        threads,
      },
      {
        signal: io.signal,
        now: io.now,
        onEpochs: (epochs) => reporter.epochs(epochs),
        onProgress: (progress) => reporter.progress(progress),
      },
    );
    reporter.done(
      result.end,
      args.options.json ? result.message : result.worded,
      result.history.length,
      result.kernels,
      result.threads,
    );

    if (outTarget) {
      const id = nextRunId(project.runs.map((r) => r.id));
      const run = buildRunRecord({
        id,
        name: `Run ${id.slice('run-'.length)} (command line)`,
        startedAt,
        endedAt: new Date(),
        end: result.end,
        message: result.message,
        graph: project.graph,
        training,
        dataset: project.dataset,
        history: result.history,
        weights: result.weights,
        transform: checked.transform,
      });
      const text = serializeProject(withRun(project, run));
      try {
        await writeFileAtomic(outTarget, text);
      } catch (error) {
        throw new Error(`Could not save --out ${outLabel}: ${(error as Error).message}`, { cause: error });
      }
      io.stderr.write(`Saved ${run.id} (${run.end}, ${run.history.length} epochs) to ${args.options.out}.\n`);
    }
    if (result.end === 'diverged') {
      if (args.options.json) io.stderr.write(`${result.worded}\n`);
      return EXIT_FAILURE;
    }
    return result.end === 'stopped' ? EXIT_STOPPED : EXIT_OK;
  });
}
