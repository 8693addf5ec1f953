/**
 * The Lessons feature's own state: whether the lesson list and the panel are open, which glossary entry the
 * side panel shows, and the current lesson's progress (mirrored to the key-value store by progress.ts).
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { EMPTY_PROGRESS, saveProgress, type LessonProgress } from './progress';

export interface LessonsUiState {
  listOpen: boolean;
  panelOpen: boolean;
  /** Glossary id shown in the side panel, or null. */
  term: string | null;
  /** Progress of the lesson in the lesson store, keyed by its id. */
  lessonId: string | null;
  progress: LessonProgress;
  welcome: boolean;
}

export const lessonsUi = createStore<LessonsUiState>()(() => ({
  listOpen: false,
  panelOpen: false,
  term: null,
  lessonId: null,
  progress: EMPTY_PROGRESS,
  welcome: false,
}));

export function useLessonsUi<T>(selector: (s: LessonsUiState) => T): T {
  return useStore(lessonsUi, selector);
}

/** Changes the current lesson's progress and remembers it. */
export function updateProgress(change: (p: LessonProgress) => LessonProgress): void {
  const { lessonId, progress } = lessonsUi.getState();
  if (lessonId === null) return;
  const next = change(progress);
  if (next === progress) return;
  lessonsUi.setState({ progress: next });
  void saveProgress(lessonId, next);
}

export const withStep = (id: string, list: readonly string[]): string[] =>
  list.includes(id) ? [...list] : [...list, id];
