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
      label: 'commands.file.new',
      group: 'File',
      shortcuts: ['Mod+N'],
      enabled: always,
      perform: () => void controller.newDocument(),
    },
    {
      id: 'file.newFromTemplate',
      label: 'commands.file.newFromTemplate',
      group: 'File',
      shortcuts: [],
      enabled: always,
      perform: () => showFileDialog({ kind: 'templates' }),
    },
    {
      id: 'file.open',
      label: 'commands.file.open',
      group: 'File',
      shortcuts: ['Mod+O'],
      enabled: always,
      perform: () => void controller.open(),
    },
    {
      id: 'file.openRecent',
      label: 'commands.file.openRecent',
      group: 'File',
      shortcuts: [],
      enabled: always,
      perform: () => void showRecentFiles(platform),
    },
    {
      id: 'file.save',
      label: 'commands.file.save',
      group: 'File',
      shortcuts: ['Mod+S'],
      enabled: always,
      perform: () => void controller.save(),
    },
    {
      id: 'file.saveAs',
      label: 'commands.file.saveAs',
      group: 'File',
      shortcuts: ['Mod+Shift+S'],
      enabled: always,
      perform: () => void controller.saveAs(),
    },
    {
      id: 'file.revert',
      label: 'commands.file.revert',
      group: 'File',
      shortcuts: [],
      enabled: () => controller.canRevert(),
      perform: () => void controller.revert(),
    },
    {
      id: 'file.close',
      label: 'commands.file.close',
      group: 'File',
      shortcuts: ['Mod+W'],
      enabled: always,
      perform: () => void controller.close(),
    },
  ];
}
