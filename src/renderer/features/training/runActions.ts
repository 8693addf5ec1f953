/**
 * Which run actions (Train, Pause/Resume, Step, Stop, Reset weights) are available in a session state. The
 * training panel's buttons (TrainingControls) and the Train menu's commands both ask this one function, so
 * they are always enabled together; as plain data it is tested without a browser.
 */
import { isRunActive } from '../../run/runDriver';
import type { SessionStatus } from './session';

export interface RunActions {
  train: boolean;
  /** Pause while running, Resume while paused. */
  pauseResume: boolean;
  step: boolean;
  stop: boolean;
  reset: boolean;
}

/** `canStart`: the document's dataset has a preview ready (the panel's `canStart`). */
export function runActions(status: SessionStatus, canStart: boolean): RunActions {
  const active = isRunActive(status);
  return {
    train: !active && canStart,
    pauseResume: status === 'running' || status === 'paused',
    step: status !== 'running' && status !== 'starting' && canStart,
    stop: active,
    reset: !active && status !== 'idle',
  };
}
