/** Shows the export dialog while it is open. */
import { ExportDialog } from './ExportDialog';
import { closeExportDialog, useExportDialog } from './exportStore';

export function ExportRoot() {
  const open = useExportDialog((s) => s.open);
  return open ? <ExportDialog onClose={closeExportDialog} /> : null;
}
