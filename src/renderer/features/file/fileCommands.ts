/**
 * The File commands, registered once in the command registry so the toolbar's File menu, the keyboard
 * shortcuts and the desktop app's native menu all run the same code.
 */
import type { Command } from '../../commands';
import type { FileController } from './controller';
import { showFileDialog } from './fileDialogs';
import { showRecentFiles } from './recentFiles';
import type { Platform } from '../../platform/types';

export function fileCommands(controller: FileController, platform: Platform): Command[] {
  const always = () => true;
  return [
    {
      id: 'file.new',
      label: 'New',
      group: 'File',
      shortcuts: ['Mod+N'],
      enabled: always,
      perform: () => void controller.newDocument(),
    },
    {
      id: 'file.newFromTemplate',
      label: 'New from template…',
      group: 'File',
      shortcuts: [],
      enabled: always,
      perform: () => showFileDialog({ kind: 'templates' }),
    },
    {
      id: 'file.open',
      label: 'Open…',
      group: 'File',
      shortcuts: ['Mod+O'],
      enabled: always,
      perform: () => void controller.open(),
    },
    {
      id: 'file.openRecent',
      label: 'Open Recent…',
      group: 'File',
      shortcuts: [],
      enabled: always,
      perform: () => void showRecentFiles(platform),
    },
    {
      id: 'file.save',
      label: 'Save',
      group: 'File',
      shortcuts: ['Mod+S'],
      enabled: always,
      perform: () => void controller.save(),
    },
    {
      id: 'file.saveAs',
      label: 'Save As…',
      group: 'File',
      shortcuts: ['Mod+Shift+S'],
      enabled: always,
      perform: () => void controller.saveAs(),
    },
    {
      id: 'file.revert',
      label: 'Revert',
      group: 'File',
      shortcuts: [],
      enabled: () => controller.canRevert(),
      perform: () => void controller.revert(),
    },
    {
      id: 'file.close',
      label: 'Close',
      group: 'File',
      shortcuts: ['Mod+W'],
      enabled: always,
      perform: () => void controller.close(),
    },
  ];
}
