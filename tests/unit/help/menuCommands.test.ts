/**
 * The Train and Help commands next to the app's other commands: their shortcuts must not collide, must be
 * keys the renderer can recognise, and must become accelerators the native menu accepts and registers.
 */
import { describe, expect, it } from 'vitest';
import { shouldRegisterAccelerator } from '../../../src/main/menu';
import { commandLabel, matchesShortcut, toAccelerator, type Command } from '../../../src/renderer/commands';
import { EDIT_COMMANDS } from '../../../src/renderer/features/editor/editCommands';
import { COMPARE_COMMANDS } from '../../../src/renderer/features/compare/compareCommands';
import { HELP_COMMANDS } from '../../../src/renderer/features/help/helpCommands';
import { TRAIN_COMMANDS } from '../../../src/renderer/features/training/trainCommands';
import { MenuCommandDescriptor } from '../../../src/shared/menu-commands';

/** File's shortcuts, as fileCommands() registers them (it needs a live controller to build the commands). */
const FILE_SHORTCUTS = ['Mod+N', 'Mod+O', 'Mod+S', 'Mod+Shift+S', 'Mod+W'];

const ours: readonly Command[] = [...TRAIN_COMMANDS, ...HELP_COMMANDS];
const press = (key: string, mods: { ctrl?: boolean; shift?: boolean } = {}) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: false,
  shiftKey: mods.shift ?? false,
  altKey: false,
});
const commandFor = (event: ReturnType<typeof press>) =>
  ours.filter((c) => c.shortcuts.some((s) => matchesShortcut(event, s, false))).map((c) => c.id);

describe('Train and Help commands', () => {
  it('have the ids, groups and labels the menus show', () => {
    expect(TRAIN_COMMANDS.map((c) => [c.id, commandLabel(c)])).toEqual([
      ['train.start', 'Train'],
      ['train.startPaused', 'Start paused (initial weights)'],
      ['train.pauseResume', 'Pause / Resume'],
      ['train.step', 'Step one epoch'],
      ['train.stop', 'Stop'],
      ['train.reset', 'Reset weights'],
    ]);
    expect(TRAIN_COMMANDS.every((c) => c.group === 'Train')).toBe(true);
    expect(HELP_COMMANDS.map((c) => [c.id, c.group])).toEqual([
      ['help.shortcuts', 'Help'],
      ['help.about', 'Help'],
    ]);
  });

  it('use no shortcut another command already has', () => {
    const all = [...EDIT_COMMANDS, ...COMPARE_COMMANDS, ...ours].flatMap((c) => c.shortcuts);
    all.push(...FILE_SHORTCUTS);
    const normal = all.map((s) => s.toLowerCase());
    expect(normal.filter((s, i) => normal.indexOf(s) !== i)).toEqual([]);
  });

  it('run from the keys a user presses, Stop only with Shift', () => {
    expect(commandFor(press('Enter', { ctrl: true }))).toEqual(['train.start']);
    expect(commandFor(press('Enter', { ctrl: true, shift: true }))).toEqual(['train.stop']);
    expect(commandFor(press('.', { ctrl: true }))).toEqual(['train.pauseResume']);
    expect(commandFor(press('/', { ctrl: true }))).toEqual(['help.shortcuts']);
    expect(commandFor(press('F1'))).toEqual(['help.shortcuts']);
    expect(commandFor(press('Enter'))).toEqual([]);
  });

  it('become accelerators the native menu accepts and registers', () => {
    for (const command of ours) {
      const first = command.shortcuts[0];
      const descriptor = {
        id: command.id,
        label: commandLabel(command),
        group: command.group,
        ...(first ? { accelerator: toAccelerator(first) } : {}),
      };
      expect(MenuCommandDescriptor.safeParse(descriptor).success, command.id).toBe(true);
      if (descriptor.accelerator) expect(shouldRegisterAccelerator(descriptor.accelerator), command.id).toBe(true);
    }
    expect(toAccelerator(TRAIN_COMMANDS[0]!.shortcuts[0]!)).toBe('CmdOrCtrl+Enter');
  });
});
