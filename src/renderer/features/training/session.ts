/**
 * The training session: the training panel's one run driver (run/runDriver.ts) bound to its store. The
 * functions below are what the panel's buttons and the Train menu call; a finished run is added to the run
 * history as the driver saved it.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Graph } from '../../../engine';
import { nextRunId } from '../../../project';
import { lazy } from '../../../shared/lazy';
import { realTimers } from '../../../shared/timers';
import type { EditorDocument } from '../../document/document';
import { runsStore } from '../../document/runsStore';
import { loadMnistBytes } from '../../run/dataClient';
import type { DataPreview } from '../../run/dataPreview';
import { boundaryRanges } from '../../run/gridRange';
import { GRID_RESOLUTION, outputQuery, type RunOutputs } from '../../run/outputs';
import { createRunDriver, IDLE_RUN, type RunDriver, type RunState, type RunStatus } from '../../run/runDriver';
import { inspectionStore } from '../../run/inspection';
import { panelClient, panelRunStore } from '../../run/panelClient';
import { neuronsStore } from '../../run/neuronsStore';

export type SessionStatus = RunStatus;
export type { ProgressEvent, ReadyEvent } from '../../run/runDriver';
/** Model outputs for the output view: a curve over x values, or predictions for the validation rows. */
export type Outputs = RunOutputs;

export interface SessionState extends RunState {
  /** The graph being trained, to notice edits made meanwhile. */
  runGraph: Graph | null;
}

export const sessionStore = createStore<SessionState>()(() => ({ ...IDLE_RUN, runGraph: null }));

export function useSession<T>(selector: (s: SessionState) => T): T {
  return useStore(sessionStore, selector);
}

const GRID_INTERVAL_MS = 250;
/** Least time between two refreshes of the output view's predictions while training. */
const OUTPUTS_INTERVAL_MS = 1000;

/**
 * The panel's driver, made on first use so a page that never trains starts no worker. It pictures the
 * neurons of the nodes expanded on the canvas (run/neuronsStore.ts) and hands the pictures back there. Its
 * worker is the one the step-through asks too (run/panelClient.ts).
 */
const panelDriver = lazy<RunDriver>(() => {
  const driver = createRunDriver({
    client: panelClient.get(),
    timers: realTimers,
    now: () => performance.now(),
    clock: () => new Date(),
    newRunId: () => nextRunId(runsStore.getState().runs.map((r) => r.id)),
    onChange: (state) => {
      sessionStore.setState(state);
      panelRunStore.setState({ status: state.status, epochs: state.history.length, error: state.error });
      // Before its first start (and after a reset) the pictures are the saved run's (savedNeurons.ts).
      if (state.startedAt !== null || state.neurons) neuronsStore.getState().setPictures(state.neurons);
      publishInspection(state);
    },
  });
  driver.watchNeurons(neuronsStore.getState().expanded, neuronsStore.getState().inspected);
  neuronsStore.subscribe((s) => driver.watchNeurons(s.expanded, s.inspected));
  return driver;
});

/** The run as the inspector sees it (run/inspection.ts): its epochs, its graph and its worker. */
function publishInspection(state: RunState): void {
  const before = inspectionStore.getState();
  const live = state.status === 'idle' ? null : panelDriver.existing();
  const graph = state.status === 'idle' ? null : sessionStore.getState().runGraph;
  const running = state.status === 'running';
  if (before.history !== state.history || before.live !== live || before.graph !== graph || before.running !== running)
    inspectionStore.setState({ history: state.history, live, graph, running });
}

/** Starts a fresh run of the document's network on its data: training at once, paused, or for one epoch. */
export function startTraining(
  doc: EditorDocument,
  preview: DataPreview | null,
  begin: 'running' | 'paused' | 'step' = 'running',
): void {
  sessionStore.setState({ runGraph: doc.graph });
  const finished = panelDriver.get().start({
    graph: doc.graph,
    dataset: doc.dataset,
    training: doc.training,
    resources: doc.dataset.kind === 'mnist' ? loadMnistBytes().then((mnist) => ({ mnist })) : undefined,
    liveGrid: preview?.plane2d
      ? {
          ...boundaryRanges(preview.standardized, [preview.train, preview.validation]),
          resolution: GRID_RESOLUTION,
          intervalMs: GRID_INTERVAL_MS,
        }
      : undefined,
    outputs: preview ? outputQuery(preview.train, preview.validation, preview.plane2d) : null,
    liveOutputsIntervalMs: OUTPUTS_INTERVAL_MS,
    begin,
  });
  void finished.then((state) => {
    if (state.record) runsStore.getState().addRun(state.record, state.outcome);
  });
}

export function pauseTraining(): void {
  panelDriver.existing()?.pause();
}

export function resumeTraining(): void {
  panelDriver.existing()?.resume();
}

/** One epoch, then pause. From nothing (or after a finished run) this starts a new run for one epoch. */
export function stepTraining(doc: EditorDocument, preview: DataPreview | null): void {
  const status = sessionStore.getState().status;
  if (status === 'idle' || status === 'done') startTraining(doc, preview, 'step');
  else panelDriver.existing()?.step();
}

export function stopTraining(): void {
  panelDriver.existing()?.stop();
}

export function setLiveLearningRate(learningRate: number): void {
  panelDriver.existing()?.setLearningRate(learningRate);
}

/** Forgets the trained weights and the charts; the next run starts from the seeded initialisation again. */
export function resetWeights(): void {
  panelDriver.existing()?.reset();
  sessionStore.setState({ ...IDLE_RUN, runGraph: null });
}
