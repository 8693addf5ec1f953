/**
 * Binds every registered command's shortcuts to the window. Keys pressed while typing in a field belong to
 * the field (so Backspace edits text and Ctrl+Z undoes typing, not the document).
 */
import { useEffect } from 'react';
import { getCommands } from './registry';
import { isTypingTarget, matchesShortcut } from './shortcuts';

export const isMacPlatform = (): boolean =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function useCommandShortcuts(): void {
  useEffect(() => {
    const isMac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      for (const command of getCommands()) {
        if (!command.shortcuts.some((s) => matchesShortcut(event, s, isMac))) continue;
        event.preventDefault();
        if (command.enabled()) command.perform();
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
