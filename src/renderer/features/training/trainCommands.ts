/**
 * The Train menu, as registered commands, so the keyboard, the browser toolbar and the native menu can run
 * a training session without the panel's buttons. Each command calls the same session functions with the
 * same document and data preview as the training panel's buttons, and is enabled when its button is.
 */
import type { Command } from '../../commands';
import { editorStore } from '../../document/editorStore';
import type { DataPreview } from '../../run/dataPreview';
import { previewStore } from './previewStore';
import { runActions } from './runActions';
import {
  pauseTraining,
  resetWeights,
  resumeTraining,
  sessionStore,
  startTraining,
  stepTraining,
  stopTraining,
} from './session';

const doc = () => editorStore.getState().doc;

/** The preview the panel trains with: only one built for the document's current dataset settings. */
export function currentPreview(): DataPreview | null {
  const { result, spec } = previewStore.getState();
  return result?.ok && spec === doc().dataset ? result.preview : null;
}

const actions = () => runActions(sessionStore.getState().status, currentPreview() !== null);

export const TRAIN_COMMANDS: readonly Command[] = [
  {
    id: 'train.start',
    label: 'commands.train.start',
    group: 'Train',
    shortcuts: ['Mod+Enter'],
    enabled: () => actions().train,
    perform: () => startTraining(doc(), currentPreview()),
  },
  {
    // A run that waits at its seeded initial weights: what the step-through asks when nothing has trained.
    id: 'train.startPaused',
    label: 'commands.train.startPaused',
    group: 'Train',
    shortcuts: [],
    enabled: () => actions().train,
    perform: () => startTraining(doc(), currentPreview(), 'paused'),
  },
  {
    id: 'train.pauseResume',
    label: 'commands.train.pauseResume',
    group: 'Train',
    shortcuts: ['Mod+.'],
    enabled: () => actions().pauseResume,
    perform: () => (sessionStore.getState().status === 'paused' ? resumeTraining() : pauseTraining()),
  },
  {
    id: 'train.step',
    label: 'commands.train.step',
    group: 'Train',
    shortcuts: [],
    enabled: () => actions().step,
    perform: () => stepTraining(doc(), currentPreview()),
  },
  {
    id: 'train.stop',
    label: 'commands.train.stop',
    group: 'Train',
    // Not Mod+Shift+.: with Shift held the browser reports the key as ">" on most layouts, so the renderer's
    // key matching (which compares `event.key`) would never see ".".
    shortcuts: ['Mod+Shift+Enter'],
    enabled: () => actions().stop,
    perform: stopTraining,
  },
  {
    id: 'train.reset',
    label: 'commands.train.reset',
    group: 'Train',
    shortcuts: [],
    enabled: () => actions().reset,
    perform: resetWeights,
  },
];
