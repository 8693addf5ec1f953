/**
 * View → Show neurons (of the selected layers) and Show all neurons: the canvas commands behind the toggle on
 * each node, for the keyboard and the menus. Expanding is a view setting; the document and undo do not see it.
 */
import type { Command } from '../../../commands/registry';
import { editorStore } from '../../../document/editorStore';
import { neuronsStore } from '../../../run/neuronsStore';

/** Node types whose units have pictures. */
const PICTURED = new Set(['dense', 'activation', 'output']);

const picturedIds = (only?: ReadonlySet<string>): string[] =>
  editorStore
    .getState()
    .doc.graph.nodes.filter((n) => PICTURED.has(n.type) && (!only || only.has(n.id)))
    .map((n) => n.id);

const selectedPictured = () => picturedIds(editorStore.getState().selectedNodeIds);

export const NEURON_COMMANDS: readonly Command[] = [
  {
    id: 'view.neurons',
    label: 'commands.view.neurons',
    group: 'View',
    shortcuts: ['N'],
    enabled: () => selectedPictured().length > 0,
    perform: () => neuronsStore.getState().toggleAll(selectedPictured()),
  },
  {
    id: 'view.neuronsAll',
    label: 'commands.view.neuronsAll',
    group: 'View',
    shortcuts: ['Shift+N'],
    enabled: () => picturedIds().length > 0,
    perform: () => neuronsStore.getState().toggleAll(picturedIds()),
  },
];
