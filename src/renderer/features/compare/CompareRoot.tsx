/**
 * The Compare feature's entry point, mounted once in App: installs the Compare menu's commands and shows
 * the dialog while it is open.
 */
import { useEffect } from 'react';
import { registerCommands } from '../../commands';
import { CompareDialog } from './CompareDialog';
import { COMPARE_COMMANDS } from './compareCommands';
import { useCompare } from './compareStore';
import './compare.css';

export function CompareRoot() {
  const open = useCompare((s) => s.open);
  useEffect(() => registerCommands(COMPARE_COMMANDS), []);
  return open ? <CompareDialog /> : null;
}
