import { datasetPerKind } from './migrate-v2';

/**
 * Upgrading older project files, one numbered step at a time.
 *
 * `migrations[k]` upgrades version FIRST_VERSION + k to the next one, so `CURRENT_VERSION` is always
 * FIRST_VERSION + migrations.length and a new format version is added by appending one step (with a test
 * and a fixture file of the old version). Steps work on the raw JSON before validation, because an old file
 * does not fit today's schema; the result is validated afterwards like any other file. Files are upgraded in
 * memory only: the file on disk changes when the user saves.
 */

export type JsonObject = Record<string, unknown>;

/**
 * What an upgrade changed about what the project does, for the person opening the file: a sentence, and the
 * same as a code and parameters for the catalogue (`problems.<code>`).
 */
export interface MigrationNote {
  code: string;
  params: Record<string, string | number>;
  message: string;
}

export interface MigrationStep {
  /** The version this step reads; it produces `from + 1`. */
  from: number;
  /** What changed in the format, for the changelog and for error messages. */
  description: string;
  /**
   * Returns the upgraded project. May modify its argument (it is a private copy). `note` takes a note for
   * the person opening the file when the upgrade changes what the project does (not for mere renames).
   */
  up(project: JsonObject, note: (note: MigrationNote) => void): JsonObject;
}

/** The first format version ever written. */
export const FIRST_VERSION = 1;

/** The steps from FIRST_VERSION to CURRENT_VERSION, in order. */
export const migrations: readonly MigrationStep[] = [datasetPerKind];

/** The format version this build writes and the newest it reads. */
export const CURRENT_VERSION = FIRST_VERSION + migrations.length;

/**
 * Why an upgrade failed, as data: `order` (a mis-numbered list of steps: `index`, `reads`, `version`),
 * `notObject` (a step returned something else: `step`), `threw` (`step`, `detail`: the exception's words).
 */
export type MigrationFailure = { reasonCode: 'order' | 'notObject' | 'threw' } & Record<string, string | number>;

export type MigrationResult =
  | { ok: true; project: JsonObject; from: number; to: number; notes: MigrationNote[] }
  | { ok: false; from: number; failedStep: MigrationStep; reason: string; failure: MigrationFailure };

/** The version a list of steps upgrades to. */
export function targetVersion(steps: readonly MigrationStep[]): number {
  return FIRST_VERSION + steps.length;
}

/**
 * Runs every step from `project.version` up to the newest version `steps` knows, in order, and sets
 * `version` after each. The input is not modified. The caller has already checked that `version` is an
 * integer from FIRST_VERSION to targetVersion(steps). A step that throws, or returns something that is not
 * an object, stops the upgrade; the reason names the step.
 */
export function migrateProject(project: JsonObject, steps: readonly MigrationStep[] = migrations): MigrationResult {
  const from = project.version as number;
  const to = targetVersion(steps);
  if (from === to) return { ok: true, project, from, to, notes: [] };
  let current: JsonObject = structuredClone(project);
  const notes: MigrationNote[] = [];
  for (let version = from; version < to; version++) {
    const step = steps[version - FIRST_VERSION];
    if (step.from !== version) {
      // A mis-numbered list is a bug in this app, not in the file; say so rather than corrupt data.
      const index = version - FIRST_VERSION;
      return {
        ok: false,
        from,
        failedStep: step,
        reason: `the upgrade steps are out of order (step ${index} reads version ${step.from}, not ${version})`,
        failure: { reasonCode: 'order', index, reads: step.from, version },
      };
    }
    try {
      const next = step.up(current, (note) => notes.push(note));
      if (typeof next !== 'object' || next === null || Array.isArray(next)) {
        return {
          ok: false,
          from,
          failedStep: step,
          reason: `step "${step.description}" did not produce a project object`,
          failure: { reasonCode: 'notObject', step: step.description },
        };
      }
      current = next;
      current.version = version + 1;
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return {
        ok: false,
        from,
        failedStep: step,
        reason: `step "${step.description}" failed: ${detail}`,
        failure: { reasonCode: 'threw', step: step.description, detail },
      };
    }
  }
  return { ok: true, project: current, from, to, notes };
}
