/**
 * A panel's button for a registered command: its label and enabled state come from the registry and a click
 * runs the command by id, as the menus and shortcuts do. Features use it to offer another feature's action
 * without importing it; it draws nothing while no feature has registered `id`.
 */
import type { ReactNode } from 'react';
import { commandLabel, runCommand, useCommand } from '../commands';

export function CommandButton({ id, className, children }: { id: string; className?: string; children?: ReactNode }) {
  const command = useCommand(id);
  if (!command) return null;
  return (
    <button type="button" className={className} disabled={!command.enabled()} onClick={() => runCommand(id)}>
      {children ?? commandLabel(command)}
    </button>
  );
}
