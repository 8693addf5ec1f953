/**
 * The live state a step's check is evaluated on: the document as edited now, the runs trained so far, the
 * number the learner typed for the step, the layers whose neurons the canvas shows and where the step-through is. A hook, so the panel re-evaluates on every edit, run and answer.
 */
import { evaluateCheck, type LessonStep } from '../../../project';
import { useEditor } from '../../document/editorStore';
import { useLesson } from '../../document/lessonStore';
import { useRuns } from '../../document/runsStore';
import { useStore } from 'zustand';
import { neuronsStore } from '../../run/neuronsStore';
import { stepsOf, stepThroughStore } from '../../run/stepThrough';

/** Whether `step`'s check holds now (false for a step without a check). */
export function useCheckHolds(step: LessonStep | undefined): boolean {
  const doc = useEditor((s) => s.doc);
  const runs = useRuns((s) => s.runs);
  const answer = useLesson((s) => (step ? s.answers[step.id] : undefined));
  const neuronsShown = useStore(neuronsStore, (s) => s.expanded);
  const phase = useStore(stepThroughStore, (s) =>
    s.sample === null ? null : (stepsOf(s.answer, s.weight)[s.step]?.kind ?? null),
  );
  const applied = useStore(stepThroughStore, (s) => s.sample !== null && s.applied !== null);
  if (!step?.check) return false;
  return evaluateCheck(step.check, {
    graph: doc.graph,
    dataset: doc.dataset,
    training: doc.training,
    runs,
    answer: answer ?? null,
    neuronsShown,
    stepThrough: { phase, applied },
  });
}
