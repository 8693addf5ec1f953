/**
 * Every user action is defined once here (id, label, shortcuts, when it is enabled, what it does) and used by
 * the keyboard, the toolbar menu and, as plain data, the Electron main process's native menu. Other parts of
 * the app add their own commands with `registerCommands` (the lead's File commands, for example).
 */
import i18next from 'i18next';

/** How a command reaches the canvas view (fit, centre); the canvas registers it when it mounts. */
export interface ViewApi {
  fitView: () => void;
  zoomIn: () => void;
  zoomOut: () => void;
  /** The flow-space point at the centre of the visible canvas, where keyboard-added nodes go. */
  center: () => { x: number; y: number };
}

export interface Command {
  id: string;
  /** The catalogue key of its label (src/shared/i18n, `commands.*`); `commandLabel` words it. */
  label: string;
  /** Menu group in the browser toolbar and the native menu ("Edit", "View", "File"). */
  group: string;
  /**
   * Shortcuts as `Mod+Shift+Z`, `Delete`, `F`. `Mod` is Cmd on macOS and Ctrl elsewhere; the first one is
   * the accelerator shown in menus.
   */
  shortcuts: readonly string[];
  enabled: () => boolean;
  perform: () => void;
}

/** What the Electron main process needs to build a native menu item. */
export interface CommandDescriptor {
  id: string;
  label: string;
  group: string;
  /** The group's name in the current language (the menu's title). */
  groupLabel: string;
  /** Electron accelerator syntax ("CmdOrCtrl+Shift+Z"), or undefined when there is no shortcut. */
  accelerator?: string;
}

const commands = new Map<string, Command>();
const listeners = new Set<() => void>();

/** A command's label in the current language (its key itself before the catalogue is loaded). */
export function commandLabel(command: Pick<Command, 'label'>): string {
  return i18next.isInitialized ? i18next.t(command.label) : command.label;
}

/** A menu group's title in the current language ("File" → 「ファイル」). */
export function groupLabel(group: string): string {
  return i18next.isInitialized ? i18next.t(`menu.${group}`, { defaultValue: group }) : group;
}

// Labels are worded at the time they are shown, so a change of language is a change of every command.
i18next.on('languageChanged', () => listeners.forEach((l) => l()));

export function registerCommands(list: readonly Command[]): () => void {
  for (const command of list) commands.set(command.id, command);
  listeners.forEach((l) => l());
  return () => {
    for (const command of list) if (commands.get(command.id) === command) commands.delete(command.id);
    listeners.forEach((l) => l());
  };
}

export function getCommands(): Command[] {
  return [...commands.values()];
}

export function getCommand(id: string): Command | undefined {
  return commands.get(id);
}

export function onCommandsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Runs a command by id if it exists and is enabled; returns whether it ran (menu:command events use this). */
export function runCommand(id: string): boolean {
  const command = commands.get(id);
  if (!command || !command.enabled()) return false;
  command.perform();
  return true;
}

export function toAccelerator(shortcut: string): string {
  return shortcut.replace(/\bMod\b/, 'CmdOrCtrl');
}

export function describeCommands(): CommandDescriptor[] {
  return getCommands().map((c) => ({
    id: c.id,
    label: commandLabel(c),
    group: c.group,
    groupLabel: groupLabel(c.group),
    ...(c.shortcuts[0] ? { accelerator: toAccelerator(c.shortcuts[0]) } : {}),
  }));
}
