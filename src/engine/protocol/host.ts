/**
 * The training host: turns protocol commands into training and answers with events through `post`. It knows
 * nothing of Web Workers or worker_threads; a few lines elsewhere bind it to either. It holds one run at a
 * time: a new 'start' silently replaces the current run (no 'done' for the old one). After a run ends its
 * model stays available for grid, predict and weights requests until the next start or 'dispose'.
 *
 * Training runs in time slices (about 15 ms of batches), each scheduled as a new task, so commands that
 * arrive meanwhile (pause, stop, a new learning rate) are handled between slices. A command changes state
 * immediately: after 'stop' or 'pause' is handled no further batch runs. Any exception becomes an 'error'
 * event and ends the run, never a silent hang.
 */
import { gradientsByNode, predictBatch, predictGrid, gridValueKind } from '../inspect';
import { Trainer, type TrainingOutcome } from '../train/trainer';
import type { EpochMetrics, Model } from '../types';
import type { GridRequest, HostCommand, HostState, PostEvent, StartCommand } from './messages';
import { createTrainingSetup, SetupError, type SetupFactory, type TrainingSetup } from '../train/setup';
import { dataProblemOf } from '../data/errors';
import { createNeuronWatch } from './neuronWatch';
import { applyRequest, traceRequest } from './stepThrough';

export interface HostOptions {
  /** Builds the model and data for a start command; default createTrainingSetup (compile, model, data). */
  setup?: SetupFactory;
  /** Runs `fn` as a later task; default setTimeout(fn, 0). A MessageChannel scheduler avoids timer clamping. */
  schedule?: (fn: () => void) => void;
  /** Milliseconds; default performance.now. */
  now?: () => number;
  /** Length of one training slice; default 15 ms. 0 trains exactly one batch per slice. */
  sliceMs?: number;
  /** Least time between two 'progress' events; default 100 ms. */
  progressIntervalMs?: number;
}

export interface TrainingHost {
  handle(command: HostCommand): void;
}

interface ActiveRun {
  setup: TrainingSetup;
  trainer: Trainer;
  state: HostState;
  start: StartCommand;
  pendingMetrics: EpochMetrics[];
  lastMetricsAt: number;
  lastProgressAt: number;
  lastGridAt: number;
  lastGridEpoch: number;
  /** When stepping: pause once this many epochs are complete. */
  stepUntilEpoch: number | null;
}

const DEFAULT_METRICS_INTERVAL_MS = 50;
const DEFAULT_GRID_INTERVAL_MS = 250;

