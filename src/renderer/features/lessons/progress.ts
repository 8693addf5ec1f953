/**
 * What the learner has done in each lesson, remembered across sessions in the platform's key-value store
 * under `lessons.progress.<lesson id>`: the step they were on, the steps whose check held and the steps they
 * skipped. Also whether the first-start card was dismissed.
 */
import { lazy } from '../../../shared/lazy';
import { openBrowserStore, type KeyValueStore } from '../../platform/key-value-store';

export interface LessonProgress {
  step: number;
  done: string[];
  skipped: string[];
}

export const EMPTY_PROGRESS: LessonProgress = { step: 0, done: [], skipped: [] };

const store = lazy<Promise<KeyValueStore>>(() => openBrowserStore());
const key = (lessonId: string) => `lessons.progress.${lessonId}`;
const WELCOME_KEY = 'lessons.welcomeDismissed';

function isProgress(value: unknown): value is LessonProgress {
  const v = value as LessonProgress | undefined;
  return (
    typeof v === 'object' && v !== null && Number.isInteger(v.step) && Array.isArray(v.done) && Array.isArray(v.skipped)
  );
}

export async function loadProgress(lessonId: string): Promise<LessonProgress | null> {
  try {
    const value = await (await store.get()).get<unknown>(key(lessonId));
    return isProgress(value) ? value : null;
  } catch {
    return null;
  }
}

export async function saveProgress(lessonId: string, progress: LessonProgress): Promise<void> {
  try {
    await (await store.get()).set(key(lessonId), progress);
  } catch {
    // Storage refused: progress lasts until the window closes.
  }
}

export async function welcomeDismissed(): Promise<boolean> {
  try {
    return (await (await store.get()).get<boolean>(WELCOME_KEY)) === true;
  } catch {
    return false;
  }
}

export async function dismissWelcome(): Promise<void> {
  try {
    await (await store.get()).set(WELCOME_KEY, true);
  } catch {
    // As above.
  }
}
