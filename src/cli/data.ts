/**
 * From a project's dataset settings to training data, on Node: reads what the engine cannot read itself
 * (a CSV `path`, resolved against the project's folder; the MNIST byte file) and then calls the engine's
 * prepareData, the same make → split → standardize sequence the app's trainer uses, so the command line
 * and the app train on identical rows.
 */
import { realpath } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { prepareData, type DatasetResources, type PreparedData } from '../engine/data';
import type { DatasetSpec } from '../engine/types';
import { MAX_PROJECT_BYTES } from '../project';
import { isInsideFolder } from '../project/dataset-path';
import { readInputText } from './input-file';
import { InvalidInputError } from './io';
import { loadMnistBytes } from './mnist-file';
import { badRowText } from '../shared/i18n';
import { t, wordError } from './i18n';

/** Where a CSV `path` of a project points: relative paths are relative to the project file's folder. */
export function csvPathOf(spec: DatasetSpec, projectFile: string): string | null {
  if (spec.kind !== 'csv' || spec.text !== undefined || spec.path === undefined) return null;
  return resolve(dirname(projectFile), spec.path);
}

/** Reads the bytes and text the spec needs. `projectLabel` names the project in messages. */
export async function loadDatasetResources(
  spec: DatasetSpec,
  projectFile: string,
  projectLabel: string,
): Promise<DatasetResources> {
  if (spec.kind === 'mnist') {
    try {
      return { mnist: loadMnistBytes() };
    } catch (error) {
      throw new Error(`${projectLabel}: ${(error as Error).message}`, { cause: error });
    }
  }
  const csvPath = csvPathOf(spec, projectFile);
  if (csvPath === null || spec.kind !== 'csv' || spec.path === undefined) return {};
  const label = `${projectLabel}: dataset.path "${spec.path}"`;
  const real = await resolveInsideProject(csvPath, dirname(projectFile), label);
  return {
    csvText: await readInputText(real, label, {
      what: 'a CSV file next to the project file',
      maxBytes: MAX_PROJECT_BYTES,
      limitMessage: (size) =>
        `${label} is ${(size / 1048576).toFixed(1)} MB, larger than the ${MAX_PROJECT_BYTES / 1048576} MB a dataset file may be.`,
      relativeTo: dirname(projectFile),
    }),
  };
}

/**
 * The real path of a dataset file, after symlinks, refused unless it lies inside the project's folder
 * (the rule: src/project/dataset-path.ts). Nothing of the file is read here, and the message names the path only.
 */
async function resolveInsideProject(csvPath: string, projectFolder: string, label: string): Promise<string> {
  let folder: string;
  let real: string;
  try {
    folder = await realpath(projectFolder);
    real = await realpath(csvPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'it does not exist' : code === 'EACCES' ? 'permission denied' : String(code);
    throw new InvalidInputError(
      `${label} points to ${csvPath}, which cannot be read: ${why}. ` +
        'Put the CSV file there (the path is relative to the project file) or fix dataset.path.',
    );
  }
  if (!isInsideFolder(folder, real)) {
    throw new InvalidInputError(
      `${label} leads to ${real}, outside the project's folder ${folder} (through a symbolic link), so it was not read. ` +
        'A project may only use data files inside its own folder: copy the CSV next to the project file.',
    );
  }
  return real;
}

/**
 * prepareData with messages that name the project. The engine throws Errors for settings it cannot satisfy
 * (a CSV column that does not exist, no usable rows, noise out of range), most of them coded DataErrors
 * worded in the CLI's language: those are problems with the user's input, so they become InvalidInputError
 * (exit status 2).
 */
export function prepareProjectData(spec: DatasetSpec, resources: DatasetResources, projectLabel: string): PreparedData {
  try {
    return prepareData(spec, resources);
  } catch (error) {
    const text = wordError(error);
    throw new InvalidInputError(
      spec.kind === 'csv' && spec.path
        ? t('cli.inDatasetFile', { file: projectLabel, path: spec.path, text })
        : t('cli.inDataset', { file: projectLabel, text }),
    );
  }
}

/** "dataset.csv line 7: …" lines for CSV rows the dataset left out, for a warning on stderr. */
export function badRowLines(prepared: PreparedData, csvLabel: string, limit = 20): string[] {
  const rows = prepared.badRows;
  const warnings = (prepared.warnings ?? []).map((w) => t('cli.warning', { text: `${csvLabel}: ${w}` }));
  if (rows.length === 0) return warnings;
  const lines = [...warnings, t('cli.badRows', { count: rows.length, file: csvLabel })];
  for (const bad of rows.slice(0, limit)) lines.push(`  ${csvLabel} ${badRowText(t, bad)}`);
  if (rows.length > limit) lines.push(`  ${t('cli.moreRows', { count: rows.length - limit })}`);
  return lines;
}
