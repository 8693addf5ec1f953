/**
 * The live state a step's check is evaluated on: the document as edited now, the runs trained so far and the
 * number the learner typed for the step. A hook, so the panel re-evaluates on every edit, run and answer.
 */
import { evaluateCheck, type LessonStep } from '../../../project';
import { useEditor } from '../../document/editorStore';
import { useLesson } from '../../document/lessonStore';
import { useRuns } from '../../document/runsStore';

/** Whether `step`'s check holds now (false for a step without a check). */
export function useCheckHolds(step: LessonStep | undefined): boolean {
  const doc = useEditor((s) => s.doc);
  const runs = useRuns((s) => s.runs);
  const answer = useLesson((s) => (step ? s.answers[step.id] : undefined));
  if (!step?.check) return false;
  return evaluateCheck(step.check, {
    graph: doc.graph,
    dataset: doc.dataset,
    training: doc.training,
    runs,
    answer: answer ?? null,
  });
}
