/** Shows the help dialog that is open, if any. */
import { AboutDialog } from './AboutDialog';
import { closeHelpDialog, useHelp } from './helpStore';
import { ShortcutsDialog } from './ShortcutsDialog';
import './help.css';

export function HelpRoot() {
  const open = useHelp((s) => s.open);
  if (open === 'shortcuts') return <ShortcutsDialog onClose={closeHelpDialog} />;
  if (open === 'about') return <AboutDialog onClose={closeHelpDialog} />;
  return null;
}
