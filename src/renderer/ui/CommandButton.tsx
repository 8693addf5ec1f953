/**
 * A panel's button for a registered command: its label and enabled state come from the registry and a click
 * runs the command by id, as the menus and shortcuts do. Features use it to offer another feature's action
 * without importing it; it draws nothing while no feature has registered `id`.
 */
import type { ReactNode } from 'react';
import type { LessonControl } from '../../project';
import { commandLabel, runCommand, useCommand } from '../commands';
import { lessonPart as lessonPartAttribute } from './lessonPart';

export interface CommandButtonProps {
  id: string;
  className?: string;
  title?: string;
  /** The button's words when they differ from the command's label (Pause or Resume for "Pause / Resume"). */
  children?: ReactNode;
  /** The part of the window a lesson may hide or lock that this button is (ui/lessonPart.ts). */
  lessonPart?: LessonControl;
}

export function CommandButton({ id, className, title, children, lessonPart }: CommandButtonProps) {
  const command = useCommand(id);
  if (!command) return null;
  return (
    <button
      type="button"
      className={className}
      title={title}
      {...(lessonPart ? lessonPartAttribute(lessonPart) : {})}
      disabled={!command.enabled()}
      onClick={() => runCommand(id)}
    >
      {children ?? commandLabel(command)}
    </button>
  );
}
