/**
 * The editor's own commands: history, clipboard, selection, layout and view. They act on the app's editor
 * store and report what happened in the status line.
 */
import i18next from 'i18next';
import { editorStore } from '../../document/editorStore';
import { showStatus } from '../../document/status';
import type { Command } from '../../commands/registry';
import { getViewApi } from '../../commands/view';

const state = () => editorStore.getState();
const hasSelection = () => state().selectedNodeIds.size > 0 || state().selectedEdgeIds.size > 0;
const hasNodeSelection = () => state().selectedNodeIds.size > 0;

export const EDIT_COMMANDS: readonly Command[] = [
  {
    id: 'edit.undo',
    label: 'commands.edit.undo',
    group: 'Edit',
    shortcuts: ['Mod+Z'],
    enabled: () => state().past.length > 0,
    perform: () => state().undo(),
  },
  {
    id: 'edit.redo',
    label: 'commands.edit.redo',
    group: 'Edit',
    shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
    enabled: () => state().future.length > 0,
    perform: () => state().redo(),
  },
  {
    id: 'edit.cut',
    label: 'commands.edit.cut',
    group: 'Edit',
    shortcuts: ['Mod+X'],
    enabled: hasNodeSelection,
    perform: () => {
      const n = state().selectedNodeIds.size;
      if (state().cutSelection()) showStatus(i18next.t('editStatus.cut', { count: n }));
    },
  },
  {
    id: 'edit.copy',
    label: 'commands.edit.copy',
    group: 'Edit',
    shortcuts: ['Mod+C'],
    enabled: hasNodeSelection,
    perform: () => {
      const n = state().selectedNodeIds.size;
      if (state().copySelection()) showStatus(i18next.t('editStatus.copy', { count: n }));
    },
  },
  {
    id: 'edit.paste',
    label: 'commands.edit.paste',
    group: 'Edit',
    shortcuts: ['Mod+V'],
    enabled: () => state().clipboard !== null,
    perform: () => {
      if (state().paste()) showStatus(i18next.t('editStatus.paste', { count: state().selectedNodeIds.size }));
    },
  },
  {
    id: 'edit.duplicate',
    label: 'commands.edit.duplicate',
    group: 'Edit',
    shortcuts: ['Mod+D'],
    enabled: hasNodeSelection,
    perform: () => {
      if (state().duplicateSelection())
        showStatus(i18next.t('editStatus.duplicate', { count: state().selectedNodeIds.size }));
    },
  },
  {
    id: 'edit.selectAll',
    label: 'commands.edit.selectAll',
    group: 'Edit',
    shortcuts: ['Mod+A'],
    enabled: () => state().doc.graph.nodes.length > 0,
    perform: () => state().selectAll(),
  },
  {
    id: 'edit.delete',
    label: 'commands.edit.delete',
    group: 'Edit',
    shortcuts: ['Delete', 'Backspace'],
    enabled: hasSelection,
    perform: () => state().deleteSelection(),
  },
  {
    id: 'edit.deselect',
    label: 'commands.edit.deselect',
    group: 'Edit',
    shortcuts: ['Escape'],
    enabled: hasSelection,
    perform: () => state().setSelection([], []),
  },
  {
    id: 'view.layout',
    label: 'commands.view.layout',
    group: 'View',
    shortcuts: ['Mod+L'],
    enabled: () => state().doc.graph.nodes.length > 0,
    perform: () => {
      state().applyLayout();
      // Fit after React Flow has measured the moved nodes.
      requestAnimationFrame(() => getViewApi()?.fitView());
      showStatus(i18next.t('editStatus.layout'));
    },
  },
  {
    id: 'view.fit',
    label: 'commands.view.fit',
    group: 'View',
    shortcuts: ['F'],
    enabled: () => getViewApi() !== null,
    perform: () => getViewApi()?.fitView(),
  },
  {
    id: 'view.zoomIn',
    label: 'commands.view.zoomIn',
    group: 'View',
    shortcuts: ['Mod+='],
    enabled: () => getViewApi() !== null,
    perform: () => getViewApi()?.zoomIn(),
  },
  {
    id: 'view.zoomOut',
    label: 'commands.view.zoomOut',
    group: 'View',
    shortcuts: ['Mod+-'],
    enabled: () => getViewApi() !== null,
    perform: () => getViewApi()?.zoomOut(),
  },
];
