/** Which help dialog is open, if any. The Help menu's commands open them; the dialogs close themselves. */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export type HelpDialogName = 'shortcuts' | 'about';

export interface HelpState {
  open: HelpDialogName | null;
}

export const helpStore = createStore<HelpState>()(() => ({ open: null }));

export function openHelpDialog(name: HelpDialogName): void {
  helpStore.setState({ open: name });
}

export function closeHelpDialog(): void {
  helpStore.setState({ open: null });
}

export function useHelp<T>(selector: (s: HelpState) => T): T {
  return useStore(helpStore, selector);
}
