import { describe, expect, it } from 'vitest';
import { DATASET_KINDS, DATASET_KIND_FIELDS, SHARED_DATASET_FIELDS, type DatasetSpec } from '../../../src/engine/types';
import { makeDataset, patchDatasetSpec, switchDatasetKind } from '../../../src/engine/data';

const xor: DatasetSpec = { kind: 'xor', samples: 300, noise: 0.3, validationSplit: 0.25, seed: 9 };

describe('dataset specs per kind', () => {
  it.each(DATASET_KINDS)('switching to %s keeps exactly the fields that kind takes', (kind) => {
    const spec = switchDatasetKind({ ...xor, standardize: true }, kind);
    const allowed = new Set<string>(['kind', ...SHARED_DATASET_FIELDS, ...DATASET_KIND_FIELDS[kind]]);
    expect(Object.keys(spec).filter((k) => !allowed.has(k))).toEqual([]);
    expect(spec).toMatchObject({ kind, validationSplit: 0.25, seed: 9, standardize: true });
  });

  it('keeps noise between generated kinds and gives a new kind its own sample count', () => {
    expect(switchDatasetKind(xor, 'sine')).toEqual({
      kind: 'sine',
      samples: 200,
      noise: 0.3,
      validationSplit: 0.25,
      seed: 9,
    });
    expect(switchDatasetKind(switchDatasetKind(xor, 'iris'), 'moons')).toEqual({
      kind: 'moons',
      samples: 400,
      noise: 0.1,
      validationSplit: 0.25,
      seed: 9,
    });
  });

  it('ignores a patched field the kind does not take, and clears an optional one patched to undefined', () => {
    const csv = patchDatasetSpec(xor, { kind: 'csv', text: 'a,y\n1,x\n2,z\n', target: 'y', task: 'classification' });
    expect(patchDatasetSpec(csv, { noise: 0.5 })).toEqual(csv);
    expect(patchDatasetSpec(csv, { task: undefined })).not.toHaveProperty('task');
    expect(patchDatasetSpec(xor, { samples: 50 })).toEqual({ ...xor, samples: 50 });
  });

  it('a CSV spec without samples or noise builds every row', () => {
    const text = 'a,y\n' + Array.from({ length: 30 }, (_, i) => `${i},${i % 3}`).join('\n');
    expect(makeDataset({ kind: 'csv', text, target: 'y', validationSplit: 0.2, seed: 1 }).dataset.n).toBe(30);
  });
});
