/**
 * The keyboard shortcuts reference, built from the command registry's list every time it is shown, so it
 * cannot drift from what the keys actually do. Pure: it takes the commands and the platform and returns
 * plain data for the dialog.
 */
import { orderMenuGroups } from '../../../shared/menu-commands';
import { formatShortcut } from '../../commands/shortcuts';

/** The parts of a command the reference needs (a registered Command has them all). */
export interface ListedCommand {
  id: string;
  label: string;
  group: string;
  shortcuts: readonly string[];
}

export interface ShortcutEntry {
  id: string;
  label: string;
  /** Every shortcut, as the menus show it ("Ctrl+Shift+Z" or "⌘⇧Z"); empty when the command has none. */
  keys: string[];
}

export interface ShortcutSection {
  group: string;
  entries: ShortcutEntry[];
}

/**
 * Groups in the native menu's order (File, Edit, View, Train), then groups other parts of the app add in the
 * order they were registered, then Help, as src/main/menu.ts lays out the menu bar. Commands keep their
 * registration order within a group, which is their order in the menu.
 */
export function shortcutSections(commands: readonly ListedCommand[], isMac: boolean): ShortcutSection[] {
  const byGroup = new Map<string, ShortcutEntry[]>();
  for (const command of commands) {
    const entries = byGroup.get(command.group) ?? [];
    entries.push({
      id: command.id,
      label: command.label,
      keys: command.shortcuts.map((shortcut) => formatShortcut(shortcut, isMac)),
    });
    byGroup.set(command.group, entries);
  }
  return orderMenuGroups(byGroup.keys()).map((group) => ({ group, entries: byGroup.get(group)! }));
}
