/**
 * The Compare menu, as registered commands (so the browser toolbar shows a "Compare" menu and the native
 * menu can list the same items). The first item is the one-click activation comparison.
 */
import type { Command } from '../../commands';
import { editorStore } from '../../document/editorStore';
import { startComparison } from './compareSession';
import { compareStore, type SetupPreset } from './compareStore';
import { ACTIVATION_PRESET } from './parameters';

/** The form's starting point for a node: its activation (dense/activation) or nothing in particular. */
export function presetForNode(nodeId: string | undefined): SetupPreset | undefined {
  const node = nodeId ? editorStore.getState().doc.graph.nodes.find((n) => n.id === nodeId) : undefined;
  if (!node || (node.type !== 'dense' && node.type !== 'activation')) return undefined;
  return { parameter: { kind: 'activation', nodeId: node.id }, values: [...ACTIVATION_PRESET] };
}

/** Opens the form, starting from the selected layer when exactly one is selected (the inspector's layer). */
export function openCompareSetup(): void {
  const selected = [...editorStore.getState().selectedNodeIds];
  compareStore.getState().openSetup(presetForNode(selected.length === 1 ? selected[0] : undefined));
}

/** Sigmoid, tanh, ReLU and Leaky ReLU on every hidden layer, started at once. */
export function compareActivationFunctions(): void {
  const preset: SetupPreset = { parameter: { kind: 'activation' }, values: [...ACTIVATION_PRESET] };
  // The form opens first so that, if the network cannot be compared, the reason shows in it.
  compareStore.getState().openSetup(preset);
  void startComparison(editorStore.getState().doc, preset.parameter, preset.values);
}

export const COMPARE_COMMANDS: readonly Command[] = [
  {
    id: 'compare.activations',
    label: 'commands.compare.activations',
    group: 'Compare',
    shortcuts: [],
    enabled: () => true,
    perform: compareActivationFunctions,
  },
  {
    id: 'compare.new',
    label: 'commands.compare.new',
    group: 'Compare',
    shortcuts: [],
    enabled: () => true,
    perform: () => openCompareSetup(),
  },
  {
    id: 'compare.show',
    label: 'commands.compare.show',
    group: 'Compare',
    shortcuts: [],
    enabled: () => compareStore.getState().comparisons.length > 0,
    perform: () => {
      const s = compareStore.getState();
      const last = s.comparisons[s.comparisons.length - 1];
      if (last) s.openComparison(s.activeId ?? last.id);
    },
  },
];
