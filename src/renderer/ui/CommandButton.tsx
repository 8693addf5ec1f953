/**
 * A panel's button for a registered command: its label and enabled state come from the registry and a click
 * runs the command by id, as the menus and shortcuts do. Features use it to offer another feature's action
 * without importing it; it draws nothing while no feature has registered `id`.
 */
import type { ReactNode } from 'react';
import { commandLabel, runCommand, useCommand } from '../commands';

export interface CommandButtonProps {
  id: string;
  className?: string;
  title?: string;
  /** The button's words when they differ from the command's label (Pause or Resume for "Pause / Resume"). */
  children?: ReactNode;
}

export function CommandButton({ id, className, title, children }: CommandButtonProps) {
  const command = useCommand(id);
  if (!command) return null;
  return (
    <button
      type="button"
      className={className}
      title={title}
      disabled={!command.enabled()}
      onClick={() => runCommand(id)}
    >
      {children ?? commandLabel(command)}
    </button>
  );
}
