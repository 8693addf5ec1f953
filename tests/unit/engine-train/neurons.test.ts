import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/engine/compile';
import { createModel } from '../../../src/engine/model';
import {
  MAX_UNITS_SHOWN,
  MAX_WINDOW_UNITS,
  neuronBuffers,
  neuronPictures,
  neuronPicturesAndWindow,
} from '../../../src/engine/neurons';
import type { DataShape, Graph, Model, WeightsByNode } from '../../../src/engine/types';
import { act, binary2d, chain, dense, input, output, regression1d } from '../engine-model/graphs';

function build(graph: Graph, shape: DataShape, maxBatch = 3, seed = 1): Model {
  const result = compile(graph, shape);
  if (!result.plan) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return createModel(result.plan, { maxBatch, seed });
}

const t = (shape: number[], values: number[]) => ({ shape, data: Float32Array.from(values) });

/** in → h (2 units, tanh) → r (ReLU) → out (sigmoid), with these weights (kernel [inputs, units]). */
const known: WeightsByNode = {
  h: { kernel: t([2, 2], [1.5, -0.5, 0.25, 2]), bias: t([2], [0.1, -0.3]) },
  out: { kernel: t([2, 1], [0.7, -1.2]), bias: t([1], [0.05]) },
};

function knownModel(): Model {
  const model = build(chain([input(), dense('h', 2, 'tanh'), act('r', 'relu'), output()]), binary2d);
  model.setWeights(known);
  return model;
}

describe('neuronPictures over the plane', () => {
  it("gives each unit's activation at every grid cell centre, as worked out by hand", () => {
    const model = knownModel();
    // Resolution 2 over [-1, 1]²: cell centres (−0.5, −0.5), (0.5, −0.5), (−0.5, 0.5), (0.5, 0.5).
    const cells = [
      [-0.5, -0.5],
      [0.5, -0.5],
      [-0.5, 0.5],
      [0.5, 0.5],
    ];
    const pictures = neuronPictures(model, ['out', 'r', 'h', 'in'], {
      kind: 'plane',
      xRange: [-1, 1],
      yRange: [-1, 1],
      resolution: 2,
    });
    // In plan order; the input node has no activation and no picture.
    expect(pictures.map((p) => p.nodeId)).toEqual(['h', 'r', 'out']);
    const [h, r, out] = pictures;
    // h₁ = tanh(1.5·x + 0.25·y + 0.1), h₂ = tanh(−0.5·x + 2·y − 0.3)
    const h1 = cells.map(([x, y]) => Math.tanh(1.5 * x + 0.25 * y + 0.1));
    const h2 = cells.map(([x, y]) => Math.tanh(-0.5 * x + 2 * y - 0.3));
    expect(h.cells).toBe(4);
    expect(h.shown).toBe(2);
    expect(h.activation).toBe('tanh');
    [...h1, ...h2].forEach((v, i) => expect(h.values[i]).toBeCloseTo(v, 6));
    // r = relu(h), unit by unit.
    [...h1, ...h2].forEach((v, i) => expect(r.values[i]).toBeCloseTo(Math.max(0, v), 6));
    expect(r.weights).toBeUndefined();
    // out = σ(0.7·r₁ − 1.2·r₂ + 0.05)
    cells.forEach((_, c) => {
      const z = 0.7 * Math.max(0, h1[c]) - 1.2 * Math.max(0, h2[c]) + 0.05;
      expect(out.values[c]).toBeCloseTo(1 / (1 + Math.exp(-z)), 6);
    });
    expect(h.min).toBeCloseTo(Math.min(...h1, ...h2), 6);
    expect(h.max).toBeCloseTo(Math.max(...h1, ...h2), 6);
  });

  it("carries each unit's incoming weights and bias unit by unit, and no gradients", () => {
    const model = knownModel();
    model.computeGradients(new Float32Array([0.3, -0.2]), new Float32Array([1]), 1);
    const [h] = neuronPictures(model, ['h'], { kind: 'plane', xRange: [0, 1], yRange: [0, 1], resolution: 1 });
    const w = h.weights!;
    expect(w.inputs).toBe(2);
    expect(w.readsInput).toBe(true);
    // Unit 1 (a₁ = tanh(1.5·x₁ + 0.25·x₂ + 0.1)) then unit 2 (a₂ = tanh(−0.5·x₁ + 2·x₂ − 0.3)).
    expect(Array.from(w.kernel)).toEqual([1.5, 0.25, -0.5, 2]);
    expect(Array.from(w.bias).map((b) => +b.toFixed(6))).toEqual([0.1, -0.3]);
    // Gradients reach the UI one way only, through getGradients: none travel with the pictures.
    expect(Object.keys(w).sort()).toEqual(['bias', 'hasBias', 'inputs', 'kernel', 'readsInput']);
  });

  it('shows at most MAX_UNITS_SHOWN units of a wide layer and lists every array once for transfer', () => {
    const model = build(chain([input(), dense('h', 40, 'relu'), output()]), binary2d, 16);
    const pictures = neuronPictures(model, ['h', 'out'], {
      kind: 'plane',
      xRange: [-1, 1],
      yRange: [-1, 1],
      resolution: 5,
    });
    expect(pictures[0].units).toBe(40);
    expect(pictures[0].shown).toBe(MAX_UNITS_SHOWN);
    expect(pictures[0].values).toHaveLength(MAX_UNITS_SHOWN * 25);
    expect(neuronBuffers(pictures)).toHaveLength(2 * 3); // values, kernel and bias of each node
  });
});

