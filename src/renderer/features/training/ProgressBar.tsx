/** Epoch, share done, samples per second and time left of the run in progress. */
import { useTranslation } from 'react-i18next';
import { useSession, type ProgressEvent } from './session';
import { formatDuration } from '../../../shared/duration';
import { formatRate } from './eta';

export function ProgressBar({ progress, epochsDone }: { progress: ProgressEvent | null; epochsDone: number }) {
  const { t } = useTranslation();
  const total = progress?.totalEpochs ?? 0;
  const batches = progress ? progress.batchesPerEpoch : 1;
  // The worker reports the epoch being trained and the batches of it done; whole epochs come from history.
  const done = progress
    ? Math.min(total * batches, epochsDone * batches + (progress.epoch > epochsDone ? progress.batch : 0))
    : 0;
  const percent = total > 0 ? Math.round((100 * done) / (total * batches)) : 0;
  const eta = progress && Number.isFinite(progress.etaMs) ? formatDuration(progress.etaMs, t) : '—';
  return (
    <div className="progress">
      <div
        className="progress__bar"
        role="progressbar"
        aria-label={t('training.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('training.progressValue', { percent, done: epochsDone, total })}
      >
        {/* Scaled, not sized: a transform animates on the compositor, a width would lay out every frame. */}
        <div className="progress__fill" style={{ transform: `scaleX(${percent / 100})` }} />
      </div>
      <p className="progress__figures">
        <span>{t('training.epochOf', { done: epochsDone, total: total || '—' })}</span>
        <span>{formatRate(progress && progress.samplesPerSecond > 0 ? progress.samplesPerSecond : null, t)}</span>
        <span>{t('training.left', { eta })}</span>
      </p>
    </div>
  );
}

/**
 * The progress of the session's run. It reads the store itself: progress arrives several times a second, and
 * only this bar (not the whole training panel) needs to redraw for it.
 */
export function LiveProgressBar() {
  const progress = useSession((s) => s.progress);
  const epochsDone = useSession((s) => s.history.length);
  return <ProgressBar progress={progress} epochsDone={epochsDone} />;
}
