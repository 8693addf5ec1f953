/**
 * Training settings and the run buttons (the Train menu's commands, run by id). Settings are document edits (undoable, saved); the learning rate
 * may also change while a run trains, which is sent to the worker at once.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OPTIMIZERS, type OptimizerName, type TrainingSettings } from '../../../engine';
import { MAX_LEARNING_RATE } from '../../../project';
import { NumberField } from '../../ui/NumberField';
import { CommandButton } from '../../ui/CommandButton';
import { isRunActive } from '../../run/runDriver';
import type { SessionStatus } from './session';
import { lessonPart } from '../../ui/lessonPart';

export interface TrainingControlsProps {
  settings: TrainingSettings;
  status: SessionStatus;
  onSettings: (patch: Partial<TrainingSettings>) => void;
  onLearningRate: (lr: number) => void;
  /** Shown right under the run buttons: progress, status and errors of the run. */
  children?: ReactNode;
}

export function TrainingControls(p: TrainingControlsProps) {
  const id = useId();
  const { t } = useTranslation();
  const { settings, status } = p;
  const active = isRunActive(status);
  return (
    <section className="training-controls" aria-label={t('training.settings')}>
      <h2 className="panel-title">{t('training.title')}</h2>
      {/* The Train menu's commands, run by id: buttons, menu and shortcuts are enabled together. */}
      <div className="run-buttons">
        <CommandButton id="train.start" className="primary">
          {t('training.train')}
        </CommandButton>
        <CommandButton id="train.pauseResume">
          {status === 'paused' ? t('training.resume') : t('training.pause')}
        </CommandButton>
        <CommandButton id="train.step" title={t('training.stepTitle')}>
          {t('training.step')}
        </CommandButton>
        <CommandButton id="train.stop">{t('training.stop')}</CommandButton>
        <CommandButton id="train.reset" title={t('training.resetTitle')}>
          {t('training.reset')}
        </CommandButton>
      </div>
      {p.children}
      <div className="settings-grid" {...lessonPart('trainingSettings')}>
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
          max={MAX_LEARNING_RATE}
          hint={active ? t('training.liveHint') : undefined}
          warning={settings.learningRate > 1 ? t('training.highRate') : undefined}
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
