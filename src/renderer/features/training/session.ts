/**
 * The training session: one worker, the run it is training, and everything the charts show about it. State
 * lives in a zustand store; the functions below send the worker commands and fold its events into the store.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { CompileProblem, EpochMetrics, Graph, RunEnd } from '../../../engine';
import { dataTransformFrom, withoutEmbeddedText } from '../../../engine/data';
import type { HostEvent } from '../../../engine/protocol/messages';
import type { EditorDocument } from '../../document/document';
import { createTrainingClient, type GridEvent, type TrainingClient } from '../../run/trainingClient';
import { loadMnistBytes } from '../../run/dataClient';
import type { DataPreview } from '../../run/dataPreview';
import { runsStore } from '../../document/runsStore';
import { describeNetwork } from '../../document/runSummary';
import { boundaryRanges, featureBounds, linspace } from '../../run/gridRange';

export type SessionStatus = 'idle' | 'starting' | 'running' | 'paused' | 'done';
export type ProgressEvent = Extract<HostEvent, { type: 'progress' }>;
export type ReadyEvent = Extract<HostEvent, { type: 'ready' }>;

/** Model outputs for the output view: a curve over x values, or predictions for the validation rows. */
export type Outputs =
  | { kind: 'curve'; x: Float32Array; values: Float32Array; epoch: number }
  | { kind: 'classes'; values: Float32Array; width: number; rows: number; epoch: number };

export interface SessionState {
  status: SessionStatus;
  history: EpochMetrics[];
  progress: ProgressEvent | null;
  grid: GridEvent | null;
  outputs: Outputs | null;
  ready: ReadyEvent | null;
  end: RunEnd | null;
  /** How the run ended, in the engine's words. */
  message: string | null;
  /** A failure to start or to train, in the engine's words. */
  error: string | null;
  problems: CompileProblem[];
  /** The graph being trained, to notice edits made meanwhile. */
  runGraph: Graph | null;
}

const initial: SessionState = {
  status: 'idle',
  history: [],
  progress: null,
  grid: null,
  outputs: null,
  ready: null,
  end: null,
  message: null,
  error: null,
  problems: [],
  runGraph: null,
};

export const sessionStore = createStore<SessionState>()(() => ({ ...initial }));

export function useSession<T>(selector: (s: SessionState) => T): T {
  return useStore(sessionStore, selector);
}

/** Resolution of the live decision boundary: 80² cells is smooth on screen and cheap to compute. */
export const GRID_RESOLUTION = 80;
const GRID_INTERVAL_MS = 250;
const OUTPUTS_INTERVAL_MS = 1000;
const CURVE_POINTS = 200;

let client: TrainingClient | null = null;
/** Document and preview the current run was started with. */
let runDoc: EditorDocument | null = null;
let runPreview: DataPreview | null = null;
let runStartedAt = 0;
let outputsBusy = false;
let lastOutputsAt = 0;
/**
 * Epochs received but not yet drawn. The worker sends metrics up to 20 times a second; redrawing the charts
 * that often keeps the main thread busy, so new epochs are drawn together at most ~4 times a second.
 */
let pendingEpochs: EpochMetrics[] = [];
let flushTimer: ReturnType<typeof setTimeout> | null = null;
const DRAW_INTERVAL_MS = 250;

function flushEpochs(): void {
  if (flushTimer !== null) clearTimeout(flushTimer);
  flushTimer = null;
  if (pendingEpochs.length === 0) return;
  const epochs = pendingEpochs;
  pendingEpochs = [];
  sessionStore.setState((s) => ({ history: [...s.history, ...epochs] }));
  void refreshOutputs(false);
}

function ensureClient(): TrainingClient {
  if (!client) {
    client = createTrainingClient();
    client.subscribe(onEvent);
  }
  return client;
}

function onEvent(event: HostEvent): void {
  const s = sessionStore.getState();
  switch (event.type) {
    case 'ready':
      sessionStore.setState({ ready: event });
      return;
    case 'state':
      flushEpochs();
      sessionStore.setState({ status: event.state });
      if (event.state === 'paused') void refreshOutputs(true);
      return;
    case 'metrics':
      pendingEpochs.push(...event.epochs);
      flushTimer ??= setTimeout(flushEpochs, DRAW_INTERVAL_MS);
      return;
    case 'progress':
      sessionStore.setState({ progress: event });
      return;
    case 'grid':
      if (event.requestId === undefined) sessionStore.setState({ grid: event });
      return;
    case 'done':
      pendingEpochs = [];
      flushEpochs();
      sessionStore.setState({ status: 'done', history: event.history, end: event.end, message: event.message });
      void refreshOutputs(true);
      void recordRun(event.end, event.message, event.history);
      return;
    case 'error':
      sessionStore.setState({
        error: event.message,
        problems: event.problems ?? [],
        status: s.status === 'starting' || s.status === 'idle' ? 'idle' : 'done',
      });
      return;
    default:
      return;
  }
}

