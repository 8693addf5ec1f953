/**
 * Training settings and the run buttons. Settings are document edits (undoable, saved); the learning rate
 * may also change while a run trains, which is sent to the worker at once.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OPTIMIZERS, type OptimizerName, type TrainingSettings } from '../../../engine';
import { NumberField } from './NumberField';
import { runActions } from './runActions';
import { isRunActive } from '../../run/runDriver';
import type { SessionStatus } from './session';

export interface TrainingControlsProps {
  settings: TrainingSettings;
  status: SessionStatus;
  canStart: boolean;
  onSettings: (patch: Partial<TrainingSettings>) => void;
  onLearningRate: (lr: number) => void;
  onTrain: () => void;
  onPause: () => void;
  onResume: () => void;
  onStep: () => void;
  onStop: () => void;
  onReset: () => void;
  /** Shown right under the run buttons: progress, status and errors of the run. */
  children?: ReactNode;
}

export function TrainingControls(p: TrainingControlsProps) {
  const id = useId();
  const { t } = useTranslation();
  const { settings, status } = p;
  const active = isRunActive(status);
  // The same rules enable the Train menu's commands (runActions.ts), so buttons and menu never disagree.
  const can = runActions(status, p.canStart);
  return (
    <section className="training-controls" aria-label={t('training.settings')}>
      <h2 className="panel-title">{t('training.title')}</h2>
      <div className="run-buttons">
        <button type="button" className="primary" onClick={p.onTrain} disabled={!can.train}>
          {t('training.train')}
        </button>
        {status === 'paused' ? (
          <button type="button" onClick={p.onResume}>
            {t('training.resume')}
          </button>
        ) : (
          <button type="button" onClick={p.onPause} disabled={!can.pauseResume}>
            {t('training.pause')}
          </button>
        )}
        <button type="button" onClick={p.onStep} disabled={!can.step} title={t('training.stepTitle')}>
          {t('training.step')}
        </button>
        <button type="button" onClick={p.onStop} disabled={!can.stop}>
          {t('training.stop')}
        </button>
        <button type="button" onClick={p.onReset} disabled={!can.reset} title={t('training.resetTitle')}>
          {t('training.reset')}
        </button>
      </div>
      {p.children}
      <div className="settings-grid">
        <div className="field">
          <label htmlFor={`${id}-opt`}>{t('training.optimizer')}</label>
          <select
            id={`${id}-opt`}
            value={settings.optimizer}
            disabled={active}
            onChange={(e) => p.onSettings({ optimizer: e.target.value as OptimizerName })}
          >
            {OPTIMIZERS.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </div>
        <NumberField
          label={t('training.learningRate')}
          value={settings.learningRate}
          min={1e-7}
          max={10}
          hint={active ? t('training.liveHint') : undefined}
          onChange={(learningRate) => {
            p.onSettings({ learningRate });
            p.onLearningRate(learningRate);
          }}
        />
        <NumberField
          label={t('training.batchSize')}
          value={settings.batchSize}
          integer
          min={1}
          max={4096}
          disabled={active}
          onChange={(batchSize) => p.onSettings({ batchSize })}
        />
        <NumberField
          label={t('training.epochs')}
          value={settings.epochs}
          integer
          min={1}
          max={100000}
          disabled={active}
          onChange={(epochs) => p.onSettings({ epochs })}
        />
        <NumberField
          label="L2"
          value={settings.l2 ?? 0}
          min={0}
          max={1}
          disabled={active}
          onChange={(l2) => p.onSettings({ l2: l2 === 0 ? undefined : l2 })}
        />
        <NumberField
          label={t('training.seed')}
          value={settings.seed}
          integer
          disabled={active}
          onChange={(seed) => p.onSettings({ seed })}
        />
        <div className="field">
          <label htmlFor={`${id}-es`}>
            <input
              id={`${id}-es`}
              type="checkbox"
              checked={settings.earlyStopping !== undefined}
              disabled={active}
              onChange={(e) => p.onSettings({ earlyStopping: e.target.checked ? { patience: 10 } : undefined })}
            />{' '}
            {t('training.earlyStopping')}
          </label>
        </div>
        {settings.earlyStopping && (
          <NumberField
            label={t('training.patience')}
            value={settings.earlyStopping.patience}
            integer
            min={1}
            disabled={active}
            onChange={(patience) => p.onSettings({ earlyStopping: { patience } })}
          />
        )}
      </div>
    </section>
  );
}
