/**
 * `npm run export -- <project.nnproj> --to pytorch|onnx|tfjs --out DIR [--run K]`: writes the network of a
 * project (with the weights of its last trained run, or of run K) in another framework's format. Without a
 * trained run it exports the initial weights and says so. The files come from src/export; this only writes them.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  EXPORT_FORMATS,
  EXPORT_FORMAT_INFO,
  ExportError,
  buildExportSource,
  exportNetwork,
  fileBytes,
  lastTrainedRun,
  type ExportFormat,
} from '../export';
import { helpText, parseArgs, type CommandSpec } from './args';
import { loadDatasetResources } from './data';
import { t, wordError } from './i18n';
import { EXIT_OK, InvalidInputError, runCommand, type CliIo } from './io';
import { ALL_OPTION, loadProject, stderrReport } from './load-project';
import { selectRun } from './trained-model';

export const EXPORT_SPEC: CommandSpec = {
  command: 'npm run export --',
  positionals: ['project.nnproj'],
  options: {
    all: ALL_OPTION,
    to: { kind: 'string', placeholder: EXPORT_FORMATS.join('|'), describe: 'the format to write' },
    out: { kind: 'string', placeholder: 'DIR', describe: 'the folder to write the files into (created if needed)' },
    run: {
      kind: 'string',
      placeholder: 'K',
      describe: 'which saved run’s weights: its number (1 is the first) or its id; default the last trained run',
    },
  },
};

/** The app's version, from package.json next to src/. */
function appVersion(): string {
  try {
    const here = dirname(fileURLToPath(import.meta.url));
    return (JSON.parse(readFileSync(join(here, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export function exportProject(argv: readonly string[], io: CliIo): Promise<number> {
  return runCommand(io, async () => {
    const args = parseArgs(argv, EXPORT_SPEC);
    if (args.help) {
      io.stdout.write(helpText(EXPORT_SPEC));
      for (const f of EXPORT_FORMATS) io.stdout.write(`\n  ${f.padEnd(8)} ${EXPORT_FORMAT_INFO[f].purpose}\n`);
      return EXIT_OK;
    }
    const format = args.options.to;
    if (typeof format !== 'string' || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new InvalidInputError(
        `--to ${format === undefined ? 'is missing' : `"${String(format)}" is not a format`}: give one of ${EXPORT_FORMATS.join(', ')}.`,
      );
    }
    if (typeof args.options.out !== 'string') {
      throw new InvalidInputError('--out is missing: give the folder to write the export into, e.g. --out export/');
    }
    const [projectArg] = args.positionals;
    const loaded = await loadProject(projectArg, io, stderrReport(io, args.options.all === true));
    const choice = typeof args.options.run === 'string' ? args.options.run : undefined;
    const hint = `npm run train -- ${projectArg} --out ${projectArg}`;
    const run =
      choice !== undefined ? selectRun(loaded, choice, hint).run : (lastTrainedRun(loaded.project.runs) ?? null);
    const spec = run?.settings.dataset ?? loaded.project.dataset;
    const resources = await loadDatasetResources(spec, loaded.path, loaded.label);
    let files;
    try {
      const source = buildExportSource(loaded.project, run, resources);
      files = exportNetwork(source, format as ExportFormat, appVersion());
    } catch (error) {
      if (error instanceof ExportError || error instanceof Error) {
        throw new InvalidInputError(`${loaded.label}: ${wordError(error)}`);
      }
      throw error;
    }
    const dir = resolve(io.cwd ?? process.cwd(), args.options.out);
    await mkdir(dir, { recursive: true });
    for (const file of files) await writeFile(join(dir, file.path), fileBytes(file));
    if (!run) {
      io.stderr.write(`${t('cli.note', { text: t('cli.untrainedExport', { file: loaded.label, hint }) })}\n`);
    }
    const info = EXPORT_FORMAT_INFO[format as ExportFormat];
    io.stdout.write(
      `Wrote the ${info.title} export of ${loaded.label}${run ? ` (run ${run.id})` : ''} to ${args.options.out}:\n`,
    );
    for (const file of files) io.stdout.write(`  ${file.path}  ${fileBytes(file).length.toLocaleString('en')} bytes\n`);
    return EXIT_OK;
  });
}
