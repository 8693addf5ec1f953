import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/engine';
import { hiddenLayerCount, lastHiddenLayer, withHiddenLayers } from '../../../src/renderer/features/compare/depth';
import { CompareError, makeVariants } from '../../../src/renderer/features/compare/makeVariants';
import { GRAPH, SHAPE, SOURCE, TRAINING } from './fixtures';

const activationOf = (graph: typeof GRAPH, id: string) => graph.nodes.find((n) => n.id === id)?.params.activation;
const chain = (graph: typeof GRAPH) => {
  const ids = ['in'];
  for (;;) {
    const next = graph.edges.find((e) => e.source === ids[ids.length - 1]);
    if (!next) return ids;
    ids.push(next.target);
  }
};

describe('makeVariants', () => {
  it('sets the activation of every hidden layer, one variant per value, and leaves the rest alone', () => {
    const variants = makeVariants(SOURCE, { kind: 'activation' }, ['sigmoid', 'tanh', 'relu', 'leakyRelu']);
    expect(variants.map((v) => v.label)).toEqual(['sigmoid', 'tanh', 'ReLU', 'Leaky ReLU']);
    for (const v of variants) {
      expect(activationOf(v.graph, 'h1')).toBe(v.value);
      expect(activationOf(v.graph, 'h2')).toBe(v.value);
      expect(activationOf(v.graph, 'out')).toBe('sigmoid');
      expect(v.training).toEqual(TRAINING);
      expect(v.graph.edges).toEqual(GRAPH.edges);
    }
    // Pure: the source graph is untouched.
    expect(activationOf(GRAPH, 'h1')).toBe('tanh');
  });

  it('changes one layer when the activation names a node', () => {
    const [a, b] = makeVariants(SOURCE, { kind: 'activation', nodeId: 'h2' }, ['relu', 'elu']);
    expect([activationOf(a.graph, 'h1'), activationOf(a.graph, 'h2')]).toEqual(['tanh', 'relu']);
    expect(activationOf(b.graph, 'h2')).toBe('elu');
  });

  it('varies the optimizer and the learning rate in the training settings only', () => {
    const opt = makeVariants(SOURCE, { kind: 'optimizer' }, ['sgd', 'adam', 'rmsprop']);
    expect(opt.map((v) => v.training.optimizer)).toEqual(['sgd', 'adam', 'rmsprop']);
    expect(opt.map((v) => v.label)).toEqual(['SGD', 'Adam', 'RMSprop']);
    expect(opt.every((v) => v.graph === GRAPH && v.training.seed === TRAINING.seed)).toBe(true);
    const lr = makeVariants(SOURCE, { kind: 'learningRate' }, [0.001, 0.1]);
    expect(lr.map((v) => v.training.learningRate)).toEqual([0.001, 0.1]);
    expect(lr.map((v) => v.training.optimizer)).toEqual(['adam', 'adam']);
  });

  it('sets the units of one dense layer', () => {
    const variants = makeVariants(SOURCE, { kind: 'units', nodeId: 'h1' }, [2, 32]);
    expect(variants.map((v) => v.graph.nodes.find((n) => n.id === 'h1')?.params.units)).toEqual([2, 32]);
    expect(variants[0].graph.nodes.find((n) => n.id === 'h2')?.params.units).toBe(6);
  });

  it('changes depth by repeating or removing the last hidden layer, and every variant compiles', () => {
    const variants = makeVariants(SOURCE, { kind: 'hiddenLayers' }, [0, 1, 2, 4]);
    expect(variants.map((v) => hiddenLayerCount(v.graph))).toEqual([0, 1, 2, 4]);
    expect(chain(variants[0].graph)).toEqual(['in', 'out']);
    expect(chain(variants[1].graph)).toEqual(['in', 'h1', 'out']);
    expect(chain(variants[2].graph)).toEqual(['in', 'h1', 'h2', 'out']);
    expect(chain(variants[3].graph)).toEqual(['in', 'h1', 'h2', 'h2-copy-1', 'h2-copy-2', 'out']);
    const copy = variants[3].graph.nodes.find((n) => n.id === 'h2-copy-2')!;
    expect(copy.params).toEqual({ units: 6, activation: 'tanh' });
    for (const v of variants)
      expect(compile(v.graph, SHAPE).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('finds the last hidden layer through dropout and refuses a merge before the output', () => {
    const withDropout = {
      nodes: [...GRAPH.nodes, { id: 'd', type: 'dropout' as const, params: { rate: 0.2 } }],
      edges: [
        ...GRAPH.edges.filter((e) => e.id !== 'e3'),
        { id: 'e4', source: 'h2', target: 'd' },
        { id: 'e5', source: 'd', target: 'out' },
      ],
    };
    expect(lastHiddenLayer(withDropout)?.id).toBe('h2');
    const fewer = withHiddenLayers(withDropout, 1);
    expect(fewer.edges.some((e) => e.source === 'h1' && e.target === 'd')).toBe(true);
    const merged = { nodes: GRAPH.nodes, edges: [...GRAPH.edges, { id: 'e9', source: 'h1', target: 'out' }] };
    expect(() => withHiddenLayers(merged, 3)).toThrow(/2 inputs/);
  });

  it('refuses too few, too many, repeated or invalid values and missing layers, with sentences', () => {
    expect(() => makeVariants(SOURCE, { kind: 'activation' }, ['relu'])).toThrow(/Choose 2 to 6 values/);
    expect(() => makeVariants(SOURCE, { kind: 'learningRate' }, [1, 2, 3, 4, 5, 6, 7])).toThrow(CompareError);
    expect(() => makeVariants(SOURCE, { kind: 'activation' }, ['relu', 'relu'])).toThrow(/chosen twice/);
    expect(() => makeVariants(SOURCE, { kind: 'activation' }, ['relu', 'softmax'])).toThrow(/hidden-layer activation/);
    expect(() => makeVariants(SOURCE, { kind: 'learningRate' }, [0.1, -1])).toThrow(/greater than 0/);
    expect(() => makeVariants(SOURCE, { kind: 'units', nodeId: 'h1' }, [2, 2.5])).toThrow(/whole number/);
    expect(() => makeVariants(SOURCE, { kind: 'units', nodeId: 'gone' }, [2, 4])).toThrow(/no longer in the network/);
    expect(() => makeVariants(SOURCE, { kind: 'units', nodeId: 'out' }, [2, 4])).toThrow(
      /output layer, which has no units/,
    );
  });
});

describe('makeVariants: loss, regularization and batch size', () => {
  const paramsOf = (graph: typeof GRAPH, id: string) => graph.nodes.find((n) => n.id === id)?.params;

  it('varies the loss with the output activation that goes with it, and each variant compiles', () => {
    const variants = makeVariants(SOURCE, { kind: 'loss' }, ['binaryCrossEntropy', 'mse', 'crossEntropy']);
    expect(variants.map((v) => v.label)).toEqual(['binary cross-entropy', 'mean squared error', 'cross-entropy']);
    expect(variants.map((v) => paramsOf(v.graph, 'out'))).toEqual([
      { activation: 'sigmoid', loss: 'binaryCrossEntropy' },
      { activation: 'sigmoid', loss: 'mse' },
      { activation: 'softmax', loss: 'crossEntropy' },
    ]);
    for (const v of variants) expect(compile(v.graph, SHAPE).plan, v.label).not.toBeNull();
    // Mean squared error on classes trains with a warning only.
    expect(compile(variants[1].graph, SHAPE).problems.map((p) => p.code)).toEqual(['loss-unusual']);
  });

  it('varies l2 of every dense layer or one, and the batch size', () => {
    const all = makeVariants(SOURCE, { kind: 'l2' }, [0, 0.01]);
    expect(all.map((v) => [paramsOf(v.graph, 'h1')?.l2, paramsOf(v.graph, 'h2')?.l2])).toEqual([
      [0, 0],
      [0.01, 0.01],
    ]);
    const one = makeVariants(SOURCE, { kind: 'l2', nodeId: 'h2' }, [0, 0.5]);
    expect(one.map((v) => [paramsOf(v.graph, 'h1')?.l2, paramsOf(v.graph, 'h2')?.l2])).toEqual([
      [undefined, 0],
      [undefined, 0.5],
    ]);
    const batches = makeVariants(SOURCE, { kind: 'batchSize' }, [8, 64]);
    expect(batches.map((v) => [v.label, v.training.batchSize])).toEqual([
      ['batch 8', 8],
      ['batch 64', 64],
    ]);
    expect(() => makeVariants(SOURCE, { kind: 'batchSize' }, [8, 0])).toThrow(/not a batch size/);
  });

  it('varies the rate of a dropout layer and refuses a layer that is not one', () => {
    expect(() => makeVariants(SOURCE, { kind: 'dropoutRate', nodeId: 'h1' }, [0, 0.5])).toThrow(
      /is a dense layer, which has no rate: choose a dropout layer/,
    );
    const withDropout = {
      ...SOURCE,
      graph: {
        nodes: [...GRAPH.nodes, { id: 'd', type: 'dropout' as const, params: { rate: 0.1 } }],
        edges: GRAPH.edges,
      },
    };
    const variants = makeVariants(withDropout, { kind: 'dropoutRate', nodeId: 'd' }, [0, 0.5]);
    expect(variants.map((v) => [v.label, paramsOf(v.graph, 'd')?.rate])).toEqual([
      ['dropout 0', 0],
      ['dropout 0.5', 0.5],
    ]);
  });
});
