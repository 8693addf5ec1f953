/** The lesson check language over a live state: documents, runs and the learner's answer. */
import { describe, expect, it } from 'vitest';
import {
  bestValidationEpoch,
  checkReferences,
  evaluateCheck,
  type LessonCheck,
  type LessonLiveState,
} from '../../../src/project';

const epoch = (n: number, valLoss: number | null, valAccuracy?: number) => ({
  epoch: n,
  trainLoss: 0.5,
  valLoss,
  ...(valAccuracy === undefined ? {} : { valAccuracy }),
});

function state(over: Partial<LessonLiveState> = {}): LessonLiveState {
  return {
    graph: {
      nodes: [
        { id: 'in', type: 'input', params: {} },
        { id: 'h1', type: 'dense', params: { units: 3, activation: 'tanh' } },
        { id: 'out', type: 'output', params: { activation: 'sigmoid', loss: 'binaryCrossEntropy' } },
      ],
    },
    dataset: { kind: 'circle' },
    training: { optimizer: 'adam', learningRate: 0.01, batchSize: 16, epochs: 50 },
    runs: [],
    ...over,
  };
}

const holds = (check: LessonCheck, s = state()) => evaluateCheck(check, s);

describe('evaluateCheck', () => {
  it('reads metrics from the newest run only, and never holds before a run', () => {
    const check: LessonCheck = { metric: 'valAccuracy', op: '>=', value: 0.95 };
    expect(holds(check)).toBe(false);
    const good = { end: 'completed', history: [epoch(1, 0.6, 0.7), epoch(2, 0.2, 0.97)] };
    const bad = { end: 'completed', history: [epoch(1, 0.6, 0.5)] };
    expect(holds(check, state({ runs: [bad, good] }))).toBe(true);
    expect(holds(check, state({ runs: [good, bad] }))).toBe(false);
    expect(holds({ metric: 'epochs', op: '==', value: 2 }, state({ runs: [good] }))).toBe(true);
    expect(holds({ metric: 'bestValLoss', op: '<', value: 0.3 }, state({ runs: [good] }))).toBe(true);
  });

  it('counts hidden units and layers of the document as edited', () => {
    expect(holds({ hiddenUnitsAtMost: 4 })).toBe(true);
    expect(holds({ hiddenUnitsAtMost: 2 })).toBe(false);
    const wide = state();
    wide.graph = {
      nodes: [...wide.graph.nodes, { id: 'h2', type: 'dense', params: { units: 5, activation: 'relu' } }],
    };
    expect(holds({ hiddenUnitsAtLeast: 8 }, wide)).toBe(true);
    expect(holds({ hiddenLayersAtLeast: 2 }, wide)).toBe(true);
    expect(holds({ hiddenLayersAtMost: 1 }, wide)).toBe(false);
    expect(holds({ activation: 'tanh' }, wide)).toBe(false);
    expect(holds({ activation: 'relu', node: 'h2' }, wide)).toBe(true);
    expect(holds({ activation: 'relu', node: 'missing' }, wide)).toBe(false);
  });

  it('reads settings, node kinds, divergence and combinators', () => {
    const diverged = state({ runs: [{ end: 'diverged', history: [epoch(1, null)] }] });
    expect(holds({ diverged: true }, diverged)).toBe(true);
    expect(holds({ diverged: false }, diverged)).toBe(false);
    expect(holds({ diverged: true })).toBe(false);
    expect(holds({ setting: 'learningRate', op: '<=', value: 0.01 })).toBe(true);
    expect(holds({ setting: 'l2', op: '>', value: 0 })).toBe(false);
    expect(holds({ optimizer: 'sgd' })).toBe(false);
    expect(holds({ loss: 'binaryCrossEntropy' })).toBe(true);
    expect(holds({ loss: 'mse' })).toBe(false);
    expect(holds({ dataset: 'circle' })).toBe(true);
    expect(holds({ dataset: 'sine' })).toBe(false);
    expect(holds({ hasNode: 'dropout' })).toBe(false);
    expect(holds({ earlyStopping: false })).toBe(true);
    expect(holds({ runsAtLeast: 1 }, diverged)).toBe(true);
    expect(holds({ all: [{ optimizer: 'adam' }, { hasNode: 'dense' }] })).toBe(true);
    expect(holds({ all: [{ optimizer: 'adam' }, { hasNode: 'dropout' }] })).toBe(false);
    expect(holds({ any: [{ optimizer: 'sgd' }, { hasNode: 'dense' }] })).toBe(true);
    expect(holds({ not: { optimizer: 'adam' } })).toBe(false);
    expect(holds({ stepThrough: 'forward' })).toBe(false);
    const stepping = (phase: 'forward' | 'loss' | 'backward' | 'update' | null, applied = false) =>
      state({ stepThrough: { phase, applied } });
    expect(holds({ stepThrough: 'backward' }, stepping('loss'))).toBe(false);
    expect(holds({ stepThrough: 'backward' }, stepping('backward'))).toBe(true);
    expect(holds({ stepThrough: 'backward' }, stepping('update'))).toBe(true);
    expect(holds({ stepThrough: 'forward' }, stepping(null))).toBe(false);
    expect(holds({ updateApplied: true }, stepping('update'))).toBe(false);
    expect(holds({ updateApplied: true }, stepping('update', true))).toBe(true);
    expect(holds({ neuronsShown: true })).toBe(false);
    expect(holds({ neuronsShown: true }, state({ neuronsShown: ['h1'] }))).toBe(true);
    expect(holds({ neuronsShown: true, node: 'out' }, state({ neuronsShown: ['h1'] }))).toBe(false);
    expect(holds({ neuronsShown: true, node: 'out' }, state({ neuronsShown: ['h1', 'out'] }))).toBe(true);
  });

  it('ticks the chosen epoch when it is where validation loss is lowest, within the tolerance', () => {
    const run = {
      end: 'completed',
      history: [epoch(1, 0.5), epoch(2, 0.3), epoch(3, 0.25), epoch(4, null), epoch(5, 0.4)],
    };
    expect(bestValidationEpoch(run)).toBe(3);
    const check: LessonCheck = { bestValEpochChosen: true, within: 1 };
    expect(holds(check, state({ runs: [run], answer: 4 }))).toBe(true);
    expect(holds(check, state({ runs: [run], answer: 5 }))).toBe(false);
    expect(holds({ bestValEpochChosen: true }, state({ runs: [run], answer: 2 }))).toBe(false);
    expect(holds(check, state({ runs: [run] }))).toBe(false);
  });
});

describe('checkReferences', () => {
  const context = { nodeIds: new Set(['in', 'h1', 'out']), task: 'regression' as const, asksAnswer: false };
  it('names an accuracy on a regression, a missing node and an unasked answer, inside combinators too', () => {
    expect(
      checkReferences(
        { all: [{ metric: 'valAccuracy', op: '>=', value: 0.9 }, { not: { activation: 'relu', node: 'h9' } }] },
        context,
      ),
    ).toEqual([
      'the metric "valAccuracy" exists only for classification, and this dataset is a regression',
      'there is no node "h9" in the lesson\'s graph',
    ]);
    expect(checkReferences({ bestValEpochChosen: true }, context)[0]).toContain('does not ask for one');
    expect(checkReferences({ neuronsShown: true, node: 'h7' }, context)).toEqual([
      'there is no node "h7" in the lesson\'s graph',
    ]);
    expect(checkReferences({ metric: 'valLoss', op: '<', value: 0.1 }, context)).toEqual([]);
  });
});
