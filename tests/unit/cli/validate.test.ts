import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validate } from '../../../src/cli/validate-command';
import { run, tempDir } from './helpers';

const temp = tempDir();
afterAll(() => temp.cleanup());

const xorText = readFileSync('examples/xor.nnproj', 'utf8');

/** A copy of examples/xor.nnproj changed by `edit`, written to the temp folder; returns its path. */
interface ProjectJson {
  graph: { nodes: Array<{ params: Record<string, unknown> }>; edges: unknown[] };
  dataset: Record<string, unknown>;
  training: Record<string, unknown>;
}

function fixture(name: string, edit: (project: ProjectJson) => void): string {
  const project = JSON.parse(xorText) as ProjectJson;
  edit(project);
  const path = join(temp.dir, name);
  writeFileSync(path, `${JSON.stringify(project, null, 2)}\n`);
  return path;
}

/** 1-based line of the first occurrence of `needle` in the file. */
function lineOf(path: string, needle: string): number {
  return (
    readFileSync(path, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes(needle)) + 1
  );
}

describe('validate', () => {
  it('points at the line and column of a JSON syntax error', async () => {
    const path = join(temp.dir, 'syntax.nnproj');
    writeFileSync(path, xorText.replace('"units": 4,', '"units": 4,,'));
    const result = await run(validate, [path]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      new RegExp(`^${path}:${lineOf(path, '"units": 4,,')}:\\d+: ${path} is not valid JSON at line`),
    );
  });

  it('lists every schema problem with its line, column and JSON path', async () => {
    const path = fixture('schema.nnproj', (p) => {
      p.graph.nodes[1].params.units = 0;
      p.training.optimizer = 'adamw';
    });
    const result = await run(validate, [path]);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    const units = lineOf(path, '"units": 0');
    expect(lines.find((l) => l.includes('units'))).toMatch(
      new RegExp(`^${path}:${units}:\\d+: graph\\.nodes\\[1\\]\\.params\\.units \\(node "h1"\\): .*\\(found 0\\)\\.$`),
    );
    expect(lines.find((l) => l.includes('optimizer'))).toMatch(
      new RegExp(`^${path}:${lineOf(path, '"adamw"')}:\\d+: training\\.optimizer: `),
    );
  });

  it('lists graph problems at the node or edge they belong to', async () => {
    const path = fixture('graph.nnproj', (p) => {
      p.graph.nodes[2].params.activation = 'softmax'; // softmax with binary cross-entropy does not fit
      p.graph.edges.pop(); // and now nothing reaches the output
    });
    const result = await run(validate, [path]);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(1);
    for (const line of lines) expect(line).toMatch(new RegExp(`^${path}:\\d+:\\d+: error: `));
    // The "no path to the output" problem is placed at a node of the graph, not at the top of the file.
    const nodesStart = lineOf(path, '"nodes"');
    const placed = lines.map((l) => Number(l.slice(path.length + 1).split(':')[0]));
    expect(Math.min(...placed)).toBeGreaterThanOrEqual(nodesStart);
  });

  it('reports a dataset that cannot be built', async () => {
    const path = fixture('csv.nnproj', (p) => {
      p.dataset = { kind: 'csv', validationSplit: 0.2, seed: 1, path: 'missing.csv' };
    });
    const result = await run(validate, [path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${path}: dataset.path "missing.csv" points to ${join(temp.dir, 'missing.csv')}, which cannot be read: it does not exist.`,
    );
  });

  it('reads a CSV dataset relative to the project and names bad rows by line', async () => {
    writeFileSync(join(temp.dir, 'points.csv'), 'a,b,label\n1,2,yes\n3,oops,no\n-1,0,no\n2,2,yes\n0,1,no\n');
    const path = fixture('points.nnproj', (p) => {
      p.dataset = {
        kind: 'csv',
        validationSplit: 0.2,
        seed: 1,
        path: 'points.csv',
        target: 'label',
      };
    });
    const result = await run(validate, [path]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'dataset CSV: 2 features, 2 classes, 3 training + 1 validation rows, standardized, 1 bad row left out',
    );
    expect(result.stderr).toBe(
      "Warning: 1 row of points.csv could not be used and was left out:\n  points.csv line 3: column 'b' is 'oops', not a number\n",
    );
  });

  it('exits 2 for a missing file, a file that is not a project and wrong arguments', async () => {
    const missing = await run(validate, ['nowhere.nnproj']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^nowhere\.nnproj: no such file\./);

    const other = join(temp.dir, 'other.json');
    writeFileSync(other, '{"hello": 1}');
    const notProject = await run(validate, [other]);
    expect(notProject.code).toBe(2);
    expect(notProject.stderr).toContain('is not a Layerwise project');

    const noArgs = await run(validate, []);
    expect(noArgs.code).toBe(2);
    expect(noArgs.stderr).toBe('Missing <project.nnproj>.\nUsage: npm run validate -- <project.nnproj> [--all]\n');
  });
});

describe('a project with 10,000 problems (issue 12, defect 4)', () => {
  function manyProblems(): string {
    const project = JSON.parse(readFileSync('examples/xor.nnproj', 'utf8')) as { graph: { nodes: unknown[] } };
    for (let k = 0; k < 10_000; k++) {
      project.graph.nodes.push({
        id: `bad${k}`,
        type: 'dense',
        position: { x: 0, y: 0 },
        params: { units: 0, activation: 'tanh' },
      });
    }
    const file = join(temp.dir, 'many-problems.nnproj');
    writeFileSync(file, JSON.stringify(project, null, 2));
    return file;
  }

  it('with --all, lists every one at its own line (located in one pass: about 1 s here, 98 s before)', async () => {
    const result = await run(validate, [manyProblems(), '--all']);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(10_000);
    const places = lines.map((l) => Number(/^[^:]+:(\d+):\d+: graph\.nodes\[\d+\]\.params\.units/.exec(l)?.[1]));
    expect(places.every((line, k) => k === 0 || line > places[k - 1])).toBe(true);
    expect(lines[9_999]).toContain('graph.nodes[10002].params.units (node "bad9999")');
  });

  it('without --all, lists the first 200 and then says how many more there are and how to see them', async () => {
    const all = await run(validate, [manyProblems(), '--all']);
    const result = await run(validate, [manyProblems()]);
    expect(result.code).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(201);
    expect(lines.slice(0, 200)).toEqual(all.stderr.trim().split('\n').slice(0, 200));
    expect(lines[200]).toMatch(
      /many-problems\.nnproj: 10000 problems in all; the 9800 after the first 200 are not listed\. Run again with --all to list every one\.$/,
    );
  });
});