export function createTrainingHost(post: PostEvent, options: HostOptions = {}): TrainingHost {
  const setupRun = options.setup ?? createTrainingSetup;
  const schedule = options.schedule ?? ((fn: () => void) => void setTimeout(fn, 0));
  const now = options.now ?? (() => globalThis.performance.now());
  const sliceMs = options.sliceMs ?? 15;
  const progressIntervalMs = options.progressIntervalMs ?? 100;
  let run: ActiveRun | null = null;
  // Bumped whenever a run is replaced or disposed, so a slice scheduled for an old run does nothing.
  let generation = 0;
  let sliceScheduled = false;
  const neurons = createNeuronWatch(post, now);

  function errorMessage(e: unknown): string {
    return e instanceof Error ? e.message : String(e);
  }

  function reportError(e: unknown, requestId?: number): void {
    const problem = dataProblemOf(e);
    post({
      type: 'error',
      message: errorMessage(e),
      ...(requestId !== undefined ? { requestId } : {}),
      ...(e instanceof SetupError ? { problems: e.problems } : {}),
      ...(problem ? { problem } : {}),
    });
  }

  function requireRun(what: string): ActiveRun {
    if (!run) throw new Error(`Cannot ${what}: no training run has been started. Send 'start' first.`);
    return run;
  }

  function setState(r: ActiveRun, state: HostState): void {
    if (r.state === state) return;
    r.state = state;
    post({ type: 'state', state });
  }

  function flushMetrics(r: ActiveRun): void {
    if (r.pendingMetrics.length === 0) return;
    const checksum = r.pendingMetrics[0].epoch === 1 ? r.trainer.dataChecksum : null;
    // Only the newest epoch of a flush carries its layer health: the live views need the latest and a trend,
    // and cloning every epoch's per-layer objects into the page cost its main thread about 300 ms in 6 s on
    // a fast-training spiral (profiled). 'done' sends the full history, health on every epoch, for the run.
    const last = r.pendingMetrics.length - 1;
    const epochs = r.pendingMetrics.map((m, i) => (i === last || !m.health ? m : { ...m, health: undefined }));
    post({ type: 'metrics', epochs, ...(checksum ? { firstEpochChecksum: checksum } : {}) });
    r.pendingMetrics = [];
    r.lastMetricsAt = now();
  }

  function postProgress(r: ActiveRun): void {
    const t = r.trainer;
    const seconds = t.trainingMs / 1000;
    const samplesPerSecond = seconds > 0 ? t.samplesSeen / seconds : 0;
    const remaining = t.totalEpochs * r.setup.data.train.n - t.samplesSeen;
    post({
      type: 'progress',
      epoch: Math.min(t.epoch + 1, t.totalEpochs),
      batch: t.batchInEpoch,
      batchesPerEpoch: t.batchesPerEpoch,
      totalEpochs: t.totalEpochs,
      samplesPerSecond,
      etaMs: samplesPerSecond > 0 ? (Math.max(0, remaining) / samplesPerSecond) * 1000 : Number.NaN,
    });
    r.lastProgressAt = now();
  }

  function postGrid(model: Model, request: GridRequest, epoch: number, requestId?: number): void {
    const values = predictGrid(model, request.xRange, request.yRange, request.resolution);
    post(
      {
        type: 'grid',
        requestId,
        epoch,
        xRange: request.xRange,
        yRange: request.yRange,
        resolution: request.resolution,
        kind: gridValueKind(model),
        values,
      },
      [values.buffer as ArrayBuffer],
    );
  }

  function liveGrid(r: ActiveRun, force: boolean): void {
    const grid = r.start.liveGrid;
    if (!grid || r.setup.model.inputWidth !== 2) return;
    if (!force && now() - r.lastGridAt < (grid.intervalMs ?? DEFAULT_GRID_INTERVAL_MS)) return;
    if (r.trainer.epoch === r.lastGridEpoch) return;
    postGrid(r.setup.model, grid, r.trainer.epoch);
    r.lastGridAt = now();
    r.lastGridEpoch = r.trainer.epoch;
  }

  function neuronPictures(r: ActiveRun, force: boolean): void {
    const { model, data } = r.setup;
    const t = r.trainer;
    neurons.tick({ model, data, epoch: t.epoch, version: t.samplesSeen, liveGrid: r.start.liveGrid }, force);
  }

  /** Brings the UI up to date: pending metrics, progress, the decision boundary and the neuron pictures. */
  function catchUp(r: ActiveRun): void {
    flushMetrics(r);
    postProgress(r);
    liveGrid(r, true);
    neuronPictures(r, true);
  }

  function finish(r: ActiveRun, outcome: TrainingOutcome): void {
    catchUp(r);
    setState(r, 'done');
    post({
      type: 'done',
      end: outcome.end,
      message: outcome.message,
      code: outcome.code,
      params: outcome.params,
      history: r.trainer.history.slice(),
      restoredEpoch: outcome.restoredEpoch,
    });
  }

  function scheduleSlice(): void {
    if (sliceScheduled) return;
    sliceScheduled = true;
    const gen = generation;
    schedule(() => {
      if (gen === generation) sliceScheduled = false;
      slice(gen);
    });
  }

  function slice(gen: number): void {
    const r = run;
    if (gen !== generation || !r || r.state !== 'running') return;
    try {
      const started = now();
      do {
        const report = r.trainer.trainBatch();
        if (report.epochMetrics) r.pendingMetrics.push(report.epochMetrics);
        if (report.outcome) {
          finish(r, report.outcome);
          return;
        }
        if (r.stepUntilEpoch !== null && r.trainer.epoch >= r.stepUntilEpoch) {
          r.stepUntilEpoch = null;
          catchUp(r);
          setState(r, 'paused');
          return;
        }
      } while (now() - started < sliceMs);
      const t = now();
      if (t - r.lastMetricsAt >= (r.start.metricsIntervalMs ?? DEFAULT_METRICS_INTERVAL_MS)) flushMetrics(r);
      if (t - r.lastProgressAt >= progressIntervalMs) postProgress(r);
      liveGrid(r, false);
      neuronPictures(r, false);
      scheduleSlice();
    } catch (e) {
      // A failure while training ends the run: nothing more will be scheduled for it.
      r.state = 'done';
      reportError(e);
    }
  }

  function start(cmd: StartCommand): void {
    generation += 1;
    sliceScheduled = false;
    run = null;
    const setup = setupRun(cmd);
    if (cmd.initialWeights) setup.model.setWeights(cmd.initialWeights);
    const trainer = new Trainer(setup.model, setup.data, cmd.training, { now, gradients: setup.gradients });
    const r: ActiveRun = {
      setup,
      trainer,
      state: cmd.paused ? 'paused' : 'running',
      start: cmd,
      pendingMetrics: [],
      lastMetricsAt: now(),
      lastProgressAt: now(),
      lastGridAt: now(),
      lastGridEpoch: -1,
      stepUntilEpoch: null,
    };
    run = r;
    const { train, validation } = setup.data;
    post({
      type: 'ready',
      kernels: setup.model.kernels.path,
      threads: setup.gradients?.threadCount ?? 1,
      totalParams: setup.compile.totalParams,
      nodes: setup.compile.nodes,
      warnings: setup.compile.problems.filter((p) => p.severity === 'warning'),
      dataset: {
        name: train.name,
        task: train.task,
        features: train.features,
        classes: train.classes,
        featureNames: train.featureNames,
        classNames: train.classNames,
        trainSize: train.n,
        validationSize: validation.n,
        standardization: setup.prepared?.standardization ?? null,
        badRows: setup.prepared?.badRows.slice(0, 100) ?? [],
        badRowCount: setup.prepared?.badRows.length ?? 0,
      },
      batchesPerEpoch: trainer.batchesPerEpoch,
    });
    liveGrid(r, true);
    neurons.newRun();
    neuronPictures(r, true);
    post({ type: 'state', state: r.state });
    if (trainer.outcome) finish(r, trainer.outcome);
    else if (r.state === 'running') scheduleSlice();
  }

  function handle(cmd: HostCommand): void {
    switch (cmd.type) {
      case 'start':
        start(cmd);
        return;
      case 'pause': {
        const r = requireRun('pause');
        if (r.state !== 'running') return;
        r.stepUntilEpoch = null;
        catchUp(r);
        setState(r, 'paused');
        return;
      }
      case 'resume': {
        const r = requireRun('resume');
        if (r.state !== 'paused') return;
        setState(r, 'running');
        scheduleSlice();
        return;
      }
      case 'step': {
        const r = requireRun('step');
        if (r.state === 'done') return;
        r.stepUntilEpoch = r.trainer.epoch + 1;
        setState(r, 'running');
        scheduleSlice();
        return;
      }
      case 'stop': {
        const r = requireRun('stop');
        if (r.state === 'done') return;
        finish(r, r.trainer.stop());
        return;
      }
      case 'setLearningRate':
        requireRun('change the learning rate').trainer.setLearningRate(cmd.learningRate);
        return;
      case 'predictGrid': {
        const r = requireRun('draw a decision boundary');
        postGrid(r.setup.model, cmd, r.trainer.epoch, cmd.requestId);
        return;
      }
      case 'predict': {
        const r = requireRun('predict');
        const values = predictBatch(r.setup.model, cmd.x, cmd.rows);
        const width = r.setup.model.outputWidth;
        post({ type: 'prediction', requestId: cmd.requestId, rows: cmd.rows, width, values }, [
          values.buffer as ArrayBuffer,
        ]);
        return;
      }
      case 'getWeights': {
        const r = requireRun('read the weights');
        // Not transferred: the tensors may share memory with the model's parameters.
        post({
          type: 'weights',
          requestId: cmd.requestId,
          epoch: r.trainer.epoch,
          weights: r.setup.model.getWeights(),
        });
        return;
      }
      case 'getGradients': {
        const r = requireRun('read the gradients');
        const from = r.trainer.gradientsFrom;
        if (!from) throw new Error('There are no gradients yet: train at least one step (Step) first.');
        const gradients = gradientsByNode(r.setup.model);
        const buffers = Object.values(gradients).flatMap((g) => [g.kernel.data, ...(g.bias ? [g.bias.data] : [])]);
        post(
          { type: 'gradients', requestId: cmd.requestId, epoch: from.epoch, batch: from.batch, gradients },
          buffers.map((b) => b.buffer as ArrayBuffer),
        );
        return;
      }
      case 'watchNeurons':
        neurons.watch(cmd);
        if (run) neuronPictures(run, true);
        return;
      case 'traceSample': {
        const r = requireRun('trace a sample');
        post({ type: 'sampleTrace', requestId: cmd.requestId, ...traceRequest(r.trainer, cmd) });
        return;
      }
      case 'applySampleStep': {
        const r = requireRun('apply a step');
        if (r.state === 'running') {
          throw new Error('Pause training before applying a step on one sample: the run is changing the weights.');
        }
        post({ type: 'sampleStep', requestId: cmd.requestId, ...applyRequest(r.trainer, cmd) });
        return;
      }
      case 'dispose':
        generation += 1;
        sliceScheduled = false;
        run = null;
        return;
      default: {
        const unknown = cmd as { type?: unknown };
        throw new Error(`Unknown command "${String(unknown.type)}" sent to the training worker.`);
      }
    }
  }

  return {
    handle(cmd) {
      try {
        handle(cmd);
      } catch (e) {
        // A refused command (a bad learning rate, a grid for 3-D data) leaves the run as it was; a refused
        // request carries its id back so the caller can tell it from a failed run.
        reportError(e, 'requestId' in cmd ? cmd.requestId : undefined);
      }
    },
  };
}
