import { describe, expect, it } from 'vitest';
import type { EpochMetrics, Graph } from '../../../src/engine/types';
import {
  buildRunRecord,
  metricsFromHistoryEntry,
  nextRunId,
  parseProject,
  serializeProject,
  withRun,
  type Project,
  type RunRecordInputs,
} from '../../../src/project';

const graph: Graph = {
  nodes: [
    { id: 'in', type: 'input', position: { x: 0, y: 0 }, params: {} },
    {
      id: 'out',
      type: 'output',
      position: { x: 200, y: 0 },
      params: { activation: 'sigmoid', loss: 'binaryCrossEntropy' },
    },
  ],
  edges: [{ id: 'e1', source: 'in', target: 'out' }],
};

const epoch = (e: number, trainLoss: number): EpochMetrics => ({
  epoch: e,
  trainLoss,
  valLoss: Number.NaN,
  trainAccuracy: 0.5,
  learningRate: 0.01,
  elapsedMs: 10 * e,
});

const inputs = (over: Partial<RunRecordInputs> = {}): RunRecordInputs => ({
  id: 'run-1',
  startedAt: new Date('2026-01-02T03:04:05.000Z'),
  endedAt: new Date('2026-01-02T03:04:09.500Z'),
  end: 'diverged',
  message: 'Training diverged at the end of epoch 2.',
  graph,
  training: { optimizer: 'adam', learningRate: 0.01, batchSize: 16, epochs: 5, seed: 42 },
  dataset: { kind: 'csv', validationSplit: 0, seed: 1, text: 'a,b,y\n1,2,0\n', target: 'y' },
  history: [epoch(1, 0.7), epoch(2, Number.POSITIVE_INFINITY)],
  weights: { out: { kernel: { shape: [2, 1], data: new Float32Array([0.5, -0.25]) } } },
  ...over,
});

/** A project of format `version` with the test graph and no runs yet, to add a run to. */
const emptyProject = (version: number): Project =>
  ({
    format: 'layerwise-project',
    version,
    name: 'p',
    graph,
    dataset: { kind: 'xor', samples: 40, noise: 0.1, validationSplit: 0.25, seed: 1 },
    training: inputs().training,
    runs: [],
  }) as unknown as Project;

/** `project` written as a file and read back, throwing the parse errors if it does not read. */
function saveAndReopen(project: Project): Project {
  const parsed = parseProject(serializeProject(project), 'p.nnproj');
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.project;
}

describe('buildRunRecord', () => {
  it('stores the settings as the file does: defaults filled, no embedded CSV text, the graph it trained', () => {
    const run = buildRunRecord(inputs());
    expect(run.settings.training).toMatchObject({ optimizer: 'adam', epochs: 5, l2: 0 });
    expect(run.settings.dataset.text).toBeUndefined();
    expect(run.settings.dataset).toMatchObject({ kind: 'csv', target: 'y' });
    expect(run.settings.graph?.nodes.map((n) => n.id)).toEqual(['in', 'out']);
    expect([run.startedAt, run.endedAt]).toEqual(['2026-01-02T03:04:05.000Z', '2026-01-02T03:04:09.500Z']);
  });

  it('writes non-finite losses as null, names the run after its id, and leaves out what it was not given', () => {
    const run = buildRunRecord(inputs({ weights: undefined }));
    expect(run.history.map((h) => [h.trainLoss, h.valLoss])).toEqual([
      [0.7, null],
      [null, null],
    ]);
    expect('weights' in run).toBe(false);
    expect(run.name).toBe('Run 1');
    expect('transform' in run).toBe(false);
  });

  it('keeps the data transform it is given', () => {
    const transform = { featureNames: ['a', 'b'], standardization: { mean: [1, 2], std: [1, 1] }, target: 'y' };
    expect(buildRunRecord(inputs({ transform })).transform).toEqual(transform);
  });

  it('makes a record that a saved project reads back unchanged', () => {
    const run = buildRunRecord(inputs());
    expect(saveAndReopen(withRun(emptyProject(1), run)).runs[0]).toEqual(run);
  });

  it('stores each epoch’s layer health, reads it back unchanged and leaves out numbers that were not finite', () => {
    const health = [
      {
        nodeId: 'h1',
        gradientNorm: 0.002,
        weightRms: 0.4,
        weightMin: -1.5,
        weightMean: 0.01,
        weightMax: 1.2,
        deadShare: 0.75,
      },
      { nodeId: 'out', gradientNorm: Number.POSITIVE_INFINITY, weightRms: 0.3, saturatedShare: 0 },
    ];
    const run = buildRunRecord(inputs({ history: [{ ...epoch(1, 0.7), health }] }));
    expect(run.history[0].health).toEqual([health[0], { nodeId: 'out', weightRms: 0.3, saturatedShare: 0 }]);
    const base = emptyProject(2);
    const reopened = saveAndReopen(withRun(base, run)).runs[0].history[0];
    expect(reopened.health).toEqual(run.history[0].health);
    expect(metricsFromHistoryEntry(reopened).health?.[0]).toEqual(health[0]);
    // A share outside 0–1 is refused, saying where.
    const bad = serializeProject(withRun(base, run)).replace('"deadShare": 0.75', '"deadShare": 7.5');
    expect(bad).not.toBe(serializeProject(withRun(base, run)));
    const refused = parseProject(bad, 'p.nnproj');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.map((e) => e.message).join('\n')).toMatch(/health.*deadShare/);
  });

  it('refuses settings no project file could hold, saying which', () => {
    expect(() => buildRunRecord(inputs({ training: { ...inputs().training, batchSize: 0 } }))).toThrow(
      /Run run-1 cannot be recorded: settings\.training\.batchSize/,
    );
  });
});

describe('nextRunId', () => {
  it('numbers runs from 1, skipping ids in use', () => {
    expect(nextRunId([])).toBe('run-1');
    expect(nextRunId(['run-1', 'run-2'])).toBe('run-3');
    expect(nextRunId(['run-3', 'x'])).toBe('run-4');
    expect(nextRunId(['run-2'])).toBe('run-3');
  });
});
