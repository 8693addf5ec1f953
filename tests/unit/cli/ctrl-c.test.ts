/**
 * Ctrl-C in a terminal sends SIGINT to the whole foreground process group, not to one process. Under
 * `npm run train` that group holds npm, the shell and node; if a wrapper between them relays the signal and
 * then kills its child, the run is lost. This test does what a terminal does and checks that --out is still
 * written, valid, with the run marked stopped.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { parseProject } from '../../../src/project';
import { tempDir } from './helpers';

const temp = tempDir();
afterAll(() => temp.cleanup());

/** A circle dataset through two 384-unit layers with big batches, so one batch takes a good fraction of a second. */
function slowProject(): string {
  const example = JSON.parse(readFileSync('examples/circle.nnproj', 'utf8')) as {
    graph: { nodes: Array<{ id: string; params: Record<string, unknown> }>; edges: unknown[] };
    training: Record<string, unknown>;
    dataset: Record<string, unknown>;
  };
  const hidden = example.graph.nodes.find((n) => n.id === 'h1');
  if (!hidden) throw new Error('examples/circle.nnproj has no h1');
  hidden.params.units = 384;
  example.graph.nodes.push({
    id: 'h2',
    type: 'dense',
    position: { x: 0, y: 0 },
    params: { units: 384, activation: 'relu' },
  } as never);
  example.graph.edges = [
    { id: 'e1', source: 'in', target: 'h1' },
    { id: 'e2', source: 'h1', target: 'h2' },
    { id: 'e3', source: 'h2', target: 'out' },
  ];
  example.dataset.samples = 2000;
  example.training.batchSize = 512;
  const path = join(temp.dir, 'slow.nnproj');
  writeFileSync(path, JSON.stringify(example));
  return path;
}

it('Ctrl-C sent to the process group of `npm run train` stops after the batch and writes --out, marked stopped', async () => {
  const out = join(temp.dir, 'stopped.nnproj');
  const child = spawn(
    'npm',
    ['run', '--silent', 'train', '--', slowProject(), '--epochs', '1000', '--json', '--out', out],
    {
      cwd: process.cwd(),
      detached: true, // its own process group, as a terminal gives a foreground job
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const exited = new Promise<string>((done) => child.on('close', (code, signal) => done(`${code} ${signal}`)));
  await new Promise<void>((ready) => child.stdout.on('data', () => stdout.includes('\n') && ready()));
  if (child.pid === undefined) throw new Error('npm did not start');
  process.kill(-child.pid, 'SIGINT');
  const code = await exited;
  expect(stderr).toContain('Stopping after the current batch');
  // npm re-raises the signal its script ended by; a terminal shows either as status 130.
  expect(['130 null', 'null SIGINT']).toContain(code);
  expect(existsSync(out)).toBe(true);
  const parsed = parseProject(readFileSync(out, 'utf8'), out);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  expect(parsed.project.runs.at(-1)?.end).toBe('stopped');
});
