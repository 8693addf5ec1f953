import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/engine/compile';
import {
  activationsForSample,
  gridValueKind,
  parameterStats,
  predictBatch,
  predictGrid,
  summarize,
  unitStats,
} from '../../../src/engine/inspect';
import { createModel } from '../../../src/engine/model';
import type { DataShape, Model } from '../../../src/engine/types';
import { mlp } from './networks';

const binary: DataShape = { features: 2, task: 'classification', classes: 2 };

function build(
  hidden: number[],
  activation: string,
  output: 'sigmoid' | 'softmax' | 'linear',
  shape: DataShape,
  maxBatch = 16,
): Model {
  const result = compile(mlp(hidden, activation, output), shape);
  if (!result.plan) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return createModel(result.plan, { maxBatch, seed: 5 });
}

describe('predictBatch', () => {
  it('predicts more rows than maxBatch in chunks, matching row-by-row forward passes', () => {
    const model = build([6], 'tanh', 'sigmoid', binary, 4);
    const rows = 11;
    const x = Float32Array.from({ length: rows * 2 }, (_, i) => Math.sin(i));
    const out = predictBatch(model, x, rows);
    expect(out).toHaveLength(rows);
    for (let r = 0; r < rows; r++) {
      expect(out[r]).toBe(model.forward(x.subarray(2 * r, 2 * r + 2), 1, false)[0]);
    }
    expect(() => predictBatch(model, x, 12)).toThrow(/needs 24/);
  });
});

describe('predictGrid', () => {
  it('lays cells out row by row from the bottom-left, at cell centres', () => {
    const model = build([4], 'tanh', 'sigmoid', binary, 8);
    const grid = predictGrid(model, [-2, 2], [0, 1], 4);
    expect(grid).toHaveLength(16);
    // Cell (i = 1, j = 2) is at x = −2 + 1.5·1 = −0.5, y = 0 + 2.5·0.25 = 0.625.
    const p = model.forward(new Float32Array([-0.5, 0.625]), 1, false)[0];
    expect(grid[2 * 4 + 1]).toBeCloseTo(p, 6);
    expect(gridValueKind(model)).toBe('probability');
  });

  it('gives argmax class indices for more than two classes and P(class 1) for two softmax units', () => {
    const three = build([4], 'relu', 'softmax', { features: 2, task: 'classification', classes: 3 }, 32);
    const grid = predictGrid(three, [-3, 3], [-3, 3], 10);
    expect(gridValueKind(three)).toBe('class');
    for (const v of grid) expect([0, 1, 2]).toContain(v);
    const probs = predictBatch(three, new Float32Array([-2.7, -2.7]), 1);
    expect(grid[0]).toBe(probs.indexOf(Math.max(...probs)));

    const two = build([4], 'relu', 'softmax', binary, 32);
    const g2 = predictGrid(two, [-1, 1], [-1, 1], 2);
    expect(g2[0]).toBeCloseTo(predictBatch(two, new Float32Array([-0.5, -0.5]), 1)[1], 6);
  });

  it('refuses a model without two inputs', () => {
    const model = build([4], 'tanh', 'softmax', { features: 4, task: 'classification', classes: 3 });
    expect(() => predictGrid(model, [0, 1], [0, 1], 10)).toThrow(/needs a model with 2 inputs, but this one has 4/);
  });

  it('computes a 100×100 grid of outputs in (0, 1) for a playground network, and reports the time', () => {
    const model = build([8, 8], 'tanh', 'sigmoid', binary, 256);
    const out = new Float32Array(100 * 100);
    predictGrid(model, [-6, 6], [-6, 6], 100, out); // warm-up (JIT)
    // CPU time rather than wall time: the test machine is shared, and waiting for a core is not our cost.
    const runs = 20;
    let fastestWallMs = Number.POSITIVE_INFINITY;
    const cpuStart = process.cpuUsage();
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      predictGrid(model, [-6, 6], [-6, 6], 100, out);
      fastestWallMs = Math.min(fastestWallMs, performance.now() - t0);
    }
    const cpu = process.cpuUsage(cpuStart);
    const cpuMs = (cpu.user + cpu.system) / 1000 / runs;
    console.log(
      `predictGrid 100×100, 2-8-8-1 tanh: ${cpuMs.toFixed(2)} ms CPU per grid, fastest wall time ${fastestWallMs.toFixed(2)} ms`,
    );
    expect(out.every((v) => v > 0 && v < 1)).toBe(true);
  });
});

describe('activations and statistics', () => {
  it('returns every layer’s activations for one sample, in plan order', () => {
    const model = build([3, 2], 'relu', 'sigmoid', binary);
    const layers = activationsForSample(model, new Float32Array([0.3, -0.7]));
    expect(layers.map((l) => [l.nodeId, l.values.length])).toEqual([
      ['in', 2],
      ['h1', 3],
      ['h2', 2],
      ['out', 1],
    ]);
    expect(Array.from(layers[0].values)).toEqual([Math.fround(0.3), Math.fround(-0.7)]);
    expect(layers[1].values.every((v) => v >= 0)).toBe(true);
    expect(layers[3].values[0]).toBe(predictBatch(model, new Float32Array([0.3, -0.7]), 1)[0]);
  });

  it('summarizes parameters and gradients per layer', () => {
    expect(summarize([1, 2, 3, 4])).toEqual({ mean: 2.5, std: Math.sqrt(1.25), min: 1, max: 4, norm: Math.sqrt(30) });
    const model = build([3], 'tanh', 'sigmoid', binary);
    model.computeGradients(new Float32Array([1, 2, -1, 0.5]), new Float32Array([1, 0]), 2);
    const stats = parameterStats(model);
    expect(stats.map((s) => s.nodeId)).toEqual(['h1', 'out']);
    const h1 = model.plan.nodes.h1;
    const expected = summarize(model.grads, h1.paramOffset, h1.paramOffset + h1.paramCount);
    expect(stats[0].grads).toEqual(expected);
    expect(stats[0].grads.norm).toBeGreaterThan(0);
    expect(stats[0].params.std).toBeGreaterThan(0);
  });

  it('counts dead ReLUs and saturated tanh units', () => {
    const model = build([4], 'relu', 'sigmoid', binary);
    const weights = model.getWeights();
    // Two of the four hidden units get a bias of −100: no input in [−1, 1] can switch them on.
    weights.h1.bias!.data.set([-100, -100, 0.5, 0.5]);
    weights.h1.kernel.data.fill(0.1);
    model.setWeights(weights);
    const x = Float32Array.from({ length: 20 }, (_, i) => ((i * 7) % 11) / 5.5 - 1);
    const relu = unitStats(model, x, 10);
    expect(relu[0]).toMatchObject({ nodeId: 'h1', activation: 'relu', units: 4, deadShare: 0.5 });
    expect(relu[1]).toMatchObject({ nodeId: 'out', activation: 'sigmoid' });

    const tanh = build([4], 'tanh', 'sigmoid', binary);
    const w = tanh.getWeights();
    w.h1.kernel.data.fill(50); // |z| ≥ 50·|x₀ + x₁| saturates tanh except where x₀ + x₁ ≈ 0
    tanh.setWeights(w);
    const rows = new Float32Array([1, 1, -1, -0.5, 0.5, 0.2, 0.01, -0.01]);
    const stats = unitStats(tanh, rows, 4);
    // The first three rows saturate all four units; the last row (x₀ + x₁ = 0) saturates none.
    expect(stats[0].saturatedShare).toBeCloseTo(0.75, 6);
  });
});
