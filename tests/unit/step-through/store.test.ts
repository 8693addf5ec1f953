/** The step-through's state: the steps of a trace, choosing a sample by a click, moving within the steps. */
import { beforeEach, describe, expect, it } from 'vitest';
import { compile } from '../../../src/engine/compile';
import { traceSample } from '../../../src/engine/explain';
import { createModel } from '../../../src/engine/model';
import type { Dataset } from '../../../src/engine';
import {
  defaultWeight,
  nearestSample,
  sampleOf,
  stepsOf,
  stepThroughActions as act,
  stepThroughStore,
} from '../../../src/renderer/run/stepThrough';
import { binary2d, chain, dense, dropout, input, output } from '../engine-model/graphs';

const plan = compile(chain([input(), dense('h', 3), dropout('d', 0.2), output()]), binary2d).plan!;
const trace = traceSample(createModel(plan, { maxBatch: 1, seed: 2 }), [0.1, 0.2], [0]);
const answer = { epoch: 0, trace, update: null };

const data = (xs: number[][], ys: number[]): Dataset => ({
  name: 'd',
  task: 'classification',
  features: 2,
  classes: 2,
  targets: 1,
  featureNames: ['x1', 'x2'],
  classNames: ['0', '1'],
  n: xs.length,
  x: Float32Array.from(xs.flat()),
  y: Float32Array.from(ys),
});

beforeEach(() => act.leave());

describe('the step-through state', () => {
  it('steps forward node by node, the loss, backward from the output, then the chosen weight’s update', () => {
    const weight = defaultWeight(trace)!;
    expect(weight).toEqual({ nodeId: 'h', i: 0, j: 0 });
    expect(stepsOf(answer, weight).map((s) => `${s.kind}:${s.nodeId}`)).toEqual([
      'forward:in',
      'forward:h',
      'forward:d',
      'forward:out',
      'loss:out',
      'backward:out',
      'backward:d',
      'backward:h',
      'update:h',
    ]);
  });

  it('a click picks the nearest point of either half within the radius, with its class as the target', () => {
    const train = data(
      [
        [0, 0],
        [1, 1],
      ],
      [0, 1],
    );
    const validation = data([[0.5, 0.52]], [1]);
    const halves = [
      { data: train, split: 'train' as const },
      { data: validation, split: 'validation' as const },
    ];
    expect(nearestSample(halves, 0.9, 0.95, 0.2)).toMatchObject({ split: 'train', index: 1, target: [1] });
    expect(nearestSample(halves, 0.5, 0.5, 0.1)).toMatchObject({ split: 'validation', index: 0 });
    expect(nearestSample(halves, 0.25, 0.25, 0.1)).toBeNull();
    expect(sampleOf(train, 1, 'train').x).toEqual([1, 1]);
  });

  it('moves within the steps and stops playing at the last; leaving forgets the sample', () => {
    act.choose({ x: [0.1, 0.2], target: [0], split: 'train', index: 0 });
    stepThroughStore.setState({ answer, weight: defaultWeight(trace), playing: true });
    act.move(-1);
    expect(stepThroughStore.getState().step).toBe(0);
    act.move(7);
    expect(stepThroughStore.getState()).toMatchObject({ step: 7, playing: true });
    act.move(5);
    expect(stepThroughStore.getState()).toMatchObject({ step: 8, playing: false });
    act.leave();
    expect(stepThroughStore.getState()).toMatchObject({ sample: null, answer: null, step: 0 });
  });
});
