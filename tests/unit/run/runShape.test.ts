/**
 * A run saved by the app's path (run driver → run history → project file) and one written by `train --out`
 * have the same shape, field by field: the same keys with the same types, and the same values except where
 * they must differ (ids, names, times). Both train the same project through the engine's training host:
 * the app's through the real worker client, bound here to a host in this process instead of a Web Worker.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { train } from '../../../src/cli/train-command';
import { loadKernelModule } from '../../../src/cli/kernel-file';
import { createTrainingHost } from '../../../src/engine/protocol/host';
import { createTrainingSetup } from '../../../src/engine/train/setup';
import type { HostCommand } from '../../../src/engine/protocol/messages';
import { parseProject, serializeProject, type Project } from '../../../src/project';
import { comparisonsPort } from '../../../src/renderer/features/compare/compareStore';
import { documentToProject, projectToDocument } from '../../../src/renderer/features/file/projectDocument';
import { createRunDriver } from '../../../src/renderer/run/runDriver';
import { createTrainingClient, type WorkerLike } from '../../../src/renderer/run/trainingClient';
import { realTimers } from '../../../src/shared/timers';
import { run, tempDir } from '../cli/helpers';

const temp = tempDir();
afterAll(() => temp.cleanup());

/** A Worker whose other side is the engine's training host in this thread, answering in later tasks. */
function inProcessWorker(): WorkerLike {
  const listeners: ((e: MessageEvent) => void)[] = [];
  // The kernels the app's worker compiles (WebAssembly SIMD when built), as the command line loads them.
  const wasm = loadKernelModule();
  const host = createTrainingHost(
    (event) => setTimeout(() => listeners.forEach((l) => l({ data: event } as MessageEvent)), 0),
    { setup: (start) => createTrainingSetup(start, { wasm }) },
  );
  return {
    postMessage: (message) => setTimeout(() => host.handle(message as HostCommand), 0),
    addEventListener: (type: string, listener: (e: never) => void) => {
      if (type === 'message') listeners.push(listener as (e: MessageEvent) => void);
    },
    terminate: () => host.handle({ type: 'dispose' }),
  };
}

/** Keys and value types, recursively; arrays by the shape of each element. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value === null) return 'null';
  if (typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, shape(v)]),
    );
  return typeof value;
}

/** The values that must differ between two runs of the same project: who made them and when. */
function withoutIdentity(stored: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, name: _name, startedAt: _s, endedAt: _e, ...rest } = stored;
  const history = (rest.history as Record<string, unknown>[]).map(({ elapsedMs: _ms, ...entry }) => entry);
  return { ...rest, history };
}

function savedRuns(text: string): Record<string, unknown>[] {
  return (JSON.parse(text) as { runs: Record<string, unknown>[] }).runs;
}

describe('a saved run', () => {
  it('has the same shape whether the app or train --out saved it', async () => {
    const source = JSON.parse(readFileSync('examples/iris.nnproj', 'utf8')) as Project;
    source.training = { ...source.training, epochs: 3 };
    const path = join(temp.dir, 'iris-3.nnproj');
    writeFileSync(path, JSON.stringify(source));

    const out = join(temp.dir, 'cli.nnproj');
    expect((await run(train, [path, '--out', out])).code).toBe(0);
    const [cliRun] = savedRuns(readFileSync(out, 'utf8'));

    const parsed = parseProject(readFileSync(path, 'utf8'), path);
    if (!parsed.ok) throw new Error(parsed.errors[0].message);
    const parts = projectToDocument(parsed.project, comparisonsPort);
    const doc = parts.document;
    const driver = createRunDriver({
      client: createTrainingClient(inProcessWorker()),
      timers: realTimers,
      now: () => performance.now(),
      clock: () => new Date(),
      newRunId: () => 'run-1',
      onChange: () => {},
    });
    const final = await driver.start({ graph: doc.graph, dataset: doc.dataset, training: doc.training });
    driver.dispose();
    expect(final.record).not.toBeNull();
    const appText = serializeProject(
      documentToProject({ ...parts, runs: [final.record!] }, parsed.project, comparisonsPort),
    );
    const [appRun] = savedRuns(appText);

    expect(Object.keys(appRun).sort()).toEqual(Object.keys(cliRun).sort());
    expect(shape(appRun)).toEqual(shape(cliRun));
    // Same engine host, seed and data: the numbers agree too, weights included.
    expect(withoutIdentity(appRun)).toEqual(withoutIdentity(cliRun));
    expect([appRun.name, cliRun.name]).toEqual(['Run 1', 'Run 1 (command line)']);
  });
});
