/**
 * The lesson the open project carries (its file's `lesson` field), the step the learner is on and the number
 * they typed for it. The file layer sets the lesson when a project opens (null for any other document); the
 * Lessons feature moves between steps; the shell hides and locks the parts of the window the step names.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Lesson, LessonControl } from '../../project';

export interface LessonState {
  lesson: Lesson | null;
  /** Index into lesson.steps. */
  step: number;
  /** Numbers the learner typed, by step id. */
  answers: Record<string, number>;
}

export const lessonStore = createStore<LessonState>()(() => ({ lesson: null, step: 0, answers: {} }));

/** Makes `lesson` the current one (or none), at the step its file names. */
export function setLesson(lesson: Lesson | null): void {
  lessonStore.setState({ lesson, step: lesson?.step ?? 0, answers: {} });
}

export function setLessonStep(step: number): void {
  const { lesson } = lessonStore.getState();
  if (!lesson) return;
  lessonStore.setState({ step: Math.max(0, Math.min(lesson.steps.length - 1, step)) });
}

export function setLessonAnswer(stepId: string, value: number | null): void {
  const answers = { ...lessonStore.getState().answers };
  if (value === null) delete answers[stepId];
  else answers[stepId] = value;
  lessonStore.setState({ answers });
}

const NO_CONTROLS: readonly LessonControl[] = [];

/** The parts of the window the current step hides and locks. */
export function lessonControls(state: LessonState): { hide: readonly LessonControl[]; lock: readonly LessonControl[] } {
  const step = state.lesson?.steps[state.step];
  return { hide: step?.hide ?? NO_CONTROLS, lock: step?.lock ?? NO_CONTROLS };
}

export function useLesson<T>(selector: (s: LessonState) => T): T {
  return useStore(lessonStore, selector);
}
