/**
 * Running a comparison: build the variants, give them shared initial weights, and train them in a pool of
 * training workers (the Training panel's worker entry, one worker per running variant), folding each
 * worker's events into the compare store. Every variant gets the same dataset spec, the same training seed
 * (hence the same data split and batch order) and, where shapes allow, the same initial weights.
 */
import type { EpochMetrics } from '../../../engine';
import type { DatasetResources } from '../../../engine/data';
import type { HostEvent } from '../../../engine/protocol/messages';
import type { EditorDocument } from '../../document/document';
import { featureBounds, linspace } from '../../run/gridRange';
import { createTrainingClient, type TrainingClient } from '../../run/trainingClient';
import { COMPARE_GRID_RESOLUTION, comparisonDataFor, type ComparisonData } from './comparisonData';
import { compareStore } from './compareStore';
import type { ComparisonRecord, VariantOutputs, VariantRun } from './compareTypes';
import { expectedReadyChecksum, firstEpochChecksum, readyChecksum } from './fingerprint';
import { makeVariants } from './makeVariants';
import { parameterLabel, type CompareParameter, type CompareValue } from './parameters';
import { poolSize, runInPool } from './pool';
import { sharedInitialWeights, type InitialWeights } from './sharedWeights';
import { defaultTargetLoss } from './summary';

/** Workers of 4 variants share the machine: fewer chart updates keep the page responsive. */
const METRICS_INTERVAL_MS = 120;
const GRID_INTERVAL_MS = 600;
const CURVE_POINTS = 200;
/** Least time between two store updates of one variant's live state. */
const STORE_INTERVAL_MS = 250;

interface Active {
  id: string;
  clients: TrainingClient[];
  cancelled: boolean;
}

let active: Active | null = null;

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function nodeLabel(doc: EditorDocument, parameter: CompareParameter): string | undefined {
  const nodeId = 'nodeId' in parameter ? parameter.nodeId : undefined;
  return nodeId ? doc.graph.nodes.find((n) => n.id === nodeId)?.label : undefined;
}

async function finalOutputs(client: TrainingClient, data: ComparisonData): Promise<VariantOutputs | null> {
  const { train, validation } = data.split;
  if (data.plane2d) return null;
  if (train.task === 'regression' && train.features === 1) {
    const x = linspace(featureBounds([train, validation], 0, 0.05), CURVE_POINTS);
    const answer = await client.predict(x.slice(), CURVE_POINTS);
    return { kind: 'curve', x, values: answer.values };
  }
  if (train.task === 'classification' && validation.n > 0) {
    const answer = await client.predict(validation.x.slice(), validation.n);
    return { kind: 'classes', values: answer.values, width: answer.width, rows: answer.rows };
  }
  return null;
}

/** Trains variant `index` of comparison `id` on `client`; resolves when it has ended, whichever way. */
function trainVariant(
  run: Active,
  index: number,
  client: TrainingClient,
  doc: EditorDocument,
  data: ComparisonData,
  initial: InitialWeights,
  resources: DatasetResources,
): Promise<void> {
  const store = compareStore.getState();
  const variant = compareStore.getState().comparisons.find((c) => c.id === run.id)?.variants[index];
  if (!variant) return Promise.resolve();
  const update = (patch: Partial<VariantRun> | ((v: VariantRun) => Partial<VariantRun>)) =>
    store.updateVariant(run.id, index, patch);
  // Live events are gathered and folded into the store a few times a second: several workers each sending
  // metrics, progress and grids would otherwise re-render the charts faster than the page can draw them.
  let pending: { epochs: EpochMetrics[]; progress?: VariantRun['progress']; grid?: VariantRun['grid'] } = {
    epochs: [],
  };
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (flushTimer !== null) clearTimeout(flushTimer);
    flushTimer = null;
    const p = pending;
    pending = { epochs: [] };
    update((v) => ({
      ...(p.epochs.length > 0 ? { history: [...v.history, ...p.epochs] } : {}),
      ...(p.progress ? { progress: p.progress } : {}),
      ...(p.grid ? { grid: p.grid } : {}),
    }));
  };
  const later = () => {
    flushTimer ??= setTimeout(flush, STORE_INTERVAL_MS);
  };
  const started = performance.now();
  update({ status: 'running', startedAt: new Date().toISOString() });

  return new Promise<void>((resolve) => {
    // After 'done' the run has ended; an error answering the follow-up requests must not end it again.
    let ended = false;
    const finish = (patch: Partial<VariantRun>) => {
      unsubscribe();
      flush();
      update({ ...patch, endedAt: new Date().toISOString(), progress: null });
      resolve();
    };
    const onEvent = (event: HostEvent): void => {
      switch (event.type) {
        case 'ready':
          update({ readyChecksum: readyChecksum(event) });
          return;
        case 'metrics':
          if (event.firstEpochChecksum) update({ dataChecksum: event.firstEpochChecksum });
          pending.epochs.push(...event.epochs);
          later();
          return;
        case 'progress':
          pending.progress = { epoch: event.epoch, totalEpochs: event.totalEpochs };
          later();
          return;
        case 'grid':
          if (event.requestId === undefined) pending.grid = event;
          later();
          return;
        case 'done': {
          ended = true;
          const wallMs = performance.now() - started;
          // The full history follows; the last grid (sent just before 'done') is kept for the flush.
          pending.epochs = [];
          pending.progress = undefined;
          update({ history: event.history, end: event.end, message: event.message, wallMs });
          // Final weights (saved with the comparison) and, for non-plane data, the output view.
          void Promise.all([client.getWeights().catch(() => null), finalOutputs(client, data).catch(() => null)]).then(
            ([weights, outputs]) =>
              finish({ status: 'done', ...(weights ? { weights: weights.weights } : {}), outputs }),
          );
          return;
        }
        case 'error':
          if (ended) return;
          ended = true;
          finish({ status: 'error', error: event.message, wallMs: performance.now() - started });
          return;
        default:
          return;
      }
    };
    const unsubscribe = client.subscribe(onEvent);
    client.send({
      type: 'start',
      graph: variant.graph,
      datasetSpec: doc.dataset,
      training: variant.training,
      resources,
      ...(initial.weights ? { initialWeights: initial.weights } : {}),
      ...(data.plane2d
        ? { liveGrid: { ...data.ranges, resolution: COMPARE_GRID_RESOLUTION, intervalMs: GRID_INTERVAL_MS } }
        : {}),
      metricsIntervalMs: METRICS_INTERVAL_MS,
    });
  });
}

