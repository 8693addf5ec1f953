/** A registered command for a component: follows registration changes, undefined while no one registered `id`. */
import { useSyncExternalStore } from 'react';
import { getCommand, onCommandsChanged, type Command } from './registry';

export function useCommand(id: string): Command | undefined {
  return useSyncExternalStore(onCommandsChanged, () => getCommand(id));
}
