/**
 * The run driver: one training worker client and the runs it trains, one after another. It sends the
 * commands, folds the engine host's events into one RunState, hands that state on a few times a second (one
 * throttled flush for epochs, progress and grids), fetches the outputs and final weights when a run ends, and
 * makes the saved run with the project's one record builder. The training panel binds one driver to its
 * store; compare runs N variants on a pool of drivers.
 *
 * Everything it depends on is passed in (client, timers, clocks, run ids), so it is tested with a fake client.
 */
import type {
  CompileProblem,
  DatasetSpec,
  EpochMetrics,
  Graph,
  RunEnd,
  TrainingSettings,
  UnitWindow,
  WeightsByNode,
} from '../../engine';
import type { DatasetResources } from '../../engine/data';
import type { HostEvent, LiveGridOptions } from '../../engine/protocol/messages';
import type { NeuronsEvent } from '../../engine/protocol/neuronMessages';
import { buildRunRecord, type Run } from '../../project';
import type { Timers } from '../../shared/timers';
import { fetchOutputs, type OutputQuery, type RunOutputs } from './outputs';
import { transformFromReady } from './transform';
import type { GradientsEvent, GridEvent, TrainingClient } from './trainingClient';
import type { WordableProblem } from '../../shared/i18n';

export type ProgressEvent = Extract<HostEvent, { type: 'progress' }>;
export type ReadyEvent = Extract<HostEvent, { type: 'ready' }>;

/**
 * idle: nothing trained, or a start that failed (then `error` says why); starting: the start command is on
 * its way; running and paused as the worker says; done: the run ended (`end`) or failed while training
 * (`error`).
 */
export type RunStatus = 'idle' | 'starting' | 'running' | 'paused' | 'done';

export interface RunState {
  status: RunStatus;
  history: EpochMetrics[];
  progress: ProgressEvent | null;
  grid: GridEvent | null;
  /** The latest pictures of the watched nodes' units (see watchNeurons). */
  neurons: NeuronsEvent | null;
  outputs: RunOutputs | null;
  ready: ReadyEvent | null;
  /** The checksum of the rows the first epoch fed, as the worker reports it with epoch 1. */
  firstEpochChecksum: string | null;
  end: RunEnd | null;
  /** How the run ended, in the engine's words. */
  message: string | null;
  /** The same as data (code and parameters), which the views word in the reader's language. */
  outcome: WordableProblem | null;
  /** A failure to start or to train, in the engine's words. */
  error: string | null;
  /** The same as data when the dataset could not be built (a CSV without feature columns, a damaged file). */
  errorProblem: WordableProblem | null;
  problems: CompileProblem[];
  /** ISO times of the start command and of the end; null before. */
  startedAt: string | null;
  endedAt: string | null;
  /** Milliseconds from the start command to the end of training. */
  wallMs: number | null;
  /** The final weights, once read after the end. */
  weights: WeightsByNode | null;
  /** The run as the project file saves it, once the end, the weights and the outputs are in. */
  record: Run | null;
}

export const IDLE_RUN: RunState = {
  status: 'idle',
  history: [],
  progress: null,
  grid: null,
  neurons: null,
  outputs: null,
  ready: null,
  firstEpochChecksum: null,
  end: null,
  message: null,
  outcome: null,
  error: null,
  errorProblem: null,
  problems: [],
  startedAt: null,
  endedAt: null,
  wallMs: null,
  weights: null,
  record: null,
};

/** Whether a run is under way: the graph should not change under it without asking, nor a second start. */
export function isRunActive(status: RunStatus): boolean {
  return status === 'starting' || status === 'running' || status === 'paused';
}

export interface RunRequest {
  graph: Graph;
  dataset: DatasetSpec;
  training: TrainingSettings;
  /** Bytes the worker cannot fetch (the digits file); may still be loading. */
  resources?: DatasetResources | Promise<DatasetResources | undefined>;
  initialWeights?: WeightsByNode;
  /** How the run begins: training at once (default), paused, or with one epoch and then paused (Step). */
  begin?: 'running' | 'paused' | 'step';
  liveGrid?: LiveGridOptions;
  metricsIntervalMs?: number;
  /** What the output view shows for data that is not a plane; null or absent for none. */
  outputs?: OutputQuery | null;
  /** Refresh the outputs while training, at most this often; absent: only when paused and at the end. */
  liveOutputsIntervalMs?: number;
  /** The saved run's name. */
  name?: string;
}

