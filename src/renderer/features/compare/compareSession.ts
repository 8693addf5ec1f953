/**
 * Running a comparison: build the variants, give them shared initial weights, and train them in a pool of
 * training workers (the Training panel's worker entry, one worker per running variant), folding each
 * worker's events into the compare store. Every variant gets the same dataset spec, the same training seed
 * (hence the same data split and batch order) and, where shapes allow, the same initial weights — except that
 * a comparison of the dataset's noise or samples gives each variant its own spec, built from the same seed.
 */
import type { StoreApi } from 'zustand/vanilla';
import { realTimers, type Timers } from '../../../shared/timers';
import type { EditorDocument } from '../../document/document';
import { GRID_RESOLUTION, outputQuery } from '../../run/outputs';
import { createRunDriver, type RunDriver, type RunState } from '../../run/runDriver';
import { createTrainingClient, createTrainingWorker, type TrainingClient } from '../../run/trainingClient';
import { createCpuTurns } from '../../run/cpuTurns';
import { comparisonDataFor, type ComparisonData } from './comparisonData';
import { compareStore, type CompareState } from './compareStore';
import type { ComparisonRecord, VariantRun, VariantStatus } from './compareTypes';
import { expectedReadyChecksum, firstEpochChecksum, readyChecksum } from './fingerprint';
import { neuronsLayerOf } from './layers';
import { makeVariants } from './makeVariants';
import { createVariantPicturer } from './picturer';
import { comparisonTitle, variesData, type CompareParameter, type CompareValue } from './parameters';
import { poolSize, runInPool } from './pool';
import { sharedInitialWeights, type InitialWeights } from './sharedWeights';
import { defaultTargetLoss } from './summary';

/** Workers of 4 variants share the machine: fewer chart updates keep the page responsive. */
const METRICS_INTERVAL_MS = 120;
const GRID_INTERVAL_MS = 600;

export interface ComparisonRunnerDeps {
  store: StoreApi<CompareState>;
  /** A client on a new worker; with `turns`, the worker takes turns on the cores with its comparison's others. */
  createClient: (turns?: SharedArrayBuffer | null) => TrainingClient;
  /** Whether workers may share memory (the page is cross-origin isolated), so a comparison's take turns (cpuTurns.ts). */
  sharedMemory?: () => boolean;
  timers: Timers;
  now: () => number;
  clock: () => Date;
  /** Cores the machine has, for the pool's size. */
  cores: () => number | undefined;
}

export interface ComparisonRunner {
  /**
   * Starts a comparison of `parameter` over `values` on the document's network and data. Returns its id, or
   * null when it could not start (the reason is in the store's `error`, shown by the dialog).
   */
  start(doc: EditorDocument, parameter: CompareParameter, values: readonly CompareValue[]): Promise<string | null>;
  /** Stops every running variant (each ends as 'stopped' with its history so far) and starts no more. */
  stopAll(): void;
  /**
   * Shows layer `nodeId`'s neurons in comparison `comparisonId`: its training variants' workers picture that
   * layer from now on, and a worker pictures the others' saved weights where they have no pictures of it.
   */
  showNeurons(comparisonId: string, nodeId: string): void;
}

/** One worker of the pool: its run driver, and the variant whose state it reports now. */
interface Lane {
  driver: RunDriver;
  report: ((state: RunState) => void) | null;
  variantId: string;
  /** The variant it trains now, by index; null between two. */
  variantIndex: number | null;
}

