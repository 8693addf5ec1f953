import { describe, expect, it } from 'vitest';
import type { DataShape, Graph } from '../../../src/engine/types';
import { batchFor, buildModel, gradCheck, ReplayRandom } from './gradcheck';
import {
  act,
  add,
  binary2d,
  chain,
  concat,
  dense,
  dropout,
  edges,
  fanOutDag,
  input,
  output,
  regression1d,
  threeClasses,
} from './graphs';

const HIDDEN = ['linear', 'sigmoid', 'tanh', 'relu', 'leakyRelu', 'elu', 'gelu'];

describe('gradient check: activations', () => {
  for (const a of HIDDEN) {
    it(`${a} in a dense layer and as an activation layer`, () => {
      const g = chain([
        input(),
        dense('h1', 6, a),
        dense('h2', 5, 'linear'),
        act('act', a),
        output('softmax', 'crossEntropy'),
      ]);
      const model = buildModel(g, threeClasses);
      const { x, y } = batchFor(threeClasses, 7);
      const worst = gradCheck(model, x, y, 7);
      expect(worst).toBeLessThan(1e-2);
    });
  }
});

describe('gradient check: losses', () => {
  const cases: Array<[string, string, string, DataShape]> = [
    ['mse, 2 targets', 'linear', 'mse', { ...regression1d, features: 3, targets: 2 }],
    ['binary cross-entropy', 'sigmoid', 'binaryCrossEntropy', binary2d],
    ['cross-entropy, 2 classes', 'softmax', 'crossEntropy', binary2d],
    ['cross-entropy, 3 classes', 'softmax', 'crossEntropy', threeClasses],
    ['mse on 2 classes through one sigmoid unit', 'sigmoid', 'mse', binary2d],
    ['mse on 3 classes through sigmoid units', 'sigmoid', 'mse', threeClasses],
    ['mse on one-hot targets through softmax', 'softmax', 'mse', threeClasses],
    ['mse on one-hot targets through a linear output', 'linear', 'mse', threeClasses],
  ];
  for (const [name, activation, loss, shape] of cases) {
    it(name, () => {
      const model = buildModel(chain([input(), dense('h', 5, 'tanh'), output(activation, loss)]), shape);
      const { x, y } = batchFor(shape, 6);
      gradCheck(model, x, y, 6);
    });
  }
});

describe('gradient check: layers', () => {
  it('dense without bias, with L2 (Keras convention: l2·Σw² on kernels only)', () => {
    const g = chain([input(), dense('h', 4, 'tanh', { useBias: false, l2: 0.05 }), output()]);
    const model = buildModel(g, binary2d, 8, 0.01);
    const { x, y } = batchFor(binary2d, 5);
    // Kernels: h [2,4] at 0 (l2 0.06 total), out [4,1] at 8 (l2 0.01), out's bias at 12 is not penalised.
    const penalty = (p: Float32Array): number => {
      let a = 0;
      for (let i = 0; i < 8; i++) a += p[i] * p[i];
      let b = 0;
      for (let i = 8; i < 12; i++) b += p[i] * p[i];
      return 0.06 * a + 0.01 * b;
    };
    expect(model.params.length).toBe(13);
    gradCheck(model, x, y, 5, { penalty });
  });

  it('dropout with a fixed mask', () => {
    const g = chain([
      input(),
      dense('h1', 8, 'relu'),
      dropout('d', 0.4),
      dense('h2', 6, 'tanh'),
      output('softmax', 'crossEntropy'),
    ]);
    const model = buildModel(g, threeClasses);
    const { x, y } = batchFor(threeClasses, 6);
    const random = new ReplayRandom(5);
    model.computeGradients(x, y, 6, random.reset());
    const d = model.activationsOf('d');
    const h1 = model.activationsOf('h1');
    let dropped = 0;
    for (let i = 0; i < d.length; i++) {
      if (d[i] === 0 && h1[i] !== 0) dropped++;
      else expect(d[i]).toBeCloseTo(h1[i] / 0.6, 5);
    }
    expect(dropped).toBeGreaterThan(5);
    gradCheck(model, x, y, 6, { random });
  });

  it('add and concat', () => {
    const g: Graph = {
      nodes: [
        input(),
        dense('a', 4, 'tanh'),
        dense('b', 4, 'elu'),
        add('sum'),
        dense('c', 3, 'sigmoid'),
        concat('cat'),
        output('softmax', 'crossEntropy'),
      ],
      edges: edges('in>a', 'in>b', 'a>sum', 'b>sum', 'in>c', 'sum>cat', 'c>cat', 'cat>out'),
    };
    const model = buildModel(g, threeClasses);
    const { x, y } = batchFor(threeClasses, 6);
    gradCheck(model, x, y, 6);
  });

  it('a whole DAG: fan-out, add of a skip connection, concat, activation and dropout layers', () => {
    // h1 feeds three consumers, so its delta is a sum of three contributions.
    const g = fanOutDag('leakyRelu');
    const shape: DataShape = { ...regression1d, features: 3, targets: 2 };
    const model = buildModel(g, shape);
    const { x, y } = batchFor(shape, 7);
    const worst = gradCheck(model, x, y, 7, { random: new ReplayRandom(9) });
    console.log(
      `DAG gradient check: ${model.params.length} parameters, worst relative error ${worst.toExponential(2)}`,
    );
  });
});
