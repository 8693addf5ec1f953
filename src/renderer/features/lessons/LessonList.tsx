/** Help → Lessons: every shipped lesson in order, with how far the learner got; choosing one opens it. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lessonText } from '../../../project';
import { Dialog } from '../../ui/Dialog';
import { lessonCatalogue, type CatalogueEntry } from './catalogue';
import { lessonsUi } from './lessonsUi';
import { loadProgress } from './progress';

export function LessonList({ onOpen }: { onOpen: (entry: CatalogueEntry) => void }) {
  const { t, i18n } = useTranslation();
  const entries = lessonCatalogue();
  const [done, setDone] = useState<Record<string, number>>({});
  useEffect(() => {
    let current = true;
    void Promise.all(
      entries.map(async (e) => [e.lesson.id, (await loadProgress(e.lesson.id))?.done.length ?? 0] as const),
    ).then((pairs) => current && setDone(Object.fromEntries(pairs)));
    return () => {
      current = false;
    };
  }, [entries]);
  const close = () => lessonsUi.setState({ listOpen: false });
  return (
    <Dialog title={t('lessons.listTitle')} onClose={close} close="header" className="lesson-list">
      <p>{t('lessons.listIntro')}</p>
      <ol className="lesson-list__items">
        {entries.map((entry) => {
          const checked = entry.lesson.steps.filter((s) => s.check).length;
          return (
            <li key={entry.lesson.id}>
              <button
                type="button"
                onClick={() => {
                  close();
                  onOpen(entry);
                }}
              >
                <span className="lesson-list__number">
                  {t('lessons.lessonNumber', { number: entry.lesson.number })}
                </span>
                <span className="lesson-list__title">{lessonText(entry.lesson.title, i18n.language)}</span>
                <span className="lesson-list__progress">
                  {t('lessons.progress', { done: Math.min(done[entry.lesson.id] ?? 0, checked), total: checked })}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </Dialog>
  );
}
