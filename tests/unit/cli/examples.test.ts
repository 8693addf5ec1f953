import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { train } from '../../../src/cli/train-command';
import { validate } from '../../../src/cli/validate-command';
import { parseProject } from '../../../src/project';
import { EXAMPLES, jsonLines, run } from './helpers';

describe('example projects', () => {
  it.each(EXAMPLES)('%s has a name, a description for learners and a left-to-right layout', (name) => {
    const file = `examples/${name}.nnproj`;
    const parsed = parseProject(readFileSync(file, 'utf8'), file);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
    const { project } = parsed;
    expect(project.name.length).toBeGreaterThan(5);
    expect(project.description.split('. ').length).toBeGreaterThanOrEqual(2);
    expect(project.runs).toEqual([]);
    // Every edge goes from left to right, so the network reads like the diagrams in a textbook.
    const x = new Map(project.graph.nodes.map((n) => [n.id, n.position.x]));
    for (const edge of project.graph.edges) expect(x.get(edge.target)).toBeGreaterThan(x.get(edge.source) as number);
  });

  it.each(EXAMPLES)('%s validates', async (name) => {
    const result = await run(validate, [`examples/${name}.nnproj`]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^ok examples/${name}\\.nnproj: \\d+ layers .*parameters; dataset `));
  });

  it.each(EXAMPLES)('%s trains 5 epochs from the command line with --json', async (name) => {
    const result = await run(train, [`examples/${name}.nnproj`, '--epochs', '5', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = jsonLines(result.stdout);
    expect(lines).toHaveLength(6);
    const epochs = lines.slice(0, 5);
    expect(epochs.map((l) => l.epoch)).toEqual([1, 2, 3, 4, 5]);
    const classification = name !== 'sine';
    for (const line of epochs) {
      expect(Number.isFinite(line.trainLoss)).toBe(true);
      expect(Number.isFinite(line.valLoss)).toBe(true);
      expect('trainAccuracy' in line).toBe(classification);
      expect('valAccuracy' in line).toBe(classification);
    }
    // Five epochs are enough for every example to make progress.
    expect(epochs[4].trainLoss as number).toBeLessThan(epochs[0].trainLoss as number);
    // The last line names the kernels that trained: the WebAssembly SIMD build, which the test setup builds.
    expect(lines[5]).toEqual({
      done: true,
      end: 'completed',
      epochs: 5,
      message: 'Trained for 5 epochs.',
      kernels: 'WASM-SIMD',
      threads: 1,
    });
  });
});