function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(performance.now() * 1000).toString(36)}`;
}

/**
 * Starts a comparison of `parameter` over `values` on the document's network and data. Returns its id, or
 * null when it could not start (the reason is in the store's `error`, shown by the dialog).
 */
export async function startComparison(
  doc: EditorDocument,
  parameter: CompareParameter,
  values: readonly CompareValue[],
): Promise<string | null> {
  const store = compareStore.getState();
  try {
    const variants = makeVariants(doc, parameter, values);
    const id = newId('comparison');
    const data = await comparisonDataFor(id, doc.dataset);
    const initial = sharedInitialWeights(doc, variants, data.shape);
    const record: ComparisonRecord = {
      id,
      name: `${parameterLabel(parameter, nodeLabel(doc, parameter))}: ${variants.map((v) => v.label).join(', ')}`,
      parameter,
      values: [...values],
      dataset: doc.dataset,
      task: data.shape.task,
      createdAt: new Date().toISOString(),
      targetLoss: defaultTargetLoss(data.shape.task),
      expectedReadyChecksum: expectedReadyChecksum(data.split, data.standardization, doc.training.batchSize),
      expectedDataChecksum: firstEpochChecksum(data.split.train, doc.training),
      running: true,
      variants: variants.map((v, i) => ({
        id: `${id}-v${i + 1}`,
        label: v.label,
        value: v.value,
        graph: v.graph,
        training: v.training,
        status: 'queued',
        history: [],
        progress: null,
        grid: null,
        outputs: null,
        end: null,
        message: null,
        error: null,
        startedAt: null,
        endedAt: null,
        wallMs: null,
        initialWeights: { shared: initial[i].shared, seeded: initial[i].seeded },
        // Filled in by the worker itself: the checksum of the rows its first epoch actually fed.
        dataChecksum: null,
        readyChecksum: null,
      })),
    };
    stopAll();
    store.addComparison(record);
    void runComparison(record, doc, data, initial);
    return id;
  } catch (e) {
    store.setError(messageOf(e));
    return null;
  }
}

async function runComparison(
  record: ComparisonRecord,
  doc: EditorDocument,
  data: ComparisonData,
  initial: InitialWeights[],
): Promise<void> {
  const size = poolSize(globalThis.navigator?.hardwareConcurrency, record.variants.length);
  const run: Active = {
    id: record.id,
    clients: Array.from({ length: size }, () => createTrainingClient()),
    cancelled: false,
  };
  active = run;
  try {
    await runInPool(
      record.variants.length,
      run.clients,
      (index, client) => trainVariant(run, index, client, doc, data, initial[index], data.resources),
      () => run.cancelled,
    );
  } finally {
    for (const client of run.clients) client.dispose();
    if (active === run) active = null;
    const store = compareStore.getState();
    const current = store.comparisons.find((c) => c.id === record.id);
    current?.variants.forEach((v, i) => {
      if (v.status === 'queued')
        store.updateVariant(record.id, i, { status: 'stopped', message: 'Stopped before it started.' });
    });
    store.updateComparison(record.id, { running: false });
  }
}

/** Stops every running variant (each ends as 'stopped' with its history so far) and starts no more. */
export function stopAll(): void {
  const run = active;
  if (!run) return;
  run.cancelled = true;
  for (const client of run.clients) client.send({ type: 'stop' });
}

// Opening another project replaces the comparisons: a run whose comparison is gone is stopped.
compareStore.subscribe((s) => {
  if (active && !s.comparisons.some((c) => c.id === active!.id)) stopAll();
});

/** Whether the comparison `id` is the one training now. */
export function isRunning(id: string): boolean {
  return active?.id === id;
}
