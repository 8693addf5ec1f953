import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareData, dataShapeOf } from '../../../src/engine';
import { parseProject } from '../../../src/project';
import { neuronsFromWeights } from '../../../src/renderer/run/savedNeurons';

describe('neuronsFromWeights', () => {
  it("pictures a saved run's hidden units from its weights, and none for weights that no longer fit", () => {
    const parsed = parseProject(readFileSync('tests/fixtures/projects/xor.nnproj', 'utf8'), 'xor.nnproj');
    if (!parsed.ok) throw new Error('fixture');
    const project = parsed.project;
    const run = project.runs[0];
    const prepared = prepareData(project.dataset, {});
    const saved = {
      graph: project.graph,
      training: run.settings.training,
      weights: run.weights!,
      epoch: run.history.length,
    };
    const event = neuronsFromWeights(saved, ['h1'], prepared.split, dataShapeOf(prepared.dataset), {
      xRange: [-6, 6],
      yRange: [-6, 6],
    });
    expect(event?.kind).toBe('plane');
    expect(event?.epoch).toBe(run.history.length);
    const h1 = event!.pictures[0];
    expect(h1.shown).toBe(4);
    // The first unit's kernel is the saved one (kernel [inputs, units], unit-major in the picture).
    expect(h1.weights!.kernel[1]).toBe(run.weights!.h1.kernel.data[4]);
    const narrower = {
      ...saved,
      graph: {
        ...saved.graph,
        nodes: saved.graph.nodes.map((n) => (n.id === 'h1' ? { ...n, params: { ...n.params, units: 3 } } : n)),
      },
    };
    expect(neuronsFromWeights(narrower, ['h1'], prepared.split, dataShapeOf(prepared.dataset))).toBeNull();
  });
});
