/**
 * The Help menu: the keyboard shortcuts reference and About. On macOS the native menu moves `help.about`
 * into the application menu (src/main/menu.ts); it still runs this command.
 */
import type { Command } from '../../commands';
import { openHelpDialog } from './helpStore';

export const HELP_COMMANDS: readonly Command[] = [
  {
    id: 'help.shortcuts',
    label: 'commands.help.shortcuts',
    group: 'Help',
    // F1 as well, for keyboard layouts where "/" needs Shift (the key would then arrive as another character).
    shortcuts: ['Mod+/', 'F1'],
    enabled: () => true,
    perform: () => openHelpDialog('shortcuts'),
  },
  {
    id: 'help.about',
    label: 'commands.help.about',
    group: 'Help',
    shortcuts: [],
    enabled: () => true,
    perform: () => openHelpDialog('about'),
  },
];
