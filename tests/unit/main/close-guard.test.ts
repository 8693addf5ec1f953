import { describe, expect, it } from 'vitest';
import type { UnsavedChoice } from '../../../src/shared/ipc';
import { createCloseGuard } from '../../../src/main/close-guard';
import { createSession, type WindowSession } from '../../../src/main/session';

function setup(answer: UnsavedChoice) {
  const log: string[] = [];
  let resolveConfirm: (choice: UnsavedChoice) => void = () => undefined;
  const guard = createCloseGuard({
    confirm: () => {
      log.push('ask');
      return new Promise((resolve) => (resolveConfirm = resolve));
    },
    requestSave: () => log.push('save requested'),
    closeWindow: (session) => {
      log.push('close');
      guard.onClose(session, { preventDefault: () => log.push('prevented again') });
    },
    onQuitCancelled: () => log.push('quit cancelled'),
  });
  const session = createSession({
    platform: 'linux',
    writeBackup: async () => undefined,
    onBackupError: () => undefined,
    newId: () => 'id',
  });
  const close = (s: WindowSession) => {
    let prevented = false;
    guard.onClose(s, { preventDefault: () => (prevented = true) });
    return prevented;
  };
  const answerWith = async () => {
    resolveConfirm(answer);
    await new Promise((r) => setImmediate(r));
  };
  return { session, close, answerWith, log };
}

describe('close guard', () => {
  it('closes a clean window without asking', () => {
    const { session, close, log } = setup('cancel');
    expect(close(session)).toBe(false);
    expect(log).toEqual([]);
  });

  it('Cancel keeps the window open and abandons the quit', async () => {
    const { session, close, answerWith, log } = setup('cancel');
    session.dirty = true;
    expect(close(session)).toBe(true);
    expect(close(session)).toBe(true); // a second click while the prompt shows does not open another
    await answerWith();
    expect(log).toEqual(['ask', 'quit cancelled']);
    expect(session.closeConfirmed).toBe(false);
  });

  it("Don't Save closes even though the document is dirty", async () => {
    const { session, close, answerWith, log } = setup('discard');
    session.dirty = true;
    expect(close(session)).toBe(true);
    await answerWith();
    expect(log).toEqual(['ask', 'close']); // the second close event went through (no "prevented again")
  });

  it('Save asks the renderer to save and keeps the window until it reports a clean document', async () => {
    const { session, close, answerWith, log } = setup('save');
    session.dirty = true;
    close(session);
    await answerWith();
    expect(log).toEqual(['ask', 'save requested']);
    session.dirty = false; // the renderer saved and called window:setDirty(false), then window:close
    expect(close(session)).toBe(false);
  });
});
