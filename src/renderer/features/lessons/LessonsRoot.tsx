/**
 * The Lessons feature's entry point, mounted once by the shell: registers Help → Lessons, shows the lesson
 * list, the current lesson's panel and the glossary, and the first-start card. Opening a lesson goes through
 * `openProject` (the shell passes the file layer's open), so the unsaved-changes question and the run history
 * behave as for any file; the lesson store then holds the file's lesson.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { getViewApi, registerCommands } from '../../commands';
import { setLessonStep, useLesson } from '../../document/lessonStore';
import { lessonCatalogue, type CatalogueEntry } from './catalogue';
import { GlossaryPanel } from './GlossaryPanel';
import { LESSON_COMMANDS } from './lessonCommands';
import { LessonList } from './LessonList';
import { LessonPanel } from './LessonPanel';
import { lessonsUi, useLessonsUi } from './lessonsUi';
import { EMPTY_PROGRESS, loadProgress, welcomeDismissed } from './progress';
import { WelcomeCard } from './WelcomeCard';
import './lessons.css';

export interface LessonsRootProps {
  openProject: (file: { fileName: string; text: string }) => Promise<boolean>;
}

export function LessonsRoot({ openProject }: LessonsRootProps) {
  const { t } = useTranslation();
  const lesson = useLesson((s) => s.lesson);
  const listOpen = useLessonsUi((s) => s.listOpen);
  const panelOpen = useLessonsUi((s) => s.panelOpen);
  useEffect(() => registerCommands(LESSON_COMMANDS), []);

  useEffect(() => {
    let current = true;
    void welcomeDismissed().then((dismissed) => current && !dismissed && lessonsUi.setState({ welcome: true }));
    return () => {
      current = false;
    };
  }, []);

  // A newly opened lesson continues where the learner left it.
  useEffect(() => {
    if (!lesson) {
      lessonsUi.setState({ lessonId: null, progress: EMPTY_PROGRESS, panelOpen: false, term: null });
      return;
    }
    lessonsUi.setState({
      lessonId: lesson.id,
      progress: { ...EMPTY_PROGRESS, step: lesson.step },
      panelOpen: true,
      welcome: false,
    });
    let current = true;
    void loadProgress(lesson.id).then((saved) => {
      if (!current || !saved) return;
      lessonsUi.setState({ progress: saved });
      setLessonStep(saved.step);
    });
    return () => {
      current = false;
    };
  }, [lesson]);

  const open = (entry: CatalogueEntry) => void openProject({ fileName: entry.fileName, text: entry.text });

  return (
    <>
      {listOpen && <LessonList onOpen={open} />}
      {lesson && !panelOpen && (
        <button type="button" className="lesson-reopen" onClick={() => lessonsUi.setState({ panelOpen: true })}>
          {t('lessons.reopen')}
        </button>
      )}
    </>
  );
}

/**
 * The first-start card, beside the toolbar's template menu: it offers lesson 1 until the learner starts it or
 * says not now. In the toolbar rather than over the canvas, so it never covers the network.
 */
export function WelcomeSlot({ openProject }: LessonsRootProps) {
  const lesson = useLesson((s) => s.lesson);
  const welcome = useLessonsUi((s) => s.welcome);
  const first = lessonCatalogue()[0];
  if (lesson || !welcome || !first) return null;
  return <WelcomeCard onStart={() => void openProject({ fileName: first.fileName, text: first.text })} />;
}

/** Whether the workspace gives the lesson its column now. */
export function useLessonColumn(): boolean {
  const lesson = useLesson((s) => s.lesson);
  const panelOpen = useLessonsUi((s) => s.panelOpen);
  return lesson !== null && panelOpen;
}

/** The lesson column: the step and, below it, the glossary entry the learner opened. */
export function LessonColumn() {
  const lesson = useLesson((s) => s.lesson);
  const term = useLessonsUi((s) => s.term);
  // The column narrows the canvas after it fitted the opened network: fit it again once the canvas has
  // measured its new width (React Flow learns it from a resize observer, a frame or two later).
  useEffect(() => {
    const timer = setTimeout(() => getViewApi()?.fitView(), 200);
    return () => clearTimeout(timer);
  }, [lesson]);
  if (!lesson) return null;
  return (
    <div className="lesson-column">
      <LessonPanel lesson={lesson} />
      {term && <GlossaryPanel termId={term} />}
    </div>
  );
}
