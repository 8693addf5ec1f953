/**
 * Whole models on the WebAssembly SIMD kernels: gradient checks, agreement with the TypeScript path over a
 * short training run, bit-identical repeats on each path, and the fallback when no module is given.
 */
import { describe, expect, it } from 'vitest';
import { loadKernelModule } from '../../../src/cli/kernel-file';
import { compile } from '../../../src/engine/compile';
import { wasmSimdSupported } from '../../../src/engine/kernels';
import { createModel } from '../../../src/engine/model';
import { createOptimizer } from '../../../src/engine/optim';
import { Rng } from '../../../src/engine/rng';
import type { DataShape, Graph, OptimizerName } from '../../../src/engine/types';
import { batchFor, buildModel, gradCheck, ReplayRandom } from './gradcheck';
import { binary2d, chain, dense, fanOutDag, input, output, regression1d, threeClasses } from './graphs';

const wasm = loadKernelModule();
const wide: DataShape = { features: 100, task: 'classification', classes: 10 };

/** Rows of 100 features, 80 % zeros (as MNIST), so the first layer takes the sparse path. */
function sparseBatch(rows: number, seed: number): { x: Float32Array; y: Float32Array } {
  const rng = new Rng(seed);
  const x = Float32Array.from({ length: rows * 100 }, () => (rng.next() < 0.2 ? rng.next() : 0));
  const y = Float32Array.from({ length: rows }, (_, i) => i % 10);
  return { x, y };
}

const dag = fanOutDag('relu');

describe.runIf(wasmSimdSupported())('models on the WebAssembly SIMD kernels', () => {
  it('are built on them when the module is given, with every buffer in one memory', () => {
    expect(wasm, 'wasm/build/kernels.wasm is missing: run npm run build:wasm').not.toBeNull();
    const model = buildModel(chain([input(), dense('h', 6, 'relu'), output()]), binary2d, 8, 0, 3, wasm);
    expect(model.kernels.path).toBe('wasm-simd');
    expect(model.params.buffer).toBe(model.grads.buffer);
    expect(buildModel(chain([input(), dense('h', 6, 'relu'), output()]), binary2d).kernels.path).toBe('typescript');
  });

  for (const a of ['linear', 'sigmoid', 'tanh', 'relu', 'leakyRelu', 'elu', 'gelu']) {
    it(`pass the gradient check with ${a} hidden layers`, () => {
      const g = chain([input(), dense('h1', 6, a), dense('h2', 5, a), output('softmax', 'crossEntropy')]);
      const { x, y } = batchFor(threeClasses, 7);
      // Every parameter within the check's tolerance (rtol 1e-2, atol 2e-4), as on the TypeScript path.
      gradCheck(buildModel(g, threeClasses, 8, 0, 3, wasm), x, y, 7);
    });
  }

  it('pass the gradient check for each loss, L2 and a DAG with fan-out, add, concat and dropout', () => {
    for (const [activation, loss, shape] of [
      ['linear', 'mse', { ...regression1d, features: 3, targets: 2 }],
      ['sigmoid', 'binaryCrossEntropy', binary2d],
      ['softmax', 'crossEntropy', threeClasses],
    ] as Array<[string, string, DataShape]>) {
      const model = buildModel(chain([input(), dense('h', 5, 'tanh'), output(activation, loss)]), shape, 8, 0, 3, wasm);
      const { x, y } = batchFor(shape, 6);
      gradCheck(model, x, y, 6);
    }
    const shape: DataShape = { ...regression1d, features: 3 };
    const model = buildModel(dag, shape, 8, 0, 3, wasm);
    const { x, y } = batchFor(shape, 6);
    gradCheck(model, x, y, 6, { random: new ReplayRandom(9) });
  });

  it('pass the gradient check on the sparse first-layer path', () => {
    const g = chain([input(), dense('h', 9, 'relu'), output('softmax', 'crossEntropy')]);
    const model = buildModel(g, wide, 6, 0, 3, wasm);
    const { x, y } = sparseBatch(6, 4);
    gradCheck(model, x, y, 6);
  });
});

/** Losses of `steps` batches trained with `optimizer`, and the final parameters. */
function train(
  graph: Graph,
  shape: DataShape,
  optimizer: OptimizerName,
  module: WebAssembly.Module | null,
  steps = 25,
): { losses: number[]; params: Float32Array; path: string } {
  const plan = compile(graph, shape).plan!;
  const model = createModel(plan, { maxBatch: 32, seed: 8, wasm: module });
  const opt = createOptimizer(optimizer, model.params.length, {}, model.kernels);
  const losses: number[] = [];
  for (let s = 0; s < steps; s++) {
    const { x, y } = shape === wide ? sparseBatch(32, s) : batchFor(shape, 32, s);
    losses.push(model.computeGradients(x, y, 32, new ReplayRandom(s)));
    opt.step(model.params, model.grads, 0.01);
  }
  return { losses, params: model.params.slice(), path: model.kernels.path };
}

const RUNS: Array<[string, Graph, DataShape, OptimizerName]> = [
  [
    'a ReLU MLP with Adam on a sparse 100-wide input',
    chain([input(), dense('h1', 48, 'relu'), dense('h2', 20, 'relu'), output('softmax', 'crossEntropy')]),
    wide,
    'adam',
  ],
  ['a tanh network with SGD', chain([input(), dense('h', 13, 'tanh'), output()]), binary2d, 'sgd'],
  ['a DAG with dropout and RMSprop', dag, { ...regression1d, features: 3 }, 'rmsprop'],
  [
    'momentum and AdaGrad networks',
    chain([input(), dense('h', 17, 'leakyRelu'), output('softmax', 'crossEntropy')]),
    threeClasses,
    'momentum',
  ],
  [
    'an AdaGrad network',
    chain([input(), dense('h', 17, 'elu'), output('softmax', 'crossEntropy')]),
    threeClasses,
    'adagrad',
  ],
];

describe.runIf(wasmSimdSupported())('the WebAssembly and TypeScript paths', () => {
  for (const [name, graph, shape, optimizer] of RUNS) {
    it(`give the same losses to 1e-5 relative over 25 batches: ${name}`, () => {
      const ts = train(graph, shape, optimizer, null);
      const simd = train(graph, shape, optimizer, wasm);
      expect([ts.path, simd.path]).toEqual(['typescript', 'wasm-simd']);
      for (let s = 0; s < ts.losses.length; s++) {
        const rel = Math.abs(simd.losses[s] - ts.losses[s]) / Math.abs(ts.losses[s]);
        if (!(rel <= 1e-5))
          expect.fail(`batch ${s}: ${simd.losses[s]} against ${ts.losses[s]} (${rel.toExponential(2)})`);
      }
    });

    it(`are each bit-identical run to run: ${name}`, () => {
      for (const module of [null, wasm]) {
        const a = train(graph, shape, optimizer, module, 10);
        const b = train(graph, shape, optimizer, module, 10);
        expect(b.losses).toEqual(a.losses);
        expect(Buffer.from(b.params.buffer).equals(Buffer.from(a.params.buffer))).toBe(true);
      }
    });
  }
});
