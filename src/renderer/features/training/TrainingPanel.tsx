/**
 * The training area: data settings and preview, training settings and buttons, progress, and the charts
 * of the current run; below them the run history. Training happens in a Web Worker, so the page stays
 * responsive; this component only sends commands and draws the store.
 */
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compileErrorText, problemOr, problemText } from '../../../shared/i18n';
import { registerCommands } from '../../commands';
import { AccuracyChart } from './AccuracyChart';
import { LossChart } from '../../ui/charts/LossChart';
import { RunHistory } from './RunHistory';
import { HealthPanel } from './health/HealthPanel';
import { editorStore, useEditor } from '../../document/editorStore';
import { DataPanel } from './DataPanel';
import { ConfirmDialog } from './ConfirmDialog';
import { OutputView } from './OutputView';
import { LiveProgressBar } from './ProgressBar';
import { refreshPreview, usePreview } from './previewStore';
import { sessionStore, setLiveLearningRate, type SessionStatus, stopTraining, useSession } from './session';
import { TRAIN_COMMANDS } from './trainCommands';
import { parseFlag, useStoredLayout } from '../../ui/useStoredLayout';
import { TrainingControls } from './TrainingControls';
import { isRunActive } from '../../run/runDriver';
import { useStaggered } from './useStaggered';
import { useThrottled } from '../../ui/charts/useThrottled';
import type { DataPreview } from '../../run/dataPreview';
import { useSavedNeurons } from './savedNeurons';
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
        if (s.doc.graph !== before.doc.graph && isRunActive(session.status) && session.runGraph !== s.doc.graph)
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
  useSavedNeurons();
  const { t } = useTranslation();
  useEffect(() => registerCommands(TRAIN_COMMANDS), []);
  usePreviewFollowsDocument();
  const [asking, stopForEdit, keepTraining] = useGraphEditWhileTraining();
  const training = useEditor((s) => s.doc.training);
  const setTraining = useEditor((s) => s.setTraining);
  const result = usePreview((s) => s.result);
  const previewSpec = usePreview((s) => s.spec);
  const dataset = useEditor((s) => s.doc.dataset);
  const status = useSession((s) => s.status);
  // The status line follows the charts: "Finished." appears only once they show the last epoch.
  const [shownStatus, setShownStatus] = useState<SessionStatus>(status);
  const end = useSession((s) => s.end);
  const outcome = useSession((s) => s.outcome);
  const rawMessage = useSession((s) => s.message);
  const message = problemOr(t, outcome, rawMessage);
  const rawError = useSession((s) => s.error);
  const errorProblem = useSession((s) => s.errorProblem);
  const problems = useSession((s) => s.problems);
  // A refused start in the reader's language: the dataset's problem, or the graph's compile errors.
  const error = errorProblem
    ? problemText(t, errorProblem)
    : rawError && problems.some((p) => p.severity === 'error')
      ? compileErrorText(t, problems)
      : rawError;
  const preview = result?.ok && previewSpec === dataset ? result.preview : null;
  const active = isRunActive(status);
  // The settings column folds down to the run buttons, progress and status, giving the charts its width.
  const [settingsShown, setSettingsShown] = useStoredLayout('trainingSettings', parseFlag(true));

  return (
    <div className={`training-panel${settingsShown ? '' : ' settings-collapsed'}`}>
      <div className="training-panel__settings">
        <button
          type="button"
          className="settings-toggle"
          aria-expanded={settingsShown}
          onClick={() => setSettingsShown(!settingsShown)}
        >
          {settingsShown ? t('training.hideSettings') : t('training.showSettings')}
        </button>
        {/* Run buttons, progress and status come first so Train is in view without scrolling. */}
        <TrainingControls
          settings={training}
          status={status}
          onSettings={setTraining}
          onLearningRate={setLiveLearningRate}
        >
          <LiveProgressBar />
          <p className="training-status" aria-live="polite" data-status={shownStatus}>
            {t(statusKey(shownStatus))}
            {shownStatus === 'done' && end !== 'diverged' && message ? ` ${message}` : ''}
          </p>
          {(error || end === 'diverged') && (
            <p className="training-error" role="alert">
              {end === 'diverged' ? message : error}
            </p>
          )}
        </TrainingControls>
        {settingsShown && <DataPanel disabled={active} />}
      </div>
      <LiveCharts preview={preview} onStatusShown={setShownStatus} />
      <HealthPanel />
      <RunHistory />
      <ConfirmDialog
        open={asking}
        title={t('training.stopTitle')}
        message={t('training.stopMessage')}
        confirmLabel={t('training.stopConfirm')}
        cancelLabel={t('training.stopCancel')}
        onConfirm={stopForEdit}
        onCancel={keepTraining}
      />
    </div>
  );
}

/**
 * The charts of the current run. They read the session store themselves so that progress updates do not
 * re-render them, and they draw staggered values (see useStaggered): the loss chart, the accuracy chart and
 * the output view each get new data in a task of their own, as a transition React can interrupt for input,
 * so redrawing them never holds the main thread for long. The status comes last and is passed up to the
 * status line once everything it vouches for is drawn.
 */
const LiveCharts = memo(function LiveCharts({
  preview,
  onStatusShown,
}: {
  preview: DataPreview | null;
  onStatusShown: (status: SessionStatus) => void;
}) {
  // A fast run finishes an epoch every few milliseconds; its charts redraw a few times a second (and the
  // last epoch at once when it pauses or ends).
  const history = useThrottled(
    useSession((s) => s.history),
    useSession((s) => s.status === 'running'),
  );
  const [lossHistory, accuracyHistory, grid, outputs, status] = useStaggered([
    history,
    history,
    useSession((s) => s.grid),
    useSession((s) => s.outputs),
    useSession((s) => s.status),
  ]);
  useEffect(() => onStatusShown(status), [status, onStatusShown]);
  return (
    <div className="training-panel__charts training-views">
      <LossChart history={lossHistory} height="100%" />
      {preview && <OutputView preview={preview} grid={grid} outputs={outputs} />}
      {preview?.task !== 'regression' && <AccuracyChart history={accuracyHistory} height="100%" />}
    </div>
  );
});

function statusKey(status: string): string {
  switch (status) {
    case 'starting':
      return 'training.status.starting';
    case 'running':
      return 'training.status.running';
    case 'paused':
      return 'training.status.paused';
    case 'done':
      return 'training.status.done';
    default:
      return 'training.status.idle';
  }
}
