/**
 * The unsaved-changes prompt on closing a window or quitting: Save / Don't Save / Cancel, where Cancel really
 * cancels.
 *
 * Why it exists: closing is decided in main, because a hung or crashed page must still be closable ("Don't
 * Save" works without the renderer), yet only the renderer holds the document to save. So: a clean window
 * closes at once; a dirty one prevents the close and asks. "Don't Save" closes; "Cancel" keeps the window and
 * abandons a quit in progress; "Save" asks the renderer to save (`window:saveBeforeClose`), and the renderer
 * calls `window:close` once the save succeeded, which then finds the document clean. If that save is
 * cancelled or fails, the window simply stays open.
 */
import type { UnsavedChoice } from '../shared/ipc';
import type { WindowSession } from './session';

export interface CloseEventLike {
  preventDefault(): void;
}

export interface CloseGuardDeps {
  confirm(session: WindowSession): Promise<UnsavedChoice>;
  requestSave(session: WindowSession): void;
  closeWindow(session: WindowSession): void;
  /** The user pressed Cancel, so a quit in progress must be forgotten. */
  onQuitCancelled(): void;
}

export function createCloseGuard(deps: CloseGuardDeps) {
  return {
    /** Call from the window's 'close' event. */
    onClose(session: WindowSession, event: CloseEventLike): void {
      if (session.closeConfirmed || !session.dirty) return;
      event.preventDefault();
      if (session.prompting) return;
      session.prompting = true;
      void deps
        .confirm(session)
        .catch((): UnsavedChoice => 'cancel')
        .then((choice) => {
          session.prompting = false;
          if (choice === 'discard') {
            session.closeConfirmed = true;
            deps.closeWindow(session);
          } else if (choice === 'save') {
            // A quit in progress continues once the saved window closes (index.ts quits again then).
            deps.requestSave(session);
          } else {
            deps.onQuitCancelled();
          }
        });
    },
  };
}
