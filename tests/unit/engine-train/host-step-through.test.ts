/**
 * The step-through's worker messages, through the real host and training setup: 'traceSample' answers with
 * the engine's numbers for the run's live weights and the optimizer's live state; 'applySampleStep' takes one
 * real step on that sample with the run's optimizer. Checked against a separate model given the same weights.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/engine/compile';
import { traceSample } from '../../../src/engine/explain';
import { createModel } from '../../../src/engine/model';
import { createTrainingHost } from '../../../src/engine/protocol/host';
import type { HostCommand, HostEvent, StartCommand } from '../../../src/engine/protocol/messages';
import { binary2d, chain, dense, dropout, input, output } from '../engine-model/graphs';

const graph = chain([input(), dense('h', 3, 'tanh'), output()]);

function harness() {
  const events: HostEvent[] = [];
  const queue: Array<() => void> = [];
  const host = createTrainingHost((e) => events.push(e), { schedule: (fn) => queue.push(fn), sliceMs: 0 });
  const run = () => {
    while (queue.length > 0) queue.shift()!();
  };
  const ask = <T extends HostEvent['type']>(cmd: HostCommand, type: T) => {
    const from = events.length;
    host.handle(cmd);
    const answer = events.slice(from).find((e) => e.type === type || e.type === 'error');
    if (!answer || answer.type !== type) throw new Error(`no ${type}: ${JSON.stringify(answer)}`);
    return answer as Extract<HostEvent, { type: T }>;
  };
  return { host, events, run, ask };
}

const start = (over: Partial<StartCommand> = {}): StartCommand => ({
  type: 'start',
  graph,
  datasetSpec: { kind: 'xor', samples: 64, noise: 0.1, validationSplit: 0.25, seed: 1 },
  training: { optimizer: 'adam', learningRate: 0.05, batchSize: 16, epochs: 3, seed: 7 },
  paused: true,
  ...over,
});

const sample = { x: [0.6, -0.4], target: [1] };

describe("the step-through's worker messages", () => {
  it('trace before training: the seeded weights, Adam fresh (t = 1, m = v = 0 before the step)', () => {
    const h = harness();
    h.host.handle(start());
    const a = h.ask(
      { type: 'traceSample', requestId: 5, ...sample, weight: { nodeId: 'h', i: 1, j: 2 } },
      'sampleTrace',
    );
    expect(a.requestId).toBe(5);
    expect(a.epoch).toBe(0);
    expect(a.trace.forward[0].output).toEqual(sample.x.map(Math.fround));
    expect(a.update).toMatchObject({ nodeId: 'h', i: 1, j: 2, optimizer: 'adam', lr: 0.05 });
    expect(a.update!.adam).toMatchObject({ t: 1, mBefore: 0, vBefore: 0 });
    // The gradient is the trace's own ∂L/∂w = δ·x for that weight.
    const h1 = a.trace.backward.find((b) => b.nodeId === 'h')!;
    expect(a.update!.grad).toBe(h1.kernelGrad![1][2]);
    expect(h1.kernelGrad![1][2]).toBeCloseTo(h1.units![2].delta * sample.x[1], 6);
  });

  it("after training, the trace uses the run's live weights and Adam's live m, v and step count", () => {
    const h = harness();
    h.host.handle(start());
    h.host.handle({ type: 'step' }); // one epoch: 48 training rows in batches of 16 = 3 steps
    h.run();
    const a = h.ask({ type: 'traceSample', ...sample, weight: { nodeId: 'out', j: 0 } }, 'sampleTrace');
    expect(a.epoch).toBe(1);
    expect(a.update!.adam!.t).toBe(4);
    expect(a.update!.adam!.mBefore).not.toBe(0);
    expect(a.update!.adam!.vBefore).toBeGreaterThan(0);
    // The same numbers from a separate model given the run's weights.
    const weights = h.ask({ type: 'getWeights' }, 'weights').weights;
    const model = createModel(compile(graph, binary2d).plan!, { maxBatch: 1, seed: 99 });
    model.setWeights(weights);
    const expected = traceSample(model, sample.x, sample.target);
    expect(a.trace.loss.value).toBeCloseTo(expected.loss.value, 6);
    expect(a.trace.forward.map((n) => n.output)).toEqual(expected.forward.map((n) => n.output));
    expect(a.trace.backward.map((n) => n.dOutput)).toEqual(expected.backward.map((n) => n.dOutput));
  });

  it('applySampleStep lowers the loss on that sample, advances Adam by one step and is refused while training', () => {
    const h = harness();
    h.host.handle(start());
    const before = h.ask({ type: 'traceSample', ...sample, weight: { nodeId: 'h', i: 0, j: 0 } }, 'sampleTrace');
    const step = h.ask({ type: 'applySampleStep', ...sample, weight: { nodeId: 'h', i: 0, j: 0 } }, 'sampleStep');
    expect(step.lossBefore).toBeCloseTo(before.trace.loss.value, 6);
    expect(step.lossAfter).toBeLessThan(step.lossBefore);
    expect(step.trace.loss.value).toBeCloseTo(step.lossAfter, 6);
    // The weight moved as the update promised, and Adam now remembers that step.
    const w = step.trace.forward.find((n) => n.nodeId === 'h')!.units![0].terms[0].w;
    expect(w).toBeCloseTo(before.update!.wNew, 6);
    expect(step.update!.adam).toMatchObject({ t: 2 });
    expect(step.update!.adam!.mBefore).toBeCloseTo(before.update!.adam!.m, 7);

    h.host.handle({ type: 'resume' });
    const from = h.events.length;
    h.host.handle({ type: 'applySampleStep', requestId: 9, ...sample });
    expect(h.events.slice(from)).toEqual([
      expect.objectContaining({ type: 'error', requestId: 9, message: expect.stringMatching(/Pause training/) }),
    ]);
  });

  it('works after the run ends, with momentum (its velocity) and with dropout (the mask that is applied)', () => {
    const h = harness();
    const g = chain([input(), dense('h', 4, 'tanh'), dropout('d', 0.5), output()]);
    h.host.handle(
      start({
        graph: g,
        paused: false,
        training: { optimizer: 'momentum', learningRate: 0.05, batchSize: 16, epochs: 2, seed: 7, momentum: 0.9 },
      }),
    );
    h.run();
    expect(h.events.some((e) => e.type === 'done')).toBe(true);
    const a = h.ask({ type: 'traceSample', ...sample, weight: { nodeId: 'out', i: 1, j: 0 } }, 'sampleTrace');
    expect(a.update!.before).not.toBe(0);
    expect(a.update!.after).toBeCloseTo(0.9 * a.update!.before! - 0.05 * a.update!.grad, 7);
    const d = a.trace.forward.find((n) => n.nodeId === 'd')!;
    const mask = d.mask!;
    expect(mask.every((m) => m === 0 || m === 2)).toBe(true); // dropped, or kept and scaled by 1/(1 − 0.5)
    expect(d.output).toEqual(d.input.map((v, k) => v * mask[k]));
    // Asked again, the same mask: a trace never disturbs the run's own dropout stream.
    const again = h.ask({ type: 'traceSample', ...sample }, 'sampleTrace');
    expect(again.trace.forward.find((n) => n.nodeId === 'd')!.mask).toEqual(mask);
    expect(again.update).toBeNull();
    const step = h.ask({ type: 'applySampleStep', ...sample }, 'sampleStep');
    expect(step.lossAfter).toBeLessThan(step.lossBefore);
  });

  it('says what is wrong without a run', () => {
    const h = harness();
    h.host.handle({ type: 'traceSample', requestId: 1, ...sample });
    expect(h.events).toEqual([
      expect.objectContaining({ type: 'error', requestId: 1, message: expect.stringMatching(/no training run/) }),
    ]);
  });
});
