/**
 * The training area: data settings and preview, training settings and buttons, progress, and the charts
 * of the current run; below them the run history. Training happens in a Web Worker, so the page stays
 * responsive; this component only sends commands and draws the store.
 */
import { useDeferredValue, useEffect, useState } from 'react';
import { AccuracyChart } from '../charts/AccuracyChart';
import { LossChart } from '../charts/LossChart';
import { RunHistory } from '../runs/RunHistory';
import { editorStore, useEditor } from '../store/editorStore';
import { DataPanel } from './DataPanel';
import { ConfirmDialog } from './ConfirmDialog';
import { OutputView } from './OutputView';
import { LiveProgressBar } from './ProgressBar';
import { refreshPreview, usePreview } from './previewStore';
import {
  isTrainingActive,
  pauseTraining,
  resetWeights,
  resumeTraining,
  sessionStore,
  setLiveLearningRate,
  startTraining,
  stepTraining,
  stopTraining,
  useSession,
} from './session';
import { TrainingControls } from './TrainingControls';
import type { DataPreview } from '../worker/dataPreview';
import './training.css';

/** Rebuilds the data preview shortly after the dataset settings stop changing. */
function usePreviewFollowsDocument() {
  const spec = useEditor((s) => s.doc.dataset);
  useEffect(() => {
    const timer = setTimeout(() => void refreshPreview(spec), 120);
    return () => clearTimeout(timer);
  }, [spec]);
}

/** Asks before a graph edit is left under a run that trains the old graph. */
function useGraphEditWhileTraining(): [boolean, () => void, () => void] {
  const [asking, setAsking] = useState(false);
  useEffect(
    () =>
      editorStore.subscribe((s, before) => {
        const session = sessionStore.getState();
        if (s.doc.graph !== before.doc.graph && isTrainingActive(session.status) && session.runGraph !== s.doc.graph)
          setAsking(true);
      }),
    [],
  );
  const stop = () => {
    setAsking(false);
    stopTraining();
  };
  const keep = () => {
    setAsking(false);
    // Keep training the graph the run started with; ask again only on the next edit.
    sessionStore.setState({ runGraph: editorStore.getState().doc.graph });
  };
  return [asking, stop, keep];
}

export function TrainingPanel() {
  usePreviewFollowsDocument();
  const [asking, stopForEdit, keepTraining] = useGraphEditWhileTraining();
  const training = useEditor((s) => s.doc.training);
  const setTraining = useEditor((s) => s.setTraining);
  const result = usePreview((s) => s.result);
  const previewSpec = usePreview((s) => s.spec);
  const dataset = useEditor((s) => s.doc.dataset);
  const status = useSession((s) => s.status);
  // The status line is deferred like the charts, so "Finished." appears in the same commit as the last epoch.
  const shownStatus = useDeferredValue(status);
  const end = useSession((s) => s.end);
  const message = useSession((s) => s.message);
  const error = useSession((s) => s.error);
  const preview = result?.ok && previewSpec === dataset ? result.preview : null;
  const active = isTrainingActive(status);
  const doc = () => editorStore.getState().doc;

  return (
    <div className="training-panel">
      <div className="training-panel__settings">
        <DataPanel disabled={active} />
        <TrainingControls
          settings={training}
          status={status}
          canStart={preview !== null}
          onSettings={setTraining}
          onLearningRate={setLiveLearningRate}
          onTrain={() => void startTraining(doc(), preview)}
          onPause={pauseTraining}
          onResume={resumeTraining}
          onStep={() => void stepTraining(doc(), preview)}
          onStop={stopTraining}
          onReset={resetWeights}
        />
        <LiveProgressBar />
        <p className="training-status" aria-live="polite" data-status={shownStatus}>
          {statusText(shownStatus)}
          {shownStatus === 'done' && end !== 'diverged' && message ? ` ${message}` : ''}
        </p>
        {(error || end === 'diverged') && (
          <p className="training-error" role="alert">
            {end === 'diverged' ? message : error}
          </p>
        )}
      </div>
      <LiveCharts preview={preview} />
      <RunHistory />
      <ConfirmDialog
        open={asking}
        title="Stop training?"
        message="You changed the network while it is training. The run keeps training the network as it was when it started. Stop it so the next run uses your changes?"
        confirmLabel="Stop training"
        cancelLabel="Keep training"
        onConfirm={stopForEdit}
        onCancel={keepTraining}
      />
    </div>
  );
}

/**
 * The charts of the current run. They read the session store themselves so that progress and status
 * updates do not re-render them, and they draw deferred values: the store's subscription renders urgently
 * (and cheaply, since the memoised charts see the old values), then React renders the charts with the new
 * values as a transition that it interrupts every few milliseconds for input, so redrawing the charts and the
 * output view never holds the main thread for long.
 */
function LiveCharts({ preview }: { preview: DataPreview | null }) {
  const history = useDeferredValue(useSession((s) => s.history));
  const grid = useDeferredValue(useSession((s) => s.grid));
  const outputs = useDeferredValue(useSession((s) => s.outputs));
  return (
    <div className="training-panel__charts">
      <LossChart history={history} />
      {preview?.task !== 'regression' && <AccuracyChart history={history} />}
      {preview && <OutputView preview={preview} grid={grid} outputs={outputs} />}
    </div>
  );
}

function statusText(status: string): string {
  switch (status) {
    case 'starting':
      return 'Preparing the network and data…';
    case 'running':
      return 'Training…';
    case 'paused':
      return 'Paused.';
    case 'done':
      return 'Finished.';
    default:
      return 'Ready to train.';
  }
}
