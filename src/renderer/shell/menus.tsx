/**
 * Installs the Train and Help menus and File → Export…: registers their commands (the toolbar, the keyboard and the native menu
 * all read the registry) and mounts the help dialogs. Imported once, for its effect, by the entry point.
 *
 * The dialogs get a React root of their own so the app's layout needs no change for them; they are modal
 * <dialog>s in the browser's top layer, and the theme is set on <html>, so where their root sits in the page
 * does not matter.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerCommands } from '../commands';
import { EXPORT_COMMANDS } from '../features/export/exportCommands';
import { ExportRoot } from '../features/export/ExportRoot';
import { HELP_COMMANDS } from '../features/help/helpCommands';
import { HelpRoot } from '../features/help/HelpRoot';
import { TRAIN_COMMANDS } from '../features/training/trainCommands';

registerCommands(TRAIN_COMMANDS);
registerCommands(HELP_COMMANDS);
registerCommands(EXPORT_COMMANDS);

const container = document.createElement('div');
container.className = 'help-root';
document.body.append(container);
createRoot(container).render(
  <StrictMode>
    <HelpRoot />
    <ExportRoot />
  </StrictMode>,
);
