/**
 * The current lesson's step: its text, the glossary terms it uses, the number it asks for, the networks it
 * compares, whether its goal is reached, and Previous / Skip / Next. A step is ticked (and remembered) the
 * moment its check holds on the live state.
 */
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { lessonText, type Lesson } from '../../../project';
import { glossaryEntry } from '../../../shared/i18n/glossary';
import { setLessonAnswer, setLessonStep, useLesson } from '../../document/lessonStore';
import { useCheckHolds } from './liveState';
import { lessonsUi, updateProgress, useLessonsUi, withStep } from './lessonsUi';
import { LessonVariants } from './LessonVariants';

export function LessonPanel({ lesson }: { lesson: Lesson }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const index = useLesson((s) => s.step);
  const answer = useLesson((s) => s.answers[lesson.steps[index]?.id ?? '']);
  const progress = useLessonsUi((s) => s.progress);
  const step = lesson.steps[index]!;
  const holds = useCheckHolds(step);
  const answerId = useId();
  const done = progress.done.includes(step.id);
  const skipped = !done && progress.skipped.includes(step.id);
  const last = index === lesson.steps.length - 1;

  useEffect(() => {
    if (holds) updateProgress((p) => (p.done.includes(step.id) ? p : { ...p, done: withStep(step.id, p.done) }));
  }, [holds, step.id]);

  const go = (to: number) => {
    setLessonStep(to);
    updateProgress((p) => ({ ...p, step: Math.max(0, Math.min(lesson.steps.length - 1, to)) }));
  };
  const skip = () => {
    updateProgress((p) => ({ ...p, skipped: withStep(step.id, p.skipped) }));
    if (!last) go(index + 1);
  };
  const allDone = lesson.steps.every((s) => !s.check || progress.done.includes(s.id));

  let status: string;
  if (!step.check) status = t('lessons.readStep');
  else if (done) status = t('lessons.done');
  else if (skipped) status = t('lessons.skipped');
  else status = t('lessons.notYet');

  return (
    <aside className="lesson-panel" aria-label={t('lessons.panel')} data-testid="lesson-panel">
      <header className="lesson-panel__header">
        <p className="lesson-panel__number">{t('lessons.lessonNumber', { number: lesson.number })}</p>
        <h2 className="lesson-panel__title">{lessonText(lesson.title, language)}</h2>
        <button
          type="button"
          className="lesson-panel__close"
          aria-label={t('lessons.close')}
          onClick={() => lessonsUi.setState({ panelOpen: false })}
        >
          ×
        </button>
      </header>
      <ol className="lesson-steps" aria-label={t('lessons.stepOf', { step: index + 1, total: lesson.steps.length })}>
        {lesson.steps.map((s, i) => {
          const state = progress.done.includes(s.id) ? 'done' : progress.skipped.includes(s.id) ? 'skipped' : 'open';
          return (
            <li
              key={s.id}
              className={`lesson-steps__dot lesson-steps__dot--${state}`}
              aria-current={i === index ? 'step' : undefined}
            >
              <button
                type="button"
                onClick={() => go(i)}
                aria-label={t('lessons.stepOf', { step: i + 1, total: lesson.steps.length })}
              >
                {state === 'done' ? '✓' : i + 1}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="lesson-panel__step">{t('lessons.stepOf', { step: index + 1, total: lesson.steps.length })}</p>
      <p className="lesson-panel__text" data-testid="lesson-text">
        {lessonText(step.text, language)}
      </p>
      {step.answer === 'epoch' && (
        <div className="lesson-panel__answer">
          <label htmlFor={answerId}>{t('lessons.answerLabel')}</label>
          <input
            id={answerId}
            type="number"
            min={1}
            step={1}
            value={answer ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.valueAsNumber;
              setLessonAnswer(step.id, Number.isFinite(value) ? value : null);
            }}
          />
        </div>
      )}
      {lesson.variants && lesson.variants.length > 0 && <LessonVariants variants={lesson.variants} />}
      {step.terms && step.terms.length > 0 && (
        <section className="lesson-panel__terms" aria-label={t('lessons.terms')}>
          <h3>{t('lessons.terms')}</h3>
          <ul>
            {step.terms.map((id) => {
              const entry = glossaryEntry(id);
              if (!entry) return null;
              return (
                <li key={id}>
                  <button type="button" className="lesson-term" onClick={() => lessonsUi.setState({ term: id })}>
                    {lessonText(entry.term, language)}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <p
        className={`lesson-panel__status lesson-panel__status--${done ? 'done' : step.check ? 'open' : 'read'}`}
        role="status"
        data-testid="lesson-status"
        data-done={done ? 'true' : 'false'}
      >
        {status}
      </p>
      {last && allDone && <p className="lesson-panel__finished">{t('lessons.finished')}</p>}
      <div className="lesson-panel__nav">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
          {t('lessons.previous')}
        </button>
        {step.check && !done && (
          <button type="button" onClick={skip}>
            {t('lessons.skip')}
          </button>
        )}
        <button
          type="button"
          className="primary"
          onClick={() => go(index + 1)}
          disabled={last || (Boolean(step.check) && !done && !skipped)}
        >
          {t('lessons.next')}
        </button>
      </div>
    </aside>
  );
}
