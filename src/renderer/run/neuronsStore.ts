/**
 * Which nodes show their neurons on the canvas, and the latest pictures of the training panel's run. Showing
 * neurons is a view setting, not a document change: it is not saved and undo does not see it. The training
 * session tells its run driver which nodes are expanded and puts the pictures it receives here; the canvas
 * and the inspector draw them.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { NeuronsEvent, NodeNeurons, UnitWindow } from '../../engine';

/** One weight between two expanded nodes: of `unit` of `nodeId`, from input `input` (a unit of `sourceId`). */
export interface WeightRef {
  nodeId: string;
  sourceId: string;
  unit: number;
  input: number;
}

export interface NeuronsState {
  /** Node ids whose units are shown, in the order they were expanded. */
  expanded: readonly string[];
  pictures: NeuronsEvent | null;
  /** The weight line the user clicked, whose value and gradient are shown. */
  selectedWeight: WeightRef | null;
  /** The units the inspector's scrolled list shows now (pictured besides the canvas's), or null. */
  inspected: UnitWindow | null;
  /** Asks the inspector to bring its list of the node's units into view ("+N more" on the canvas). */
  revealed: { nodeId: string; count: number } | null;
  toggle(nodeId: string): void;
  /** Shows the given nodes (when some are hidden) or hides them all (when all are shown). */
  toggleAll(nodeIds: readonly string[]): void;
  setPictures(pictures: NeuronsEvent | null): void;
  selectWeight(weight: WeightRef | null): void;
  setInspected(window: UnitWindow | null): void;
  reveal(nodeId: string): void;
}

export const neuronsStore = createStore<NeuronsState>()((set, get) => ({
  expanded: [],
  pictures: null,
  selectedWeight: null,
  inspected: null,
  revealed: null,
  toggle(nodeId) {
    const { expanded, selectedWeight } = get();
    const shown = expanded.includes(nodeId);
    set({
      expanded: shown ? expanded.filter((id) => id !== nodeId) : [...expanded, nodeId],
      ...(shown && selectedWeight && (selectedWeight.nodeId === nodeId || selectedWeight.sourceId === nodeId)
        ? { selectedWeight: null }
        : {}),
    });
  },
  toggleAll(nodeIds) {
    const { expanded } = get();
    const allShown = nodeIds.length > 0 && nodeIds.every((id) => expanded.includes(id));
    if (allShown) set({ expanded: expanded.filter((id) => !nodeIds.includes(id)), selectedWeight: null });
    else set({ expanded: [...expanded, ...nodeIds.filter((id) => !expanded.includes(id))] });
  },
  setPictures(pictures) {
    if (get().pictures !== pictures) set({ pictures });
  },
  selectWeight(weight) {
    set({ selectedWeight: weight });
  },
  setInspected(window) {
    const now = get().inspected;
    const same =
      now === window ||
      (now && window && now.nodeId === window.nodeId && now.first === window.first && now.count === window.count);
    if (!same) set({ inspected: window });
  },
  reveal(nodeId) {
    set({ revealed: { nodeId, count: (get().revealed?.count ?? 0) + 1 } });
  },
}));

export function useNeurons<T>(selector: (s: NeuronsState) => T): T {
  return useStore(neuronsStore, selector);
}

/** The pictures of the inspector's window of `nodeId` in an event, if it has them. */
export function windowOf(event: NeuronsEvent | null, nodeId: string): NodeNeurons | null {
  return event?.window?.nodeId === nodeId ? event.window : null;
}

/** One node's pictures in an event, if it has them. */
export function picturesOf(event: NeuronsEvent | null, nodeId: string): NodeNeurons | null {
  return event?.pictures.find((p) => p.nodeId === nodeId) ?? null;
}
