/**
 * A reopened project's neuron pictures: while nothing was trained in this session, the nodes expanded on the
 * canvas show the last saved run's units, recomputed from its saved weights on the document's data (the
 * pictures are never stored). A run of this session takes over as soon as it starts.
 */
import { useEffect } from 'react';
import { dataShapeOfSpec } from '../../document/document';
import { editorStore } from '../../document/editorStore';
import { runsStore } from '../../document/runsStore';
import { boundaryRanges } from '../../run/gridRange';
import { neuronsStore } from '../../run/neuronsStore';
import { neuronsFromWeights } from '../../run/savedNeurons';
import { previewStore } from './previewStore';
import { sessionStore } from './session';

/** The same settings, whatever order their fields were written in. */
const sameSettings = (a: object, b: object): boolean => {
  const sorted = (o: object) =>
    JSON.stringify(Object.fromEntries(Object.entries(o).sort(([x], [y]) => x.localeCompare(y))));
  return sorted(a) === sorted(b);
};

function refresh(): void {
  // A run of this session (its driver's model) pictures the neurons itself; a reopened project's charts are
  // shown in the session too (as 'done'), but without a start.
  if (sessionStore.getState().startedAt !== null) return;
  const { expanded, inspected, pictures } = neuronsStore.getState();
  const run = runsStore.getState().runs.findLast((r) => r.weights);
  const doc = editorStore.getState().doc;
  const result = previewStore.getState().result;
  const fits = run && result?.ok && sameSettings(run.settings.dataset, doc.dataset);
  if (!run?.weights || !fits || expanded.length === 0) {
    if (pictures) neuronsStore.getState().setPictures(null);
    return;
  }
  const { preview } = result;
  const split = { train: preview.train, validation: preview.validation };
  const event = neuronsFromWeights(
    {
      graph: run.settings.graph ?? doc.graph,
      training: run.settings.training,
      weights: run.weights,
      epoch: run.history.length,
    },
    expanded,
    split,
    dataShapeOfSpec(doc.dataset),
    preview.plane2d ? boundaryRanges(preview.standardized, [preview.train, preview.validation]) : undefined,
    inspected,
  );
  neuronsStore.getState().setPictures(event);
}

/** Keeps the saved run's pictures in step with the expanded nodes, the run history and the data preview. */
export function useSavedNeurons(): void {
  useEffect(() => {
    refresh();
    const unsubscribe = [
      neuronsStore.subscribe((s, before) => {
        if (s.expanded !== before.expanded || s.inspected !== before.inspected) refresh();
      }),
      editorStore.subscribe((s, before) => {
        if (s.doc.dataset !== before.doc.dataset || s.doc.graph !== before.doc.graph) refresh();
      }),
      runsStore.subscribe((s, before) => {
        if (s.runs !== before.runs) refresh();
      }),
      previewStore.subscribe((s, before) => {
        if (s.result !== before.result) refresh();
      }),
      sessionStore.subscribe((s, before) => {
        if (s.startedAt !== before.startedAt && s.startedAt === null) refresh();
      }),
    ];
    return () => unsubscribe.forEach((u) => u());
  }, []);
}
