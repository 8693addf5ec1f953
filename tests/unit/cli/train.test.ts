import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { train } from '../../../src/cli/train-command';
import { parseProject, type Project } from '../../../src/project';
import { jsonLines, run, tempDir } from './helpers';

const temp = tempDir();
afterAll(() => temp.cleanup());

function readProject(path: string): Project {
  const parsed = parseProject(readFileSync(path, 'utf8'), path);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.project;
}

describe('train arguments', () => {
  it.each([
    [[], 'Missing <project.nnproj>.'],
    [['examples/xor.nnproj', '--epochs', 'ten'], '--epochs must be a whole number of at least 1 (got "ten").'],
    [['examples/xor.nnproj', '--seed', '-1'], '--seed must be a whole number from 0 to 4294967295 (got "-1").'],
    [
      ['examples/xor.nnproj', '--jsn'],
      'Unknown option "--jsn"; this command accepts --all, --epochs, --seed, --json, --threads, --out.',
    ],
    [
      ['examples/xor.nnproj', '--out', '/no/such/folder/x.nnproj'],
      '--out /no/such/folder/x.nnproj: the folder /no/such/folder does not exist.',
    ],
    [['examples/missing.nnproj'], 'examples/missing.nnproj: no such file.'],
  ])('%j exits 2 and says what is wrong', async (argv, message) => {
    const result = await run(train, argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toContain(message);
  });
});

describe('train', () => {
  it('prints plain lines when stdout is not a terminal', async () => {
    const result = await run(train, ['examples/sine.nnproj', '--epochs', '3']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^Training examples\/sine\.nnproj: 4 layers .* 3 epochs of adam \(learning rate 0\.003, batch 32, seed 42\)\.$/,
    );
    expect(lines.slice(1, 4).map((l) => l.slice(0, 10))).toEqual(['epoch 1/3 ', 'epoch 2/3 ', 'epoch 3/3 ']);
    expect(lines[4]).toBe('Trained for 3 epochs.');
  });

  it('redraws one progress line in place on a terminal', async () => {
    let out = '';
    const stdout = { write: (s: string) => (out += s), isTTY: true, columns: 200 };
    const code = await train(['examples/xor.nnproj', '--epochs', '4'], { stdout, stderr: { write: () => true } });
    expect(code).toBe(0);
    const frames = out.split('\r').slice(1);
    // Drawn when epochs finish and when the host reports progress: at least once while training and at the end.
    expect(frames.length).toBeGreaterThanOrEqual(2);
    const ERASE_TO_END_OF_LINE = '\u001b[K';
    const [last, after] = frames[frames.length - 1].split(ERASE_TO_END_OF_LINE);
    expect(last).toMatch(
      /^Epoch 4\/4 \[#{20}\] 100% {2}train loss \d\.\d{4} {2}val loss .* val acc [\d.]+% {2}left 0 s$/,
    );
    expect(after).toBe('\nTrained for 4 epochs.\n');
  });

  it('gives the same numbers for the same seed, and --seed changes them', async () => {
    const a = await run(train, ['examples/circle.nnproj', '--epochs', '3', '--json']);
    const b = await run(train, ['examples/circle.nnproj', '--epochs', '3', '--json']);
    const c = await run(train, ['examples/circle.nnproj', '--epochs', '3', '--json', '--seed', '7']);
    expect(a.stdout).toBe(b.stdout);
    expect(jsonLines(c.stdout)[2].trainLoss).not.toBe(jsonLines(a.stdout)[2].trainLoss);
  });

  it('--out saves the project with the run appended, and a second run after the first', async () => {
    const out = join(temp.dir, 'iris-trained.nnproj');
    const first = await run(train, ['examples/iris.nnproj', '--epochs', '3', '--json', '--out', out]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe(`Saved run-1 (completed, 3 epochs) to ${out}.\n`);
    const saved = readProject(out);
    const original = readProject('examples/iris.nnproj');
    expect({ ...saved, runs: [] }).toEqual(original);
    const [savedRun] = saved.runs;
    expect(savedRun).toMatchObject({ id: 'run-1', end: 'completed', message: 'Trained for 3 epochs.' });
    expect(savedRun.settings.training).toEqual({ ...original.training, epochs: 3 });
    const epochs = jsonLines(first.stdout).slice(0, 3);
    expect(savedRun.history.map((h) => [h.epoch, h.trainLoss, h.valLoss, h.valAccuracy])).toEqual(
      epochs.map((e) => [e.epoch, e.trainLoss, e.valLoss, e.valAccuracy]),
    );
    expect(Object.keys(savedRun.weights ?? {}).sort()).toEqual(['h1', 'out']);
    expect(savedRun.weights?.h1.kernel.shape).toEqual([4, 8]);
    // The layer health of every epoch travels with the run, as the app saves it.
    expect(savedRun.history.map((h) => h.health?.map((l) => l.nodeId))).toEqual([
      ['h1', 'out'],
      ['h1', 'out'],
      ['h1', 'out'],
    ]);
    expect(savedRun.history[2].health?.[0].gradientNorm).toBeGreaterThan(0);
    expect(savedRun.history[2].health?.[0].deadShare).toBeGreaterThanOrEqual(0);

    const second = await run(train, [out, '--epochs', '1', '--seed', '5', '--json', '--out', out]);
    expect(second.code).toBe(0);
    expect(readProject(out).runs.map((r) => [r.id, r.settings.training.seed])).toEqual([
      ['run-1', 42],
      ['run-2', 5],
    ]);
    // Written through a temporary file and a rename: nothing is left beside it.
    expect(readdirSync(temp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('stops between training slices when asked, as the app does, and still saves the run as stopped', async () => {
    const out = join(temp.dir, 'stopped.nnproj');
    const stop = new AbortController();
    let text = '';
    const stdout = {
      write: (s: string) => {
        text += s;
        if (text.split('\n').length > 2) stop.abort(); // once the second epoch line is out
      },
    };
    const code = await train(['examples/spiral-activations.nnproj', '--json', '--out', out], {
      stdout,
      stderr: { write: () => true },
      signal: stop.signal,
    });
    expect(code).toBe(130);
    const lines = jsonLines(text);
    const epochLines = lines.filter((l) => l.done === undefined);
    const done = lines[lines.length - 1];
    // The host stops after the slice in progress (about 15 ms): a few more epochs may finish, never the run.
    expect(epochLines.length).toBeGreaterThanOrEqual(2);
    expect(epochLines.length).toBeLessThan(readProject('examples/spiral-activations.nnproj').training.epochs);
    expect(done).toMatchObject({ done: true, end: 'stopped', epochs: epochLines.length, kernels: 'WASM-SIMD' });
    expect(String(done.message)).toMatch(/^Training was stopped (after|during) epoch \d+/);
    const saved = readProject(out).runs[0];
    expect(saved.end).toBe('stopped');
    expect(saved.history.map((h) => h.epoch)).toEqual(epochLines.map((l) => l.epoch));
  });

  it('exits 1 and saves the run as diverged when the loss becomes infinite', async () => {
    const project = JSON.parse(readFileSync('examples/sine.nnproj', 'utf8'));
    project.training = { ...project.training, optimizer: 'sgd', learningRate: 10 };
    const path = join(temp.dir, 'diverge.nnproj');
    writeFileSync(path, JSON.stringify(project));
    const out = join(temp.dir, 'diverged.nnproj');
    const result = await run(train, [path, '--json', '--out', out]);
    expect(result.code).toBe(1);
    const done = jsonLines(result.stdout).pop();
    expect(done).toMatchObject({ done: true, end: 'diverged' });
    expect(result.stderr).toContain('Training diverged');
    expect(readProject(out).runs[0].end).toBe('diverged');
  });
});

/** Starts a command the way a user would, from the repository root, and collects its output. */
function spawnCli(command: string, args: string[]) {
  const child = spawn(command, args, { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

describe('the train script, as a separate process', () => {
  it('runs with npm run train and no build step', async () => {
    const cli = spawnCli('npm', ['run', '--silent', 'train', '--', 'examples/xor.nnproj', '--epochs', '2', '--json']);
    expect(await cli.exited).toBe(0);
    const lines = jsonLines(cli.output().stdout);
    expect(lines.map((l) => l.epoch ?? l.done)).toEqual([1, 2, true]);
  });

  it('stops cleanly on Ctrl-C (SIGINT) and still writes --out with end "stopped"', async () => {
    const out = join(temp.dir, 'interrupted.nnproj');
    const cli = spawnCli(process.execPath, [
      '--import',
      'tsx',
      'src/cli/train.ts',
      'examples/digits-mlp.nnproj',
      '--epochs',
      '50',
      '--json',
      '--out',
      out,
    ]);
    await new Promise<void>((ready) => {
      cli.child.stdout.on('data', () => {
        if (cli.output().stdout.includes('\n')) ready();
      });
    });
    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(130);
    const { stdout, stderr } = cli.output();
    expect(stderr).toContain('Stopping after the current batch');
    const done = jsonLines(stdout).pop();
    expect(done).toMatchObject({ done: true, end: 'stopped' });
    expect(existsSync(out)).toBe(true);
    const saved = readProject(out).runs[0];
    expect(saved.end).toBe('stopped');
    expect(saved.history.length).toBe(done?.epochs);
    expect(saved.history.length).toBeLessThan(50);
  });
});