interface Active {
  id: string;
  lanes: Lane[];
  cancelled: boolean;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** How a variant that never reached a worker ends; the file keeps the English twin as its message. */
const NOT_STARTED = { code: 'variant-not-started', message: 'Stopped before it started.', params: {} };

function variantStatus(state: RunState): VariantStatus {
  if (state.status === 'done') return state.error ? 'error' : 'done';
  if (state.status === 'idle') return state.error ? 'error' : 'stopped';
  return 'running';
}

/** A variant as the compare view shows it, from its run's state. */
function variantPatch(state: RunState): Partial<VariantRun> {
  return {
    status: variantStatus(state),
    history: state.history,
    progress: state.progress ? { epoch: state.progress.epoch, totalEpochs: state.progress.totalEpochs } : null,
    grid: state.grid,
    outputs: state.outputs,
    end: state.end,
    message: state.message,
    outcome: state.outcome,
    error: state.error,
    errorProblem: state.errorProblem,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    wallMs: state.wallMs,
    neurons: state.neurons,
    ...(state.weights ? { weights: state.weights } : {}),
    // Filled in by the worker itself: the checksum of the rows its first epoch actually fed.
    dataChecksum: state.firstEpochChecksum,
    readyChecksum: state.ready ? readyChecksum(state.ready) : null,
  };
}

export function createComparisonRunner(deps: ComparisonRunnerDeps): ComparisonRunner {
  const { store } = deps;
  let active: Active | null = null;

  function newId(prefix: string): string {
    return `${prefix}-${deps.clock().getTime().toString(36)}-${Math.floor(deps.now() * 1000).toString(36)}`;
  }

  const newDriver = (
    onChange: (state: RunState) => void,
    newRunId: () => string = () => '',
    turns: SharedArrayBuffer | null = null,
  ): RunDriver =>
    createRunDriver({
      client: deps.createClient(turns),
      timers: deps.timers,
      now: deps.now,
      clock: deps.clock,
      newRunId,
      onChange,
    });

  function newLane(turns: SharedArrayBuffer | null): Lane {
    const target: Omit<Lane, 'driver'> = { report: null, variantId: '', variantIndex: null };
    const driver = newDriver(
      (state) => target.report?.(state),
      () => target.variantId,
      turns,
    );
    return Object.assign(target, { driver });
  }

  const picturer = createVariantPicturer({
    store,
    newDriver: (onChange) => newDriver(onChange),
    dataFor: comparisonDataFor,
  });

  /** Trains variant `index` of comparison `run` on `lane`; resolves when it has ended, whichever way. */
  async function trainVariant(
    run: Active,
    index: number,
    lane: Lane,
    doc: EditorDocument,
    data: ComparisonData,
    initial: InitialWeights,
  ): Promise<void> {
    const variant = store.getState().comparisons.find((c) => c.id === run.id)?.variants[index];
    if (!variant) return;
    // A variant with data of its own (noise or samples compared) queries its outputs on its own rows.
    if (variant.dataset !== doc.dataset) data = await comparisonDataFor(variant.id, variant.dataset);
    const update = (state: RunState) => store.getState().updateVariant(run.id, index, variantPatch(state));
    lane.variantId = variant.id;
    lane.variantIndex = index;
    lane.report = update;
    // The worker pictures the layer the results show, a few times a second, while it trains.
    const comparison = store.getState().comparisons.find((c) => c.id === run.id);
    lane.driver.watchNeurons(comparison ? [neuronsLayerOf(comparison)] : []);
    try {
      const final = await lane.driver.start({
        graph: variant.graph,
        dataset: variant.dataset,
        training: variant.training,
        resources: data.resources,
        initialWeights: initial.weights,
        liveGrid: data.plane2d
          ? { ...data.ranges, resolution: GRID_RESOLUTION, intervalMs: GRID_INTERVAL_MS }
          : undefined,
        metricsIntervalMs: METRICS_INTERVAL_MS,
        outputs: outputQuery(data.split.train, data.split.validation, data.plane2d),
        name: variant.label,
      });
      update(final);
    } finally {
      lane.report = null;
      lane.variantIndex = null;
    }
  }

  async function runComparison(
    record: ComparisonRecord,
    doc: EditorDocument,
    data: ComparisonData,
    initial: InitialWeights[],
  ): Promise<void> {
    const size = poolSize(deps.cores(), record.variants.length);
    // One worker per core, but their slices take turns on all cores but one, which stays with the page.
    const turns = createCpuTurns(size, deps.cores(), deps.sharedMemory?.() ?? false);
    const run: Active = { id: record.id, lanes: Array.from({ length: size }, () => newLane(turns)), cancelled: false };
    active = run;
    // Opening another project replaces the comparisons: a run whose comparison is gone is stopped.
    const unsubscribe = store.subscribe((s) => {
      if (active === run && !s.comparisons.some((c) => c.id === run.id)) stopAll();
    });
    try {
      await runInPool(
        record.variants.length,
        run.lanes,
        (index, lane) => trainVariant(run, index, lane, doc, data, initial[index]),
        () => run.cancelled,
      );
    } finally {
      unsubscribe();
      for (const lane of run.lanes) lane.driver.dispose();
      if (active === run) active = null;
      const state = store.getState();
      const current = state.comparisons.find((c) => c.id === record.id);
      current?.variants.forEach((v, i) => {
        if (v.status === 'queued')
          state.updateVariant(record.id, i, {
            status: 'stopped',
            message: NOT_STARTED.message,
            outcome: NOT_STARTED,
          });
      });
      state.updateComparison(record.id, { running: false });
    }
  }

  function stopAll(): void {
    const run = active;
    if (!run) return;
    run.cancelled = true;
    for (const lane of run.lanes) lane.driver.stop();
  }

  async function start(
    doc: EditorDocument,
    parameter: CompareParameter,
    values: readonly CompareValue[],
  ): Promise<string | null> {
    const state = store.getState();
    try {
      const variants = makeVariants(doc, parameter, values);
      const id = newId('comparison');
      const data = await comparisonDataFor(id, doc.dataset);
      const initial = sharedInitialWeights(doc, variants, data.shape);
      const record: ComparisonRecord = {
        id,
        // Saved in the language of the moment; the views word the title again from parameter and values.
        name: comparisonTitle({ parameter, values, variants }),
        parameter,
        values: [...values],
        dataset: doc.dataset,
        task: data.shape.task,
        createdAt: deps.clock().toISOString(),
        targetLoss: defaultTargetLoss(data.shape.task),
        // The same-data rule holds only when the data is not what the comparison varies.
        expectedReadyChecksum: variesData(parameter)
          ? null
          : expectedReadyChecksum(data.split, data.standardization, doc.training.batchSize),
        expectedDataChecksum: variesData(parameter) ? null : firstEpochChecksum(data.split.train, doc.training),
        running: true,
        variants: variants.map((v, i) => ({
          id: `${id}-v${i + 1}`,
          label: v.label,
          value: v.value,
          graph: v.graph,
          training: v.training,
          dataset: v.dataset,
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
      state.addComparison(record);
      void runComparison(record, doc, data, initial);
      return id;
    } catch (e) {
      state.setError(messageOf(e));
      return null;
    }
  }

  function showNeurons(comparisonId: string, nodeId: string): void {
    const comparison = store.getState().comparisons.find((c) => c.id === comparisonId);
    if (!comparison) return;
    if (comparison.neuronsNodeId !== nodeId) store.getState().updateComparison(comparisonId, { neuronsNodeId: nodeId });
    const run = active?.id === comparisonId ? active : null;
    comparison.variants.forEach((v, index) => {
      const lane = run?.lanes.find((l) => l.variantIndex === index);
      if (lane) lane.driver.watchNeurons([nodeId]);
      else if (v.status !== 'queued' && v.status !== 'running' && v.weights)
        if (!v.neurons?.nodeIds.includes(nodeId)) picturer.add({ comparisonId, variantId: v.id, nodeId });
    });
  }

  return { start, stopAll, showNeurons };
}

/** The app's comparisons: the compare store, real training workers and the machine's cores. */
const appRunner = createComparisonRunner({
  store: compareStore,
  createClient: (turns) => createTrainingClient(createTrainingWorker(turns)),
  sharedMemory: () => globalThis.crossOriginIsolated === true,
  timers: realTimers,
  now: () => performance.now(),
  clock: () => new Date(),
  cores: () => globalThis.navigator?.hardwareConcurrency,
});

export const startComparison = appRunner.start;
export const stopAll = appRunner.stopAll;
export const showVariantNeurons = appRunner.showNeurons;
