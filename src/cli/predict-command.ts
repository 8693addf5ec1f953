/**
 * `npm run predict -- <trained.nnproj> <inputs.csv> [--run K]`: runs a saved, trained network on the rows of
 * a CSV and prints one CSV row of predictions per input row. Inputs go through the same standardization as
 * the run's training data (rebuilt from the dataset settings and seed, see trained-model.ts).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { standardizeRows } from '../engine/data';
import { predictBatch } from '../engine/inspect';
import { helpText, parseArgs, type CommandSpec } from './args';
import { readInputRows } from './input-csv';
import { EXIT_OK, InvalidInputError, runCommand, type CliIo } from './io';
import { loadProject } from './load-project';
import { predictionLines } from './predictions-csv';
import { loadTrainedModel, selectRun } from './trained-model';

export const PREDICT_SPEC: CommandSpec = {
  command: 'npm run predict --',
  positionals: ['trained.nnproj', 'inputs.csv'],
  options: {
    run: {
      kind: 'string',
      placeholder: 'K',
      describe: 'which saved run to use: its number (1 is the first) or its id; default the last trained run',
    },
  },
};

async function readInputText(path: string, label: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InvalidInputError(`${label}: no such file. Check the path of the input CSV.`);
    if (code === 'EISDIR') throw new InvalidInputError(`${label} is a folder; give the path of a CSV file.`);
    throw new InvalidInputError(`${label} cannot be read: ${(error as Error).message}`);
  }
}

export function predict(argv: readonly string[], io: CliIo): Promise<number> {
  return runCommand(io, async () => {
    const args = parseArgs(argv, PREDICT_SPEC);
    if (args.help) {
      io.stdout.write(helpText(PREDICT_SPEC));
      return EXIT_OK;
    }
    const [projectArg, inputsArg] = args.positionals;
    const loaded = await loadProject(projectArg, io);
    const choice = typeof args.options.run === 'string' ? args.options.run : undefined;
    const { run } = selectRun(loaded, choice, `npm run train -- ${projectArg} --out ${projectArg}`);
    const { model, prepared } = await loadTrainedModel(loaded, run);
    const text = await readInputText(resolve(io.cwd ?? process.cwd(), inputsArg), inputsArg);
    const input = readInputRows(text, inputsArg, prepared.dataset.featureNames);
    const x = prepared.standardization ? standardizeRows(input.x, prepared.standardization) : input.x;
    const outputs = predictBatch(model, x, input.rows);
    io.stdout.write(predictionLines(prepared.dataset, outputs, input.rows, model.outputWidth).join(''));
    return EXIT_OK;
  });
}