export interface RunDriverDeps {
  client: TrainingClient;
  timers: Timers;
  /** Milliseconds on a monotonic clock (performance.now), for wall time and output throttling. */
  now: () => number;
  /** The wall clock, for the saved run's times. */
  clock: () => Date;
  /** The id of the next saved run. */
  newRunId: () => string;
  /** Called with each new state (a new object each time). */
  onChange: (state: RunState) => void;
  /** Least time between two flushes of live epochs, progress and grids; default 250 ms. */
  flushIntervalMs?: number;
}

export interface RunDriver {
  /**
   * Starts a fresh run (replacing any current one). Resolves with the final state once the run has ended
   * and its weights and outputs are in, or when it is replaced, reset or the driver disposed.
   */
  start(request: RunRequest): Promise<RunState>;
  pause(): void;
  resume(): void;
  /** One epoch, then pause. */
  step(): void;
  stop(): void;
  /** Applies to a run under way; ignored otherwise. */
  setLearningRate(learningRate: number): void;
  /**
   * The worker's current weights and the last training step's gradients (for the inspector and the canvas):
   * while the run trains, paused, or after it ended until the next start or reset. Rejected without a model.
   */
  weights(): Promise<{ epoch: number; weights: WeightsByNode }>;
  gradients(): Promise<GradientsEvent>;
  /**
   * Which nodes' neuron pictures to receive, for this run and the next ones; the state's `neurons` follows,
   * also after the run ended (from its final weights) until reset. `window` asks for some units of one node
   * besides (the inspector's scrolled list), which arrive as the pictures' `window`.
   */
  watchNeurons(nodeIds: readonly string[], window?: UnitWindow | null): void;
  state(): RunState;
  /** Forgets the run and its trained model; the next start begins from the seeded initialisation again. */
  reset(): void;
  /** Ends the worker. Nothing is reported after this. */
  dispose(): void;
}

/** Where the current run stands with respect to the worker's events. */
type Phase =
  /** Before the start command was sent, or after the run was settled. */
  | 'none'
  /** Sent; events of an earlier run on this worker may still arrive until 'ready'. */
  | 'sent'
  | 'live'
  /** 'done' received; fetching weights and outputs. */
  | 'finishing';

