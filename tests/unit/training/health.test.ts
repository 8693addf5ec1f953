import { describe, expect, it } from 'vitest';
import type { EpochMetrics, Graph } from '../../../src/engine';
import { createTranslator } from '../../../src/shared/i18n';
import { diagnosisText } from '../../../src/renderer/features/training/health/diagnosisText';
import { formatPercent, healthSeries } from '../../../src/renderer/features/training/health/healthSeries';
import { weightBand } from '../../../src/renderer/run/inspection';

const graph: Graph = {
  nodes: [
    { id: 'in', type: 'input', params: {} },
    { id: 'h1', type: 'dense', label: 'Dense 3', params: { units: 4, activation: 'relu' } },
    { id: 'out', type: 'output', params: { activation: 'sigmoid', loss: 'binaryCrossEntropy' } },
  ],
  edges: [],
};

const epoch = (e: number, gradient: number, dead: number): EpochMetrics => ({
  epoch: e,
  trainLoss: 0.5,
  valLoss: 0.5,
  learningRate: 0.01,
  elapsedMs: e,
  health: [
    {
      nodeId: 'h1',
      gradientNorm: gradient,
      weightRms: 0.5,
      weightMin: -1,
      weightMean: 0.1,
      weightMax: 2,
      deadShare: dead,
    },
    { nodeId: 'out', gradientNorm: 0.2, weightRms: 0.3, weightMin: -0.5, weightMean: 0, weightMax: 0.5 },
  ],
});

describe('health panel data', () => {
  it('thins a long run to at most the row limit, keeping the last epoch', () => {
    const history = Array.from({ length: 30_001 }, (_, i) => epoch(i + 1, 0.01, 0.5));
    const s = healthSeries(history, graph, 400);
    expect(s.gradients.length).toBeLessThanOrEqual(400);
    expect(s.gradients.length).toBeGreaterThan(300);
    expect(s.gradients.at(-1)?.epoch).toBe(30_001);
    expect(s.latest?.epoch).toBe(30_001);
    const epochs = s.gradients.map((r) => r.epoch);
    expect(epochs).toEqual([...epochs].sort((a, b) => a - b));
  });

  it('makes one row per epoch with a column per layer, names the layers as the canvas does', () => {
    const history = [{ ...epoch(1, 0, 0), health: undefined }, epoch(2, 0, 0.25), epoch(3, 0.01, 0.85)];
    const s = healthSeries(history, graph);
    expect(s.layers).toEqual([
      { nodeId: 'h1', name: 'Dense 3', weighted: true, share: 'dead' },
      { nodeId: 'out', name: 'out', weighted: true, share: null },
    ]);
    // Epoch 1 has no health; a zero gradient has no place on a log axis (null), shares are per cent.
    expect(s.gradients).toEqual([
      { epoch: 2, h1: null, out: 0.2 },
      { epoch: 3, h1: 0.01, out: 0.2 },
    ]);
    expect(s.shares).toEqual([
      { epoch: 2, h1: 25 },
      { epoch: 3, h1: 85 },
    ]);
    expect(s.latest?.epoch).toBe(3);
    expect(weightBand(history, 'h1')).toEqual([
      { epoch: 2, range: [-1, 2], mean: 0.1 },
      { epoch: 3, range: [-1, 2], mean: 0.1 },
    ]);
  });

  it('words the diagnoses in English and Japanese with the layer’s name', () => {
    const name = (id: string) => (id === 'h1' ? 'Dense 3' : 'Output 1');
    const dead = { code: 'deadRelu' as const, nodeId: 'h1', percent: 85 };
    expect(diagnosisText(createTranslator('en'), dead, name)).toBe(
      'Layer Dense 3: 85% of its ReLUs output 0 for every sample, so they no longer learn. Lower the learning rate, or try Leaky ReLU.',
    );
    expect(diagnosisText(createTranslator('ja'), dead, name)).toContain('層 Dense 3: ReLU の 85% が');
    const vanishing = {
      code: 'vanishingGradientSquashing' as const,
      nodeId: 'h1',
      lastNodeId: 'out',
      ratioPercent: 0.3125,
    };
    expect(diagnosisText(createTranslator('en'), vanishing, name)).toMatch(
      /^The first layer's \(Dense 3\) gradient norm is 0\.31% of the last layer's \(Output 1\).*Try ReLU/,
    );
    expect(diagnosisText(createTranslator('ja'), vanishing, name)).toContain('（Output 1）の 0.31% しかありません');
    expect(formatPercent(25_000)).toBe('25000');
    expect(formatPercent(0.004917)).toBe('0.0049');
  });
});