describe('a window of units (the inspector list)', () => {
  const plane = { kind: 'plane', xRange: [-1, 1], yRange: [-1, 1], resolution: 4 } as const;

  it("pictures units past the canvas's 32 in the same pass, each as its own activation and weights", () => {
    const model = build(chain([input(), dense('h', 40, 'tanh'), output()]), binary2d, 16, 5);
    const { pictures, window } = neuronPicturesAndWindow(model, ['h'], plane, { nodeId: 'h', first: 30, count: 8 });
    const canvas = pictures[0];
    expect(canvas.first).toBe(0);
    expect(canvas.shown).toBe(MAX_UNITS_SHOWN);
    expect(window).not.toBeNull();
    expect(window!.first).toBe(30);
    expect(window!.shown).toBe(8);
    expect(window!.values).toHaveLength(8 * 16);
    // Units 30 and 31 are on the canvas too: the same numbers.
    for (const u of [30, 31])
      for (let c = 0; c < 16; c++) expect(window!.values[(u - 30) * 16 + c]).toBe(canvas.values[u * 16 + c]);
    // Unit 37 by hand: tanh(w₁·x + w₂·y + b) at the first cell centre (−0.75, −0.75).
    const off = model.plan.nodes.h.paramOffset;
    const [w1, w2, b] = [model.params[off + 37], model.params[off + 40 + 37], model.params[off + 80 + 37]];
    expect(window!.values[7 * 16]).toBeCloseTo(Math.tanh(-0.75 * w1 - 0.75 * w2 + b), 6);
    expect(Array.from(window!.weights!.kernel.subarray(14, 16))).toEqual([w1, w2]);
    expect(window!.weights!.bias[7]).toBe(b);
  });

  it("is cut to the node's width and MAX_WINDOW_UNITS, and null for a node without pictures", () => {
    const model = build(chain([input(), dense('h', 300, 'relu'), output()]), binary2d, 16);
    const end = neuronPicturesAndWindow(model, [], plane, { nodeId: 'h', first: 290, count: 48 });
    expect(end.pictures).toHaveLength(0);
    expect([end.window!.first, end.window!.shown]).toEqual([290, 10]);
    const wide = neuronPicturesAndWindow(model, [], plane, { nodeId: 'h', first: 0, count: 1000 });
    expect(wide.window!.shown).toBe(MAX_WINDOW_UNITS);
    expect(neuronPicturesAndWindow(model, [], plane, { nodeId: 'in', first: 0, count: 4 }).window).toBeNull();
  });
});

describe('neuronPictures along x (1-D regression)', () => {
  it('gives the output as the sum of the weighted hidden units plus the bias, within 1e-5', () => {
    const model = build(chain([input(), dense('h', 7, 'tanh'), output('linear', 'mse')]), regression1d, 16, 9);
    const x = Float32Array.from({ length: 50 }, (_, i) => -3 + (6 * i) / 49);
    const [h, out] = neuronPictures(model, ['h', 'out'], { kind: 'curve', x });
    expect(h.cells).toBe(50);
    const c = out.contributions!;
    expect(c.sourceId).toBe('h');
    expect(c.count).toBe(7);
    for (let i = 0; i < x.length; i++) {
      let total = c.bias;
      for (let j = 0; j < c.count; j++) total += c.values[j * x.length + i];
      expect(Math.abs(total - c.sum[i])).toBeLessThan(1e-5);
      expect(c.sum[i]).toBe(out.values[i]);
      // Each piece is the output weight times the hidden unit's curve.
      expect(c.values[2 * x.length + i]).toBeCloseTo(out.weights!.kernel[2] * h.values[2 * x.length + i], 6);
    }
  });

  it('has no contributions on a hidden node', () => {
    const model = build(chain([input(), dense('h', 3, 'tanh'), output('linear', 'mse')]), regression1d);
    const [h] = neuronPictures(model, ['h'], { kind: 'curve', x: new Float32Array([0, 1]) });
    expect(h.contributions).toBeUndefined();
  });
});

describe('neuronPictures per class', () => {
  it("gives each unit's mean activation over each class's rows", () => {
    const model = knownModel();
    const rows = [
      [0.2, 0.4],
      [-1, 0.5],
      [0.9, -0.7],
      [0.1, 0.1],
    ];
    const labels = [0, 1, 0, 0];
    const pictures = neuronPictures(model, ['h'], {
      kind: 'classes',
      x: Float32Array.from(rows.flat()),
      rows: 4,
      labels: Float32Array.from(labels),
      classes: 2,
    });
    const h1 = rows.map(([x, y]) => Math.tanh(1.5 * x + 0.25 * y + 0.1));
    const h2 = rows.map(([x, y]) => Math.tanh(-0.5 * x + 2 * y - 0.3));
    const mean = (v: number[], c: number) => {
      const picked = v.filter((_, i) => labels[i] === c);
      return picked.reduce((a, b) => a + b, 0) / picked.length;
    };
    expect(pictures[0].cells).toBe(2);
    const expected = [mean(h1, 0), mean(h1, 1), mean(h2, 0), mean(h2, 1)];
    expected.forEach((v, i) => expect(pictures[0].values[i]).toBeCloseTo(v, 6));
  });

  it('refuses a plane for data that is not 2-D', () => {
    const model = build(chain([input(), dense('h', 3), output('linear', 'mse')]), regression1d);
    expect(() =>
      neuronPictures(model, ['h'], { kind: 'plane', xRange: [0, 1], yRange: [0, 1], resolution: 2 }),
    ).toThrow(/need 2 inputs, but this model has 1/);
  });
});
