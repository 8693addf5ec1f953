/** The Help feature's entry point, mounted once by the shell: installs the Help menu and shows its open dialog. */
import { useEffect } from 'react';
import { registerCommands } from '../../commands';
import { AboutDialog } from './AboutDialog';
import { HELP_COMMANDS } from './helpCommands';
import { closeHelpDialog, useHelp } from './helpStore';
import { ShortcutsDialog } from './ShortcutsDialog';
import './help.css';

export function HelpRoot() {
  const open = useHelp((s) => s.open);
  useEffect(() => registerCommands(HELP_COMMANDS), []);
  if (open === 'shortcuts') return <ShortcutsDialog onClose={closeHelpDialog} />;
  if (open === 'about') return <AboutDialog onClose={closeHelpDialog} />;
  return null;
}
