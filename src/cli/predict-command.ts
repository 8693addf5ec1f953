/**
 * `npm run predict -- <trained.nnproj> <inputs.csv> [--run K]`: runs a saved, trained network on the rows of
 * a CSV and prints one CSV row of predictions per input row. Inputs go through the run's recorded data
 * transform (feature columns, standardization, class labels), so the answers do not change when the training
 * CSV is edited, moved or deleted afterwards (see trained-model.ts).
 */
import { resolve } from 'node:path';
import { standardizeRows } from '../engine/data';
import { predictBatch } from '../engine/inspect';
import { helpText, parseArgs, type CommandSpec } from './args';
import { readInputRows } from './input-csv';
import { readInputText } from './input-file';
import { EXIT_OK, runCommand, type CliIo } from './io';
import { ALL_OPTION, loadProject, stderrReport } from './load-project';
import { predictionLines } from './predictions-csv';
import { loadTrainedModel, selectRun } from './trained-model';

export const PREDICT_SPEC: CommandSpec = {
  command: 'npm run predict --',
  positionals: ['trained.nnproj', 'inputs.csv'],
  options: {
    all: ALL_OPTION,
    run: {
      kind: 'string',
      placeholder: 'K',
      describe: 'which saved run to use: its number (1 is the first) or its id; default the last trained run',
    },
  },
};

export function predict(argv: readonly string[], io: CliIo): Promise<number> {
  return runCommand(io, async () => {
    const args = parseArgs(argv, PREDICT_SPEC);
    if (args.help) {
      io.stdout.write(helpText(PREDICT_SPEC));
      return EXIT_OK;
    }
    const [projectArg, inputsArg] = args.positionals;
    const loaded = await loadProject(projectArg, io, stderrReport(io, args.options.all === true));
    const choice = typeof args.options.run === 'string' ? args.options.run : undefined;
    const { run } = selectRun(loaded, choice, `npm run train -- ${projectArg} --out ${projectArg}`);
    const { model, transform, notes } = await loadTrainedModel(loaded, run);
    for (const line of [...loaded.notes, ...notes]) io.stderr.write(`${line}\n`);
    const cwd = io.cwd ?? process.cwd();
    const text = await readInputText(resolve(cwd, inputsArg), inputsArg, { what: 'a CSV file', relativeTo: cwd });
    const input = readInputRows(text, inputsArg, transform.featureNames);
    const x = transform.standardization ? standardizeRows(input.x, transform.standardization) : input.x;
    const outputs = predictBatch(model, x, input.rows);
    const classNames = transform.classNames ?? [];
    const shape = {
      task: transform.classNames ? ('classification' as const) : ('regression' as const),
      classNames,
      classes: classNames.length,
      targets: 1,
    };
    io.stdout.write(predictionLines(shape, outputs, input.rows, model.outputWidth).join(''));
    return EXIT_OK;
  });
}
