/**
 * The editor's document store (zustand, actions beside the state). Every document change goes through
 * `commit`, which records the previous document as one undo step; selection, viewport and clipboard are UI
 * state and never enter history. A drag is one step: the document before the gesture is remembered when it
 * starts and recorded when it ends.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { DataShape, DatasetSpec, Graph, NodeType, TrainingSettings } from '../../engine';
import { patchDatasetSpec, type DatasetPatch } from '../../engine/data';
import { layoutPositions } from './autoLayout';
import { copySubgraph, pasteSubgraph, PASTE_OFFSET, type ClipboardContent } from './clipboard';
import { connectionRefusal } from './connectionRules';
import { toEditorGraph, type DocumentInput, type EditorDocument } from './document';
import * as edits from './graphEdits';
import { templateDocument, DEFAULT_TEMPLATE_ID } from './templates';

export const HISTORY_LIMIT = 200;

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface EditorState {
  doc: EditorDocument;
  past: EditorDocument[];
  future: EditorDocument[];
  /** The document as last saved or opened; the document is dirty when it is another object. */
  savedDoc: EditorDocument;
  /** Counts document changes (including undo/redo) so observers can cheaply notice any change. */
  revision: number;
  /**
   * The shape of the loaded data when it is known (a parsed CSV), for the dataset settings it was loaded
   * from; ignored as soon as the settings change.
   */
  knownDataShape: { dataset: DatasetSpec; shape: DataShape } | null;
  /** Counts `loadDocument` calls, so the canvas can fit a newly opened network into view. */
  loadCount: number;

  selectedNodeIds: ReadonlySet<string>;
  selectedEdgeIds: ReadonlySet<string>;
  viewport: Viewport;
  clipboard: ClipboardContent | null;
  pasteCount: number;
  /** Document before the drag in progress, or null when no drag is in progress. */
  gestureOrigin: EditorDocument | null;
  /** Consecutive edits with the same key (typing in one field) share one undo step. */
  mergeKey: string | null;

  addNode: (type: NodeType, position: { x: number; y: number }) => string;
  connect: (source: string, target: string) => string | null;
  deleteElements: (nodeIds: Iterable<string>, edgeIds: Iterable<string>) => void;
  deleteSelection: () => void;
  moveNodes: (positions: ReadonlyMap<string, { x: number; y: number }>, dragging: boolean) => void;
  updateParams: (nodeId: string, patch: Record<string, unknown>) => void;
  setLabel: (nodeId: string, label: string) => void;
  /** Applies a patch; a new `kind` switches kinds, and fields the kind does not take are dropped. */
  setDataset: (patch: DatasetPatch) => void;
  setTraining: (patch: Partial<TrainingSettings>) => void;
  setProjectInfo: (patch: { name?: string; description?: string }) => void;
  applyLayout: () => void;
  /** Replaces the whole network in one undo step (a lesson's "load this network"); the selection is cleared. */
  replaceGraph: (graph: Graph) => void;

  setSelection: (nodeIds: Iterable<string>, edgeIds: Iterable<string>) => void;
  selectAll: () => void;
  copySelection: () => boolean;
  cutSelection: () => boolean;
  paste: () => boolean;
  duplicateSelection: () => boolean;

  undo: () => void;
  redo: () => void;

  /** Replaces the document (open, new from template): no history, not dirty, selection cleared. */
  loadDocument: (doc: DocumentInput) => void;
  /**
   * Records `doc` as what the file now holds. The file controller passes the document it wrote, not the one
   * in the store when the write finished, so an edit made while writing stays unsaved.
   */
  markSaved: (doc: EditorDocument) => void;
  isDirty: () => boolean;
  setViewport: (viewport: Viewport) => void;
  setKnownDataShape: (dataset: DatasetSpec, shape: DataShape) => void;
}

const pushCapped = (list: EditorDocument[], doc: EditorDocument): EditorDocument[] => {
  const next = [...list, doc];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
};

function positionsDiffer(a: EditorDocument, b: EditorDocument): boolean {
  const before = new Map(a.graph.nodes.map((n) => [n.id, n.position]));
  return b.graph.nodes.some((n) => {
    const p = before.get(n.id);
    return !p || p.x !== n.position.x || p.y !== n.position.y;
  });
}

