/** Saving and reopening gives back exactly the same project, for any valid project. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProject, serializeProject, type Project } from '../../../src/project';
import { DATASET_KINDS } from '../../../src/engine/types';
import { project } from './arbitraries';

/** What a generated project exercises, so the test proves it covered the interesting parts. */
function features(p: Project): string[] {
  const found = new Set<string>();
  const runs = [...p.runs, ...(p.comparisons ?? []).flatMap((c) => c.runs)];
  if (p.graph.nodes.length > 0) found.add('nodes');
  if (p.graph.edges.length > 0) found.add('edges');
  if (runs.some((r) => Object.keys(r.weights ?? {}).length > 0)) found.add('weights');
  if (runs.some((r) => r.history.some((h) => h.trainLoss === null))) found.add('null loss');
  if (runs.some((r) => r.settings.graph)) found.add('run graph');
  if (runs.some((r) => r.transform?.standardization)) found.add('run transform');
  if ((p.comparisons ?? []).length > 0) found.add('comparisons');
  if (
    Object.keys(p).some(
      (k) =>
        !['format', 'version', 'name', 'description', 'graph', 'dataset', 'training', 'runs', 'comparisons'].includes(
          k,
        ),
    )
  )
    found.add('unknown keys');
  found.add(`dataset ${p.dataset.kind}`);
  return [...found];
}

describe('round trip', () => {
  it('parseProject(serializeProject(p)) returns p exactly for generated v2 projects of every dataset kind, and saving again gives the same text', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(project, (p) => {
        features(p).forEach((f) => seen.add(f));
        const text = serializeProject(p);
        const result = parseProject(text, 'generated.nnproj');
        if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
        expect(result.project).toStrictEqual(p);
        expect(serializeProject(result.project)).toBe(text);
      }),
      { seed: 1234, numRuns: 150 },
    );
    expect([...seen].sort()).toEqual([
      'comparisons',
      ...DATASET_KINDS.map((k) => `dataset ${k}`).sort(),
      'edges',
      'nodes',
      'null loss',
      'run graph',
      'run transform',
      'unknown keys',
      'weights',
    ]);
  });
});
