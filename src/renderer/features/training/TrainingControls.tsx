/**
 * Training settings and the run buttons. Settings are document edits (undoable, saved); the learning rate
 * may also change while a run trains, which is sent to the worker at once.
 */
import { useId, type ReactNode } from 'react';
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
  const { settings, status } = p;
  const active = isRunActive(status);
  // The same rules enable the Train menu's commands (runActions.ts), so buttons and menu never disagree.
  const can = runActions(status, p.canStart);
  return (
    <section className="training-controls" aria-label="Training settings">
      <h2 className="panel-title">Training</h2>
      <div className="run-buttons">
        <button type="button" className="primary" onClick={p.onTrain} disabled={!can.train}>
          Train
        </button>
        {status === 'paused' ? (
          <button type="button" onClick={p.onResume}>
            Resume
          </button>
        ) : (
          <button type="button" onClick={p.onPause} disabled={!can.pauseResume}>
            Pause
          </button>
        )}
        <button type="button" onClick={p.onStep} disabled={!can.step} title="Train one epoch, then pause">
          Step
        </button>
        <button type="button" onClick={p.onStop} disabled={!can.stop}>
          Stop
        </button>
        <button
          type="button"
          onClick={p.onReset}
          disabled={!can.reset}
          title="Forget the trained weights and clear the charts"
        >
          Reset weights
        </button>
      </div>
      {p.children}
      <div className="settings-grid">
        <div className="field">
          <label htmlFor={`${id}-opt`}>Optimizer</label>
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
          label="Learning rate"
          value={settings.learningRate}
          min={1e-7}
          max={10}
          hint={active ? 'changes apply to the run at once' : undefined}
          onChange={(learningRate) => {
            p.onSettings({ learningRate });
            p.onLearningRate(learningRate);
          }}
        />
        <NumberField
          label="Batch size"
          value={settings.batchSize}
          integer
          min={1}
          max={4096}
          disabled={active}
          onChange={(batchSize) => p.onSettings({ batchSize })}
        />
        <NumberField
          label="Epochs"
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
          label="Seed"
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
            Early stopping
          </label>
        </div>
        {settings.earlyStopping && (
          <NumberField
            label="Patience (epochs)"
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