interface Current {
  generation: number;
  request: RunRequest;
  startedAtMs: number;
  startedAt: Date;
  /** The CSV text the worker was given for a spec that names a path, for the saved transform. */
  csvText?: string;
  resolve: (state: RunState) => void;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function createRunDriver(deps: RunDriverDeps): RunDriver {
  const { client, timers, now } = deps;
  const flushIntervalMs = deps.flushIntervalMs ?? 250;
  let state: RunState = IDLE_RUN;
  let phase: Phase = 'none';
  let current: Current | null = null;
  let generation = 0;
  let disposed = false;
  type Pending = {
    epochs: EpochMetrics[];
    progress: ProgressEvent | null;
    grid: GridEvent | null;
    neurons: NeuronsEvent | null;
  };
  const nothingPending = (): Pending => ({ epochs: [], progress: null, grid: null, neurons: null });
  let pending = nothingPending();
  let watched: string[] = [];
  let watchedWindow: UnitWindow | null = null;
  /** Whether the worker holds a model whose pictures belong to the driver's state (its latest run). */
  let modelIsCurrent = false;
  let flushTimer: unknown = null;
  let outputsBusy = false;
  let lastOutputsAt = Number.NEGATIVE_INFINITY;

  const emit = (patch: Partial<RunState>): void => {
    state = { ...state, ...patch };
    if (!disposed) deps.onChange(state);
  };

  const cancelFlush = (): void => {
    if (flushTimer !== null) timers.clearTimeout(flushTimer);
    flushTimer = null;
  };

  /** What is pending, as a patch of the state; empties it. */
  const takePending = (): Partial<RunState> => {
    cancelFlush();
    const p = pending;
    pending = nothingPending();
    return {
      ...(p.epochs.length > 0 ? { history: [...state.history, ...p.epochs] } : {}),
      ...(p.progress ? { progress: p.progress } : {}),
      ...(p.grid ? { grid: p.grid } : {}),
      ...(p.neurons ? { neurons: p.neurons } : {}),
    };
  };

  const flush = (): void => {
    const patch = takePending();
    if (Object.keys(patch).length === 0) return;
    emit(patch);
    if (patch.history) void refreshOutputs(false);
  };

  const later = (): void => {
    flushTimer ??= timers.setTimeout(flush, flushIntervalMs);
  };

  /** Live outputs: at most once per liveOutputsIntervalMs while training, and whenever `force`d. */
  async function refreshOutputs(force: boolean): Promise<void> {
    const run = current;
    const query = run?.request.outputs;
    if (!run || !query || outputsBusy || phase !== 'live') return;
    if (
      !force &&
      (run.request.liveOutputsIntervalMs === undefined || now() - lastOutputsAt < run.request.liveOutputsIntervalMs)
    )
      return;
    outputsBusy = true;
    lastOutputsAt = now();
    try {
      const outputs = await fetchOutputs(client, query, state.history.length);
      if (run.generation === generation && phase === 'live') emit({ outputs });
    } catch {
      // The run was replaced or the worker closed: the next refresh asks again.
    } finally {
      outputsBusy = false;
    }
  }

  /** Ends the current run's promise with the state as it is; the run takes no more events. */
  const settle = (): void => {
    const run = current;
    current = null;
    phase = 'none';
    run?.resolve(state);
  };

  async function finish(run: Current, done: Extract<HostEvent, { type: 'done' }>): Promise<void> {
    const query = run.request.outputs;
    const [weights, outputs] = await Promise.all([
      client.getWeights().then(
        (w) => w.weights,
        () => undefined, // the run is still worth keeping without them
      ),
      query ? fetchOutputs(client, query, done.history.length).catch(() => null) : Promise.resolve(state.outputs),
    ]);
    if (run.generation !== generation || disposed) return;
    const { request } = run;
    const endedAt = state.endedAt ? new Date(state.endedAt) : deps.clock();
    let record: Run | null = null;
    let error: string | null = null;
    try {
      record = buildRunRecord({
        id: deps.newRunId(),
        ...(request.name !== undefined ? { name: request.name } : {}),
        startedAt: run.startedAt,
        endedAt,
        end: done.end,
        message: done.message,
        graph: request.graph,
        training: request.training,
        dataset: request.dataset,
        history: done.history,
        weights,
        ...(state.ready ? { transform: transformFromReady(state.ready, request.dataset, run.csvText) } : {}),
      });
    } catch (e) {
      error = messageOf(e);
    }
    emit({ weights: weights ?? null, outputs, record, ...(error ? { error } : {}) });
    settle();
  }

  function onEvent(event: HostEvent): void {
    if (disposed) return;
    if (event.type === 'neurons') {
      // Until 'ready' they picture the run being replaced; after the end, the final weights (a node expanded then).
      if (!modelIsCurrent || phase === 'sent') return;
      if (phase === 'live') {
        pending.neurons = event;
        later();
      } else emit({ neurons: event });
      return;
    }
    const run = current;
    if (!run) return;
    // Answers to requests are the client's business (it resolves the caller's promise).
    if ('requestId' in event && event.requestId !== undefined) return;
    if (phase === 'sent') {
      // Until 'ready', anything but a refused start belongs to the run this one replaced.
      if (event.type === 'ready') {
        phase = 'live';
        modelIsCurrent = true;
        emit({ ready: event });
      } else if (event.type === 'error') {
        emit({
          status: 'idle',
          error: event.message,
          errorProblem: event.problem ?? null,
          problems: event.problems ?? [],
          endedAt: deps.clock().toISOString(),
        });
        settle();
      }
      return;
    }
    if (phase !== 'live') return; // finishing: the history is final; late live events change nothing
    switch (event.type) {
      case 'state':
        if (event.state === 'done') return; // the 'done' event that follows carries the ending
        emit({ ...takePending(), status: event.state });
        if (event.state === 'paused') void refreshOutputs(true);
        return;
      case 'metrics':
        pending.epochs.push(...event.epochs);
        if (event.firstEpochChecksum && state.firstEpochChecksum === null)
          emit({ firstEpochChecksum: event.firstEpochChecksum });
        later();
        return;
      case 'progress':
        pending.progress = event;
        later();
        return;
      case 'grid':
        pending.grid = event;
        later();
        return;
      case 'done': {
        phase = 'finishing';
        // The full history replaces the epochs still pending; the last grid and progress (sent just before)
        // are kept, so the progress line shows where the run ended ("20 / 20", a full bar for a finished run).
        const grid = pending.grid ?? state.grid;
        const progress = pending.progress ?? state.progress;
        const neurons = pending.neurons ?? state.neurons;
        pending = nothingPending();
        cancelFlush();
        emit({
          status: 'done',
          history: event.history,
          grid,
          progress,
          neurons,
          end: event.end,
          message: event.message,
          outcome: event.code ? { code: event.code, message: event.message, params: event.params ?? {} } : null,
          endedAt: deps.clock().toISOString(),
          wallMs: now() - run.startedAtMs,
        });
        void finish(run, event);
        return;
      }
      case 'error':
        emit({
          ...takePending(),
          status: 'done',
          error: event.message,
          errorProblem: event.problem ?? null,
          problems: event.problems ?? [],
          endedAt: deps.clock().toISOString(),
          wallMs: now() - run.startedAtMs,
        });
        settle();
        return;
      default:
        return;
    }
  }

  client.subscribe(onEvent);

  /** Leaves the current run behind: its promise resolves and its late answers are ignored. */
  const abandon = (): void => {
    generation += 1;
    pending = nothingPending();
    modelIsCurrent = false;
    cancelFlush();
    outputsBusy = false;
    settle();
  };

  async function send(run: Current): Promise<void> {
    const { request } = run;
    let resources: DatasetResources | undefined;
    try {
      resources = await request.resources;
    } catch (e) {
      if (run.generation !== generation) return;
      emit({ status: 'idle', error: messageOf(e), endedAt: deps.clock().toISOString() });
      settle();
      return;
    }
    if (run.generation !== generation || disposed) return;
    run.csvText = resources?.csvText;
    phase = 'sent';
    client.send({
      type: 'start',
      graph: request.graph,
      datasetSpec: request.dataset,
      training: request.training,
      ...(resources ? { resources } : {}),
      ...(request.initialWeights ? { initialWeights: request.initialWeights } : {}),
      ...(request.liveGrid ? { liveGrid: request.liveGrid } : {}),
      ...(request.metricsIntervalMs !== undefined ? { metricsIntervalMs: request.metricsIntervalMs } : {}),
      ...(request.begin === 'paused' || request.begin === 'step' ? { paused: true } : {}),
    });
    if (request.begin === 'step') client.send({ type: 'step' });
  }

  const live = (): boolean => current !== null && (phase === 'live' || phase === 'sent');

  return {
    start(request) {
      if (disposed) return Promise.resolve(state);
      abandon();
      lastOutputsAt = Number.NEGATIVE_INFINITY;
      const startedAt = deps.clock();
      return new Promise<RunState>((resolve) => {
        const run: Current = { generation, request, startedAtMs: now(), startedAt, resolve };
        current = run;
        emit({ ...IDLE_RUN, status: 'starting', startedAt: startedAt.toISOString() });
        void send(run);
      });
    },
    pause: () => {
      if (live()) client.send({ type: 'pause' });
    },
    resume: () => {
      if (live()) client.send({ type: 'resume' });
    },
    step: () => {
      if (live()) client.send({ type: 'step' });
    },
    stop: () => {
      if (live()) client.send({ type: 'stop' });
      else if (current && phase === 'none') {
        // Still loading what the worker needs: the run never reaches it.
        const message = 'Stopped before training began.';
        emit({
          status: 'idle',
          message,
          outcome: { code: 'run-not-started', message, params: {} },
          endedAt: deps.clock().toISOString(),
        });
        abandon();
      }
    },
    setLearningRate(learningRate) {
      if (phase === 'live' && (state.status === 'running' || state.status === 'paused'))
        client.send({ type: 'setLearningRate', learningRate });
    },
    weights: () =>
      state.status === 'idle' ? Promise.reject(new Error('No network has been trained yet.')) : client.getWeights(),
    gradients: () =>
      state.status === 'idle' ? Promise.reject(new Error('No network has been trained yet.')) : client.getGradients(),
    watchNeurons(nodeIds, window = null) {
      const next = [...nodeIds];
      const sameWindow =
        window === watchedWindow ||
        (window !== null &&
          watchedWindow !== null &&
          window.nodeId === watchedWindow.nodeId &&
          window.first === watchedWindow.first &&
          window.count === watchedWindow.count);
      if (sameWindow && next.length === watched.length && next.every((id, i) => id === watched[i])) return;
      watched = next;
      watchedWindow = window ? { ...window } : null;
      if (next.length === 0 && !window && state.neurons) emit({ neurons: null });
      client.send({ type: 'watchNeurons', nodeIds: next, ...(window ? { window: { ...window } } : {}) });
    },
    state: () => state,
    reset() {
      if (disposed) return;
      abandon();
      client.send({ type: 'dispose' });
      emit(IDLE_RUN);
    },
    dispose() {
      if (disposed) return;
      abandon();
      disposed = true;
      client.dispose();
    },
  };
}
