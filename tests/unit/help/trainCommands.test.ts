/**
 * The Train menu runs the same session functions as the training panel's buttons, with the same document and
 * preview, and is enabled exactly when they are. The session's worker functions are replaced by spies; its
 * store is the real one.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionStatus } from '../../../src/renderer/features/training/session';
import type { DataPreview } from '../../../src/renderer/run/dataPreview';

vi.mock('../../../src/renderer/features/training/session', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/renderer/features/training/session')>();
  return {
    ...real,
    startTraining: vi.fn(async () => {}),
    stepTraining: vi.fn(async () => {}),
    pauseTraining: vi.fn(),
    resumeTraining: vi.fn(),
    stopTraining: vi.fn(),
    resetWeights: vi.fn(),
  };
});

const session = await import('../../../src/renderer/features/training/session');
const { TRAIN_COMMANDS, currentPreview } = await import('../../../src/renderer/features/training/trainCommands');
const { runActions } = await import('../../../src/renderer/features/training/runActions');
const { previewStore } = await import('../../../src/renderer/features/training/previewStore');
const { editorStore } = await import('../../../src/renderer/document/editorStore');
const { registerCommands, runCommand } = await import('../../../src/renderer/commands');

registerCommands(TRAIN_COMMANDS);

const preview = { task: 'classification', features: 2 } as unknown as DataPreview;
const previewReady = () =>
  previewStore.setState({ spec: editorStore.getState().doc.dataset, result: { ok: true, preview }, loading: false });
const status = (s: SessionStatus) => session.sessionStore.setState({ status: s });
const enabled = () => Object.fromEntries(TRAIN_COMMANDS.map((c) => [c.id, c.enabled()]));

beforeEach(() => {
  vi.clearAllMocks();
  previewStore.setState({ spec: null, result: null, loading: false });
  status('idle');
});

describe('runActions (the panel buttons’ rules)', () => {
  it('allows Train and Step only with data ready and no run under way', () => {
    expect(runActions('idle', true)).toEqual({
      train: true,
      pauseResume: false,
      step: true,
      stop: false,
      reset: false,
    });
    expect(runActions('idle', false)).toEqual({
      train: false,
      pauseResume: false,
      step: false,
      stop: false,
      reset: false,
    });
    expect(runActions('starting', true)).toEqual({
      train: false,
      pauseResume: false,
      step: false,
      stop: true,
      reset: false,
    });
    expect(runActions('running', true)).toEqual({
      train: false,
      pauseResume: true,
      step: false,
      stop: true,
      reset: false,
    });
    expect(runActions('paused', true)).toEqual({
      train: false,
      pauseResume: true,
      step: true,
      stop: true,
      reset: false,
    });
    expect(runActions('done', true)).toEqual({ train: true, pauseResume: false, step: true, stop: false, reset: true });
  });
});

describe('Train commands', () => {
  it('are disabled until the preview of the document’s own dataset is ready', () => {
    expect(currentPreview()).toBeNull();
    expect(runCommand('train.start')).toBe(false);
    // A preview built for other dataset settings (the user changed them since) does not count.
    previewStore.setState({ spec: { ...editorStore.getState().doc.dataset }, result: { ok: true, preview } });
    expect(enabled()['train.start']).toBe(false);
    previewReady();
    expect(enabled()).toEqual({
      'train.start': true,
      'train.startPaused': true,
      'train.pauseResume': false,
      'train.step': true,
      'train.stop': false,
      'train.reset': false,
    });
  });

  it('start and step with the current document and preview, as the panel does', () => {
    previewReady();
    expect(runCommand('train.start')).toBe(true);
    expect(session.startTraining).toHaveBeenCalledWith(editorStore.getState().doc, preview);
    expect(runCommand('train.step')).toBe(true);
    expect(session.stepTraining).toHaveBeenCalledWith(editorStore.getState().doc, preview);
    // The step-through's run that waits at the seeded weights.
    expect(runCommand('train.startPaused')).toBe(true);
    expect(session.startTraining).toHaveBeenLastCalledWith(editorStore.getState().doc, preview, 'paused');
  });

  it('pause while running, resume while paused, stop and reset when the buttons would', () => {
    previewReady();
    status('running');
    expect(runCommand('train.pauseResume')).toBe(true);
    expect(session.pauseTraining).toHaveBeenCalledTimes(1);
    expect(session.resumeTraining).not.toHaveBeenCalled();
    expect(runCommand('train.start')).toBe(false);
    expect(runCommand('train.reset')).toBe(false);
    status('paused');
    expect(runCommand('train.pauseResume')).toBe(true);
    expect(session.resumeTraining).toHaveBeenCalledTimes(1);
    expect(runCommand('train.stop')).toBe(true);
    expect(session.stopTraining).toHaveBeenCalledTimes(1);
    status('done');
    expect(runCommand('train.stop')).toBe(false);
    expect(runCommand('train.reset')).toBe(true);
    expect(session.resetWeights).toHaveBeenCalledTimes(1);
  });
});
