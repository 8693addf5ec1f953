/** File → Export…: the network, its weights and its recipe in PyTorch, ONNX or TensorFlow.js. */
import type { Command } from '../../commands';
import { openExportDialog } from './exportStore';

export const EXPORT_COMMANDS: readonly Command[] = [
  {
    id: 'file.export',
    label: 'commands.file.export',
    group: 'File',
    shortcuts: [],
    enabled: () => true,
    perform: openExportDialog,
  },
];
