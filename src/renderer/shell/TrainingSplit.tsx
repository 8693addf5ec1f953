/**
 * The editor above, the training views below, and a splitter between them that the learner moves to watch
 * training or to edit with more room. The share is applied as a CSS variable that app.css's grid reads.
 */
import { useId, useRef, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Splitter } from '../ui/Splitter';
import { useTrainingShare } from './useTrainingShare';

export function TrainingSplit({ children, training }: { children: ReactNode; training: ReactNode }) {
  const { t } = useTranslation();
  const [state, setState] = useTrainingShare();
  const area = useRef<HTMLElement>(null);
  const trainingId = useId();
  const style = { '--training-share': `${state.share}%` } as CSSProperties;
  return (
    // The main landmark holds the editor, the splitter and the training area, so each part of the page,
    // the splitter too, is inside a landmark that assistive technology can jump to.
    <main className="split" ref={area} style={style}>
      {children}
      <Splitter state={state} onChange={setState} area={area} controls={trainingId} />
      <section id={trainingId} className="training-area" aria-label={t('training.title')}>
        {training}
      </section>
    </main>
  );
}
