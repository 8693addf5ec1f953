/** The side panel with one glossary entry: the term in the app's language and its short definition. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { lessonText } from '../../../project';
import { glossaryEntry } from '../../../shared/i18n/glossary';
import { lessonsUi } from './lessonsUi';

export function GlossaryPanel({ termId }: { termId: string }) {
  const { t, i18n } = useTranslation();
  const entry = glossaryEntry(termId);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), [termId]);
  if (!entry) return null;
  const other = i18n.language.startsWith('ja') ? entry.term.en : entry.term.ja;
  return (
    <aside
      className="lesson-glossary"
      aria-label={t('lessons.glossaryTitle')}
      data-testid="glossary-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') lessonsUi.setState({ term: null });
      }}
    >
      <p className="lesson-glossary__kicker">{t('lessons.glossaryTitle')}</p>
      <h3 className="lesson-glossary__term" lang={i18n.language}>
        {lessonText(entry.term, i18n.language)}
      </h3>
      {other !== lessonText(entry.term, i18n.language) && <p className="lesson-glossary__other">{other}</p>}
      <p className="lesson-glossary__definition">{lessonText(entry.definition, i18n.language)}</p>
      <button type="button" ref={close} onClick={() => lessonsUi.setState({ term: null })}>
        {t('lessons.glossaryClose')}
      </button>
    </aside>
  );
}
