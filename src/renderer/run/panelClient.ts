/**
 * The training panel's one worker, shared by the panel's run driver (features/training/session.ts) and the
 * step-through, which asks the same worker about the same live model. `panelRunStore` mirrors where the
 * panel's run stands (the session writes it), so the step-through knows whether there is a model to ask.
 */
import { createStore } from 'zustand/vanilla';
import { lazy } from '../../shared/lazy';
import type { RunStatus } from './runDriver';
import { createTrainingClient, type TrainingClient } from './trainingClient';

/** Made on first use, so a page that never trains or steps through starts no worker. */
export const panelClient = lazy<TrainingClient>(() => createTrainingClient());

export interface PanelRunState {
  status: RunStatus;
  /** Epochs completed by the panel's run. */
  epochs: number;
  /** Why the last start failed, or null. */
  error: string | null;
}

export const panelRunStore = createStore<PanelRunState>()(() => ({ status: 'idle', epochs: 0, error: null }));
