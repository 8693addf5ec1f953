/** Registers File → Export… and shows the export dialog while it is open. */
import { useEffect } from 'react';
import { registerCommands } from '../../commands';
import { EXPORT_COMMANDS } from './exportCommands';
import { ExportDialog } from './ExportDialog';
import { closeExportDialog, useExportDialog } from './exportStore';

export function ExportRoot() {
  useEffect(() => registerCommands(EXPORT_COMMANDS), []);
  const open = useExportDialog((s) => s.open);
  return open ? <ExportDialog onClose={closeExportDialog} /> : null;
}
