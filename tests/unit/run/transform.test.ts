import { describe, expect, it } from 'vitest';
import type { DatasetSpec } from '../../../src/engine';
import { dataTransformOf, prepareData } from '../../../src/engine/data';
import { transformFromReady } from '../../../src/renderer/run/transform';
import { readyEvent } from './fakes';

describe('transformFromReady', () => {
  it('gives what dataTransformOf gives for the same CSV: features, scaling, classes, target and source', () => {
    const text = 'a,b,kind\n1,2,x\n3,5,y\n2,2,x\n8,1,y\n4,4,x\n';
    const spec = { kind: 'csv', text, target: 'kind', validationSplit: 0.4, seed: 3 } as DatasetSpec;
    const prepared = prepareData(spec, {});
    const { train, validation } = prepared.split;
    const ready = {
      ...readyEvent,
      dataset: {
        ...readyEvent.dataset,
        task: train.task,
        featureNames: train.featureNames,
        classNames: train.classNames,
        trainSize: train.n,
        validationSize: validation.n,
        standardization: prepared.standardization,
      },
    };
    const expected = dataTransformOf(spec, prepared);
    expect(expected.source?.rows).toBe(5);
    expect(transformFromReady(ready, spec)).toEqual(expected);
  });

  it('leaves out the classes of a regression and the CSV facts of a generated set', () => {
    const ready = {
      ...readyEvent,
      dataset: { ...readyEvent.dataset, task: 'regression' as const, featureNames: ['x'], classNames: [] },
    };
    expect(
      transformFromReady(ready, { kind: 'sine', samples: 10, noise: 0, validationSplit: 0.2, seed: 1 } as DatasetSpec),
    ).toEqual({
      featureNames: ['x'],
    });
  });
});
