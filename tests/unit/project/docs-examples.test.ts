/** docs/file-format.md's example per dataset kind and its complete file are valid version 2 as written. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATASET_KINDS } from '../../../src/engine/types';
import { parseProject } from '../../../src/project';

const doc = readFileSync(new URL('../../../docs/file-format.md', import.meta.url), 'utf8');
const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('docs/file-format.md', () => {
  it('shows a dataset of every kind, each valid as written', () => {
    const datasets = blocks[0]
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { kind: string });
    expect(new Set(datasets.map((d) => d.kind))).toEqual(new Set(DATASET_KINDS));
    const file = JSON.parse(blocks[1]) as Record<string, unknown>;
    for (const dataset of datasets) {
      const result = parseProject(JSON.stringify({ ...file, dataset }), `${dataset.kind}.nnproj`);
      expect(result.ok && result.migratedFrom, dataset.kind).toBe(undefined);
      expect(result.ok, result.ok ? '' : result.errors.map((e) => e.message).join('\n')).toBe(true);
    }
  });

  it('has a complete file that opens as version 2', () => {
    const result = parseProject(blocks[1], 'example.nnproj');
    expect(result.ok && result.project.version).toBe(2);
  });
});
