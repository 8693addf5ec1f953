/**
 * `npm run validate -- <project.nnproj>`: every problem that would stop the project from training (file,
 * schema, dataset and graph), each with where it is, or `ok` and a one-line summary of what would train.
 */
import { csvLabel } from '../engine/data';
import type { DatasetSpec } from '../engine/types';
import { parseArgs, helpText, type CommandSpec } from './args';
import { EXIT_INVALID_INPUT, EXIT_OK, runCommand, type CliIo } from './io';
import { badRowLines } from './data';
import { ALL_OPTION, checkProject, loadProject, stderrReport } from './load-project';
import { datasetSummary, networkSummary } from './summary';

export const VALIDATE_SPEC: CommandSpec = {
  command: 'npm run validate --',
  positionals: ['project.nnproj'],
  options: { all: ALL_OPTION },
};

export function validate(argv: readonly string[], io: CliIo): Promise<number> {
  return runCommand(io, async () => {
    const args = parseArgs(argv, VALIDATE_SPEC);
    if (args.help) {
      io.stdout.write(helpText(VALIDATE_SPEC));
      return EXIT_OK;
    }
    const report = stderrReport(io, args.options.all === true);
    const checked = await checkProject(await loadProject(args.positionals[0], io, report), report);
    const csvName = csvLabel(checked.project.dataset) ?? 'the CSV';
    for (const warning of [...checked.notes, ...checked.warnings, ...badRowLines(checked.prepared, csvName)])
      io.stderr.write(`${warning}\n`);
    const plan = checked.compiled.plan;
    if (!plan) return EXIT_INVALID_INPUT; // checkProject throws first; kept so the types need no assertion
    io.stdout.write(
      `ok ${checked.label}: ${networkSummary(plan)}; ${datasetSummary(checked.prepared, checked.project.dataset as DatasetSpec)}\n`,
    );
    return EXIT_OK;
  });
}
