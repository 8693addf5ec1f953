/**
 * The command registry with the editor's commands installed. Import from here, not from the parts.
 * `runCommand(id)` is what the Electron `menu:command` handler calls; `describeCommands()` is the plain data
 * the native menu is built from.
 */
import { EDIT_COMMANDS } from '../features/editor/editCommands';
import { registerCommands } from './registry';

registerCommands(EDIT_COMMANDS);

export { EDIT_COMMANDS } from '../features/editor/editCommands';
export {
  describeCommands,
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
export { useCommandShortcuts } from './useCommandShortcuts';
