/**
 * On the first start, beside the template menu: a card that offers lesson 1. Dismissing it (or starting)
 * is remembered, so it appears once.
 */
import { useTranslation } from 'react-i18next';
import { dismissWelcome } from './progress';
import { lessonsUi } from './lessonsUi';

export function WelcomeCard({ onStart }: { onStart: () => void }) {
  const { t } = useTranslation();
  const dismiss = () => {
    lessonsUi.setState({ welcome: false });
    void dismissWelcome();
  };
  return (
    <section className="lesson-welcome" aria-label={t('lessons.welcomeTitle')} data-testid="lesson-welcome">
      <span className="lesson-welcome__title" title={t('lessons.welcomeText')}>
        {t('lessons.welcomeTitle')}
      </span>
      <div className="lesson-welcome__buttons">
        <button
          type="button"
          className="primary"
          onClick={() => {
            dismiss();
            onStart();
          }}
        >
          {t('lessons.welcomeStart')}
        </button>
        <button type="button" onClick={dismiss}>
          {t('lessons.welcomeDismiss')}
        </button>
      </div>
    </section>
  );
}
