/**
 * Issue 12, defect 4: a project with many problems prints its first ones while the rest are still being
 * located, instead of staying silent until every one is placed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { validate } from '../../../src/cli/validate-command';
import { run, tempDir } from './helpers';

/** How many problems the locator has placed so far (counted by wrapping the real locator). */
const progress = vi.hoisted(() => ({ located: 0 }));

vi.mock('../../../src/cli/json-locate', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/cli/json-locate')>();
  return {
    ...real,
    locateJsonPathsInTextOrder: (...[text, paths, located]: Parameters<typeof real.locateJsonPathsInTextOrder>) =>
      real.locateJsonPathsInTextOrder(text, paths, (k, place) => {
        progress.located++;
        located(k, place);
      }),
  };
});

const temp = tempDir();
afterAll(() => temp.cleanup());

describe('validate on a project with 1,000 problems', () => {
  it('writes the first problem before the last one is located', async () => {
    const project = JSON.parse(readFileSync('examples/xor.nnproj', 'utf8')) as { graph: { nodes: unknown[] } };
    for (let k = 0; k < 1_000; k++) {
      project.graph.nodes.push({
        id: `bad${k}`,
        type: 'dense',
        position: { x: 0, y: 0 },
        params: { units: 0, activation: 'tanh' },
      });
    }
    const file = join(temp.dir, 'many.nnproj');
    writeFileSync(file, JSON.stringify(project, null, 2));

    progress.located = 0;
    const locatedAtLine: number[] = [];
    const result = await run(validate, [file, '--all'], {
      stderr: { write: () => locatedAtLine.push(progress.located) },
    });
    expect(result.code).toBe(2);
    expect(locatedAtLine).toHaveLength(1_000);
    expect(progress.located).toBe(1_000);
    // Line k is written as soon as problem k is placed: the locator is still far from the last one.
    expect(locatedAtLine[0]).toBe(1);
    expect(locatedAtLine[499]).toBe(500);
  });
});