/** Asks the model for the output view's predictions, at most once a second unless `force`. */
async function refreshOutputs(force: boolean): Promise<void> {
  const preview = runPreview;
  if (!client || !preview || preview.plane2d || outputsBusy) return;
  if (!force && performance.now() - lastOutputsAt < OUTPUTS_INTERVAL_MS) return;
  outputsBusy = true;
  lastOutputsAt = performance.now();
  try {
    const epoch = sessionStore.getState().history.length;
    if (preview.task === 'regression' && preview.features === 1) {
      const x = linspace(featureBounds([preview.train, preview.validation], 0, 0.05), CURVE_POINTS);
      const answer = await client.predict(x.slice(), CURVE_POINTS);
      sessionStore.setState({ outputs: { kind: 'curve', x, values: answer.values, epoch } });
    } else if (preview.task === 'classification' && preview.validation.n > 0) {
      const v = preview.validation;
      const answer = await client.predict(v.x.slice(), v.n);
      sessionStore.setState({
        outputs: { kind: 'classes', values: answer.values, width: answer.width, rows: answer.rows, epoch },
      });
    }
  } catch {
    // The run was replaced or the worker closed: the next refresh will ask again.
  } finally {
    outputsBusy = false;
  }
}

async function recordRun(end: RunEnd, message: string, history: EpochMetrics[]): Promise<void> {
  const doc = runDoc;
  const ready = sessionStore.getState().ready;
  if (!doc || !client) return;
  let weights;
  try {
    weights = (await client.getWeights()).weights;
  } catch {
    weights = undefined; // the run is still worth keeping without them
  }
  const dataset = withoutEmbeddedText(doc.dataset);
  runsStore.getState().addRun({
    id: `run-${Date.now().toString(36)}-${runsStore.getState().runs.length + 1}`,
    startedAt: new Date(runStartedAt).toISOString(),
    endedAt: new Date().toISOString(),
    end,
    message,
    settings: {
      training: doc.training,
      dataset,
      totalParams: ready?.totalParams ?? 0,
      network: describeNetwork(doc.graph),
    },
    history,
    weights,
    ...(ready
      ? {
          transform: dataTransformFrom(doc.dataset, {
            ...ready.dataset,
            rows: ready.dataset.trainSize + ready.dataset.validationSize,
          }),
        }
      : {}),
  });
}

/** Starts a fresh run of the document's network on its data (paused when stepping from nothing). */
export async function startTraining(doc: EditorDocument, preview: DataPreview | null, paused = false): Promise<void> {
  const c = ensureClient();
  runDoc = doc;
  runPreview = preview;
  runStartedAt = Date.now();
  lastOutputsAt = 0;
  pendingEpochs = [];
  flushEpochs();
  sessionStore.setState({ ...initial, status: 'starting', runGraph: doc.graph });
  try {
    const resources = doc.dataset.kind === 'mnist' ? { mnist: await loadMnistBytes() } : undefined;
    const liveGrid = preview?.plane2d
      ? {
          ...boundaryRanges(preview.standardized, [preview.train, preview.validation]),
          resolution: GRID_RESOLUTION,
          intervalMs: GRID_INTERVAL_MS,
        }
      : undefined;
    c.send({
      type: 'start',
      graph: doc.graph,
      datasetSpec: doc.dataset,
      training: doc.training,
      resources,
      liveGrid,
      paused,
    });
  } catch (e) {
    sessionStore.setState({ status: 'idle', error: e instanceof Error ? e.message : String(e) });
  }
}

export function pauseTraining(): void {
  client?.send({ type: 'pause' });
}

export function resumeTraining(): void {
  client?.send({ type: 'resume' });
}

/** One epoch, then pause. From nothing (or after a finished run) this starts a new run paused first. */
export async function stepTraining(doc: EditorDocument, preview: DataPreview | null): Promise<void> {
  const status = sessionStore.getState().status;
  if (status === 'idle' || status === 'done') await startTraining(doc, preview, true);
  client?.send({ type: 'step' });
}

export function stopTraining(): void {
  client?.send({ type: 'stop' });
}

export function setLiveLearningRate(learningRate: number): void {
  const status = sessionStore.getState().status;
  if (status === 'running' || status === 'paused') client?.send({ type: 'setLearningRate', learningRate });
}

/** Forgets the trained weights and the charts; the next run starts from the seeded initialisation again. */
export function resetWeights(): void {
  client?.send({ type: 'dispose' });
  runDoc = null;
  runPreview = null;
  pendingEpochs = [];
  flushEpochs();
  sessionStore.setState({ ...initial });
}

/** Whether a run is under way (the graph should not change under it without asking). */
export function isTrainingActive(status: SessionStatus): boolean {
  return status === 'running' || status === 'paused' || status === 'starting';
}
