/**
 * From a project's dataset settings to training data, on Node: reads what the engine cannot read itself
 * (a CSV `path`, resolved against the project's folder; the MNIST byte file) and then calls the engine's
 * prepareData, the same make → split → standardize sequence the app's trainer uses, so the command line
 * and the app train on identical rows.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { prepareData, type DatasetResources, type PreparedData } from '../engine/data';
import type { DatasetSpec } from '../engine/types';
import { InvalidInputError } from './io';
import { loadMnistBytes } from './mnist-file';

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
  if (csvPath === null || spec.kind !== 'csv') return {};
  try {
    return { csvText: await readFile(csvPath, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new InvalidInputError(
      `${projectLabel}: dataset.path "${spec.path}" points to ${csvPath}, which cannot be read: ${why}. ` +
        'Put the CSV file there (the path is relative to the project file) or fix dataset.path.',
    );
  }
}

/**
 * prepareData with messages that name the project. The engine throws plain Errors for settings it cannot
 * satisfy (a CSV column that does not exist, no usable rows, noise out of range): those are problems with
 * the user's input, so they become InvalidInputError (exit status 2).
 */
export function prepareProjectData(spec: DatasetSpec, resources: DatasetResources, projectLabel: string): PreparedData {
  try {
    return prepareData(spec, resources);
  } catch (error) {
    const where =
      spec.kind === 'csv' && spec.path ? `${projectLabel} (dataset ${spec.path})` : `${projectLabel} (dataset)`;
    throw new InvalidInputError(`${where}: ${(error as Error).message}`);
  }
}

/** "dataset.csv line 7: …" lines for CSV rows the dataset left out, for a warning on stderr. */
export function badRowLines(prepared: PreparedData, csvLabel: string, limit = 20): string[] {
  const rows = prepared.badRows;
  if (rows.length === 0) return [];
  const lines = [
    `Warning: ${rows.length} row${rows.length === 1 ? '' : 's'} of ${csvLabel} could not be used and ${rows.length === 1 ? 'was' : 'were'} left out:`,
  ];
  for (const bad of rows.slice(0, limit)) lines.push(`  ${csvLabel} ${bad.reason}`);
  if (rows.length > limit) lines.push(`  …and ${rows.length - limit} more.`);
  return lines;
}
