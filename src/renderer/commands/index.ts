/**
 * The command registry. Import from here, not from the parts. Features register their own commands when
 * they mount (the editor's canvas, the training panel, the file layer, the compare and help roots).
 * `runCommand(id)` is what the Electron `menu:command` handler calls; `describeCommands()` is the plain data
 * the native menu is built from.
 */
export {
  commandLabel,
  describeCommands,
  groupLabel,
  getCommand,
  getCommands,
  onCommandsChanged,
  registerCommands,
  runCommand,
  toAccelerator,
  type Command,
  type CommandDescriptor,
  type ViewApi,
} from './registry';
export { formatShortcut, isTypingTarget, matchesShortcut } from './shortcuts';
export { getViewApi, setViewApi } from './view';
export { useCommand } from './useCommand';
export { useCommandShortcuts } from './useCommandShortcuts';
