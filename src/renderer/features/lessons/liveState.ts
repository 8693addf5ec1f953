/**
 * The live state a step's check is evaluated on: the document as edited now, the runs trained so far, the
 * number the learner typed for the step and the layers whose neurons the canvas shows. A hook, so the panel re-evaluates on every edit, run and answer.
 */
import { evaluateCheck, type LessonStep } from '../../../project';
import { useEditor } from '../../document/editorStore';
import { useLesson } from '../../document/lessonStore';
import { useRuns } from '../../document/runsStore';
import { useStore } from 'zustand';
import { neuronsStore } from '../../run/neuronsStore';

/** Whether `step`'s check holds now (false for a step without a check). */
export function useCheckHolds(step: LessonStep | undefined): boolean {
  const doc = useEditor((s) => s.doc);
  const runs = useRuns((s) => s.runs);
  const answer = useLesson((s) => (step ? s.answers[step.id] : undefined));
  const neuronsShown = useStore(neuronsStore, (s) => s.expanded);
  if (!step?.check) return false;
  return evaluateCheck(step.check, {
    graph: doc.graph,
    dataset: doc.dataset,
    training: doc.training,
    runs,
    answer: answer ?? null,
    neuronsShown,
  });
}
