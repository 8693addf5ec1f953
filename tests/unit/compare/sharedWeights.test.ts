import { describe, expect, it } from 'vitest';
import type { WeightsByNode } from '../../../src/engine';
import { makeVariants } from '../../../src/renderer/features/compare/makeVariants';
import {
  mergeInitialWeights,
  seededWeights,
  shapesMatch,
  sharedInitialWeights,
} from '../../../src/renderer/features/compare/sharedWeights';
import { SHAPE, SOURCE } from './fixtures';

const tensor = (shape: number[], fill: number) => ({
  shape,
  data: new Float32Array(shape.reduce((a, b) => a * b, 1)).fill(fill),
});

describe('shared initial weights', () => {
  it('matches layers by kernel and bias shape', () => {
    const a = { kernel: tensor([2, 3], 1), bias: tensor([3], 0) };
    expect(shapesMatch(a, { kernel: tensor([2, 3], 5), bias: tensor([3], 5) })).toBe(true);
    expect(shapesMatch(a, { kernel: tensor([3, 2], 5), bias: tensor([2], 5) })).toBe(false);
    expect(shapesMatch(a, { kernel: tensor([2, 3], 5) })).toBe(false);
    expect(shapesMatch(undefined, a)).toBe(false);
  });

  it('takes the base weights where shapes match and keeps the seeded ones elsewhere', () => {
    const base: WeightsByNode = {
      a: { kernel: tensor([2, 4], 1), bias: tensor([4], 1) },
      b: { kernel: tensor([4, 1], 1), bias: tensor([1], 1) },
    };
    const own: WeightsByNode = {
      a: { kernel: tensor([2, 8], 2), bias: tensor([8], 2) },
      b: { kernel: tensor([8, 1], 2), bias: tensor([1], 2) },
      c: { kernel: tensor([1, 1], 2) },
    };
    const merged = mergeInitialWeights(base, { a: base.a, b: own.b, c: own.c });
    expect(merged.shared).toEqual(['a']);
    expect(merged.seeded).toEqual(['b', 'c']);
    expect(merged.weights?.a.kernel.data[0]).toBe(1);
    expect(merged.weights?.b.kernel.data[0]).toBe(2);
    // Nothing shared: no weights are sent, the worker seeds them itself.
    expect(mergeInitialWeights(base, own)).toEqual({ shared: [], seeded: ['a', 'b', 'c'] });
  });

  it('gives activation variants exactly the base network’s initial weights, although He and Glorot init differ', () => {
    const variants = makeVariants(SOURCE, { kind: 'activation' }, ['tanh', 'relu']);
    const base = seededWeights(SOURCE.graph, SHAPE, SOURCE.training, 'base');
    const ownRelu = seededWeights(variants[1].graph, SHAPE, variants[1].training, 'relu');
    expect(Array.from(ownRelu.h1.kernel.data)).not.toEqual(Array.from(base.h1.kernel.data));
    const initial = sharedInitialWeights(SOURCE, variants, SHAPE);
    for (const i of initial) {
      expect(i.seeded).toEqual([]);
      expect(i.shared.sort()).toEqual(['h1', 'h2', 'out']);
      for (const id of ['h1', 'h2', 'out'])
        expect(Array.from(i.weights![id].kernel.data)).toEqual(Array.from(base[id].kernel.data));
    }
  });

  it('falls back to the seeded init only for layers whose shapes change', () => {
    const units = sharedInitialWeights(SOURCE, makeVariants(SOURCE, { kind: 'units', nodeId: 'h1' }, [8, 3]), SHAPE);
    expect(units[0].seeded).toEqual([]);
    expect(units[1].seeded.sort()).toEqual(['h1', 'h2']);
    expect(units[1].shared).toEqual(['out']);
    const depth = sharedInitialWeights(SOURCE, makeVariants(SOURCE, { kind: 'hiddenLayers' }, [2, 3]), SHAPE);
    expect(depth[1].seeded).toEqual(['h2-copy-1']);
    expect(depth[1].shared.sort()).toEqual(['h1', 'h2', 'out']);
  });
});
