/**
 * The compile result of the current document. The compiler runs on every change that can alter its answer;
 * moving nodes cannot (positions mean nothing to it), so a drag, which changes the graph every frame, reuses
 * the last result instead of recompiling 60 times a second. Every component reading it in one render shares
 * the same object.
 */
import { compile, type CompileResult, type DataShape } from '../../engine';
import type { EditorDocument, EditorGraph } from './document';
import { dataShapeOfSpec } from './document';
import { useEditor, type EditorState } from './editorStore';

// A one-entry memo of the last compile (not document state): every component that asks for the compile result
// of the same graph and dataset gets the same object, so a drag that only moves nodes never recompiles.
let lastGraph: EditorGraph | null = null;
let lastDataset: EditorDocument['dataset'] | null = null;
let lastShape: DataShape | null = null;
let lastResult: { result: CompileResult; shape: DataShape } | null = null;

type KnownShape = EditorState['knownDataShape'];

/** Whether two graphs differ only in node positions (edits keep untouched params objects and the edge list). */
export function sameForCompiler(a: EditorGraph, b: EditorGraph): boolean {
  if (a === b) return true;
  if (a.edges !== b.edges || a.nodes.length !== b.nodes.length) return false;
  return a.nodes.every((node, i) => {
    const other = b.nodes[i]!;
    return (
      node.id === other.id && node.type === other.type && node.label === other.label && node.params === other.params
    );
  });
}

export function compileDocument(
  doc: EditorDocument,
  known: KnownShape = null,
): { result: CompileResult; shape: DataShape } {
  const knownShape = known && known.dataset === doc.dataset ? known.shape : null;
  if (
    lastResult &&
    lastGraph &&
    sameForCompiler(lastGraph, doc.graph) &&
    doc.dataset === lastDataset &&
    knownShape === lastShape
  ) {
    lastGraph = doc.graph;
    return lastResult;
  }
  const shape = knownShape ?? dataShapeOfSpec(doc.dataset);
  lastResult = { result: compile(doc.graph, shape), shape };
  lastGraph = doc.graph;
  lastDataset = doc.dataset;
  lastShape = knownShape;
  return lastResult;
}

/** The compile result for the editor's document, recomputed only when the graph or dataset changed. */
export function useCompiled(): { result: CompileResult; shape: DataShape } {
  // Selecting the memoised result (not the document) means a drag, which reuses the result, re-renders
  // nothing that only shows compile output.
  return useEditor((s) => compileDocument(s.doc, s.knownDataShape));
}
