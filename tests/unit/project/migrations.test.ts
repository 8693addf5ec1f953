/** Numbered upgrade steps: run in order, in memory, and fail with a message that names the step. */
import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  FIRST_VERSION,
  migrateProject,
  migrations,
  parseProject,
  type JsonObject,
  type MigrationStep,
} from '../../../src/project';
import { fixtureText } from './fixture-files';

/** Two made-up future steps: v2 renames `name` to `title`, v3 renames it back and records a marker. */
function fakeSteps(log: string[]): MigrationStep[] {
  return [
    {
      from: 1,
      description: 'rename name to title',
      up(p: JsonObject) {
        log.push(`1→2 saw version ${String(p.version)}`);
        const { name, ...rest } = p;
        return { ...rest, title: name };
      },
    },
    {
      from: 2,
      description: 'rename title back to name',
      up(p: JsonObject) {
        log.push(`2→3 saw version ${String(p.version)}`);
        const { title, ...rest } = p;
        return { ...rest, name: title, upgradedBy: 'v3 step' };
      },
    },
  ];
}

describe('migrations', () => {
  it('defines CURRENT_VERSION by the list of steps, numbered without gaps', () => {
    expect(CURRENT_VERSION).toBe(FIRST_VERSION + migrations.length);
    expect(CURRENT_VERSION).toBe(2);
    // The versions the real steps read, compared as a whole (a loop over the steps could check nothing).
    const versions = Array.from({ length: CURRENT_VERSION - FIRST_VERSION }, (_, k) => FIRST_VERSION + k);
    expect(migrations.map((step) => step.from)).toEqual(versions);
  });

  it('runs every step in order and sets the version after each, without touching the input', () => {
    const log: string[] = [];
    const input = { format: 'layerwise-project', version: 1, name: 'old', nested: { a: 1 } };
    const snapshot = structuredClone(input);
    const result = migrateProject(input, fakeSteps(log));
    expect(log).toEqual(['1→2 saw version 1', '2→3 saw version 2']);
    expect(result).toEqual({
      ok: true,
      from: 1,
      to: 3,
      project: { format: 'layerwise-project', version: 3, name: 'old', nested: { a: 1 }, upgradedBy: 'v3 step' },
      notes: [],
    });
    expect(input).toEqual(snapshot);
  });

  it('starts from the file version, skipping steps it does not need', () => {
    const log: string[] = [];
    const result = migrateProject({ version: 2, title: 'mid' }, fakeSteps(log));
    expect(log).toEqual(['2→3 saw version 2']);
    expect(result.ok && result.project).toMatchObject({ version: 3, name: 'mid' });
  });

  it('upgrades a real file while parsing and says from which version', () => {
    const log: string[] = [];
    const result = parseProject(fixtureText('v1/xor-canonical.nnproj'), 'xor.nnproj', { migrations: fakeSteps(log) });
    expect(log).toHaveLength(2);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.project.version).toBe(3);
    expect(result.project.name).toBe('XOR with one hidden layer');
    expect(result.project.upgradedBy).toBe('v3 step');
  });

  it('reports a failing step as migrationFailed, naming versions and the step', () => {
    const steps = fakeSteps([]);
    steps[1] = {
      ...steps[1],
      up: () => {
        throw new Error('the field "title" is gone');
      },
    };
    const result = parseProject(fixtureText('v1/xor-canonical.nnproj'), 'xor.nnproj', { migrations: steps });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject([
      {
        kind: 'migrationFailed',
        code: 'project-migration-failed',
        fileName: 'xor.nnproj',
        fromVersion: 1,
        toVersion: 3,
        message:
          'xor.nnproj uses file format version 1 and could not be upgraded to version 3: step "rename title back to name" failed: the field "title" is gone. ' +
          'The file itself was not changed; please report this with the file attached.',
      },
    ]);
  });

  it('refuses a step list that is numbered out of order, and a step that returns no object', () => {
    const [a, b] = fakeSteps([]);
    const outOfOrder = migrateProject({ version: 1 }, [b, a]);
    expect(!outOfOrder.ok && outOfOrder.reason).toMatch(/out of order/);
    const empty = migrateProject({ version: 1 }, [{ ...a, up: () => null as unknown as JsonObject }]);
    expect(!empty.ok && empty.reason).toMatch(/did not produce a project object/);
  });

  it('measures "too new" against the newest version the steps reach', () => {
    const text = fixtureText('newer-version.nnproj');
    const withSteps = parseProject(text, 'n.nnproj', { migrations: fakeSteps([]) });
    // Version 3 is now readable, so the file gets as far as the schema (its dataset kind is unknown).
    expect(!withSteps.ok && withSteps.errors.map((e) => e.kind)).toContain('schema');
    const without = parseProject(text, 'n.nnproj');
    expect(!without.ok && without.errors[0].kind).toBe('versionTooNew');
  });
});