/** Keeps only the selected ids that still exist in `doc`. */
function pruneSelection(doc: EditorDocument, nodes: ReadonlySet<string>, edges: ReadonlySet<string>) {
  const nodeIds = new Set(doc.graph.nodes.map((n) => n.id).filter((id) => nodes.has(id)));
  const edgeIds = new Set(doc.graph.edges.map((e) => e.id).filter((id) => edges.has(id)));
  return { selectedNodeIds: nodeIds, selectedEdgeIds: edgeIds };
}

export function createEditorStore(
  initial: EditorDocument = templateDocument(DEFAULT_TEMPLATE_ID),
): StoreApi<EditorState> {
  return createStore<EditorState>()((set, get) => {
    /** Records the current document as an undo step and installs `next` (no-op when nothing changed). */
    const commit = (next: EditorDocument, mergeKey: string | null = null, extra: Partial<EditorState> = {}): void => {
      const s = get();
      if (next === s.doc) {
        if (Object.keys(extra).length > 0) set(extra);
        return;
      }
      const merging = mergeKey !== null && mergeKey === s.mergeKey && s.past.length > 0;
      set({
        doc: next,
        past: merging ? s.past : pushCapped(s.past, s.doc),
        future: [],
        revision: s.revision + 1,
        mergeKey,
        gestureOrigin: null,
        ...extra,
      });
    };

    const pasteContent = (content: ClipboardContent, offset: number): void => {
      const s = get();
      const added = pasteSubgraph(s.doc.graph, content, offset);
      const graph = { nodes: [...s.doc.graph.nodes, ...added.nodes], edges: [...s.doc.graph.edges, ...added.edges] };
      commit({ ...s.doc, graph }, null, {
        selectedNodeIds: new Set(added.nodes.map((n) => n.id)),
        selectedEdgeIds: new Set(added.edges.map((e) => e.id)),
      });
    };

    return {
      doc: initial,
      past: [],
      future: [],
      savedDoc: initial,
      revision: 0,
      loadCount: 0,
      knownDataShape: null,
      selectedNodeIds: new Set(),
      selectedEdgeIds: new Set(),
      viewport: { x: 0, y: 0, zoom: 1 },
      clipboard: null,
      pasteCount: 0,
      gestureOrigin: null,
      mergeKey: null,

      addNode: (type, position) => {
        const { doc, id } = edits.addNode(get().doc, type, position);
        commit(doc, null, { selectedNodeIds: new Set([id]), selectedEdgeIds: new Set() });
        return id;
      },
      connect: (source, target) => {
        const s = get();
        const refusal = connectionRefusal(s.doc.graph, source, target);
        if (refusal) return refusal;
        commit(edits.addEdge(s.doc, source, target).doc);
        return null;
      },
      deleteElements: (nodeIds, edgeIds) => {
        const s = get();
        const next = edits.deleteElements(s.doc, new Set(nodeIds), new Set(edgeIds));
        commit(next, null, pruneSelection(next, s.selectedNodeIds, s.selectedEdgeIds));
      },
      deleteSelection: () => {
        const s = get();
        s.deleteElements(s.selectedNodeIds, s.selectedEdgeIds);
      },
      moveNodes: (positions, dragging) => {
        const s = get();
        const next = edits.moveNodes(s.doc, positions);
        if (dragging) {
          // Live positions during a drag: shown at once, recorded once when the drag ends.
          set({
            doc: next,
            gestureOrigin: s.gestureOrigin ?? s.doc,
            revision: next === s.doc ? s.revision : s.revision + 1,
          });
          return;
        }
        const origin = s.gestureOrigin;
        if (origin === null) {
          commit(next);
          return;
        }
        // End of a drag: one undo step from the document before the drag to where the nodes came to rest.
        // A drag that ends where it started restores the original document, so it stays clean.
        const moved = positionsDiffer(origin, next);
        set({
          doc: moved ? next : origin,
          past: moved ? pushCapped(s.past, origin) : s.past,
          future: moved ? [] : s.future,
          revision: s.revision + 1,
          gestureOrigin: null,
          mergeKey: null,
        });
      },
      updateParams: (nodeId, patch) => {
        commit(edits.updateParams(get().doc, nodeId, patch), `params:${nodeId}:${Object.keys(patch).join(',')}`);
      },
      setLabel: (nodeId, label) => commit(edits.setLabel(get().doc, nodeId, label), `label:${nodeId}`),
      setDataset: (patch) => {
        const doc = get().doc;
        const same = (Object.keys(patch) as (keyof DatasetPatch)[]).every(
          (key) => (doc.dataset as DatasetPatch)[key] === patch[key],
        );
        const dataset = same ? doc.dataset : patchDatasetSpec(doc.dataset, patch);
        if (dataset !== doc.dataset) commit({ ...doc, dataset }, `dataset:${Object.keys(patch).join(',')}`);
      },
      setTraining: (patch) => {
        const doc = get().doc;
        const training = edits.patchObject(doc.training, patch);
        if (training !== doc.training) commit({ ...doc, training }, `training:${Object.keys(patch).join(',')}`);
      },
      setProjectInfo: (patch) => {
        const doc = get().doc;
        const next = edits.patchObject(doc, patch);
        if (next !== doc) commit(next, `info:${Object.keys(patch).join(',')}`);
      },
      applyLayout: () => {
        const doc = get().doc;
        commit(edits.moveNodes(doc, layoutPositions(doc.graph)));
      },
      replaceGraph: (graph) =>
        commit({ ...get().doc, graph: toEditorGraph(graph) }, null, {
          selectedNodeIds: new Set(),
          selectedEdgeIds: new Set(),
        }),

      setSelection: (nodeIds, edgeIds) =>
        set({ selectedNodeIds: new Set(nodeIds), selectedEdgeIds: new Set(edgeIds), mergeKey: null }),
      selectAll: () => {
        const { graph } = get().doc;
        set({
          selectedNodeIds: new Set(graph.nodes.map((n) => n.id)),
          selectedEdgeIds: new Set(graph.edges.map((e) => e.id)),
        });
      },
      copySelection: () => {
        const s = get();
        const content = copySubgraph(s.doc.graph, s.selectedNodeIds);
        if (!content) return false;
        set({ clipboard: content, pasteCount: 0 });
        return true;
      },
      cutSelection: () => {
        const s = get();
        if (!s.copySelection()) return false;
        s.deleteSelection();
        return true;
      },
      paste: () => {
        const s = get();
        if (!s.clipboard) return false;
        const count = s.pasteCount + 1;
        set({ pasteCount: count });
        pasteContent(s.clipboard, PASTE_OFFSET * count);
        return true;
      },
      duplicateSelection: () => {
        const s = get();
        const content = copySubgraph(s.doc.graph, s.selectedNodeIds);
        if (!content) return false;
        pasteContent(content, PASTE_OFFSET);
        return true;
      },

      undo: () => {
        const s = get();
        const previous = s.past[s.past.length - 1];
        if (!previous) return;
        set({
          doc: previous,
          past: s.past.slice(0, -1),
          future: [...s.future, s.doc],
          revision: s.revision + 1,
          mergeKey: null,
          gestureOrigin: null,
          ...pruneSelection(previous, s.selectedNodeIds, s.selectedEdgeIds),
        });
      },
      redo: () => {
        const s = get();
        const next = s.future[s.future.length - 1];
        if (!next) return;
        set({
          doc: next,
          past: pushCapped(s.past, s.doc),
          future: s.future.slice(0, -1),
          revision: s.revision + 1,
          mergeKey: null,
          gestureOrigin: null,
          ...pruneSelection(next, s.selectedNodeIds, s.selectedEdgeIds),
        });
      },

      loadDocument: (loaded) => {
        const doc: EditorDocument = { ...loaded, graph: toEditorGraph(loaded.graph) };
        set((s) => ({
          doc,
          savedDoc: doc,
          past: [],
          future: [],
          revision: s.revision + 1,
          loadCount: s.loadCount + 1,
          selectedNodeIds: new Set(),
          selectedEdgeIds: new Set(),
          gestureOrigin: null,
          mergeKey: null,
          pasteCount: 0,
        }));
      },
      markSaved: (doc) => set({ savedDoc: doc }),
      isDirty: () => get().doc !== get().savedDoc,
      setViewport: (viewport) => set({ viewport }),
      setKnownDataShape: (dataset, shape) => set({ knownDataShape: { dataset, shape } }),
    };
  });
}

/** The app's one editor store. Tests create their own with `createEditorStore`. */
export const editorStore = createEditorStore();

export function useEditor<T>(selector: (s: EditorState) => T): T {
  return useStore(editorStore, selector);
}
