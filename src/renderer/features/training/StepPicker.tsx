/**
 * Choosing the sample for the step-through from the training views: a click on a point of the decision
 * boundary, on a digit or a row of the samples, or "Random sample". The step-through itself (the canvas)
 * takes it from there through run/stepThrough.
 */
import { useTranslation } from 'react-i18next';
import type { DataPreview } from '../../run/dataPreview';
import { nearestSample, sampleOf, stepThroughActions, useStepThrough } from '../../run/stepThrough';

/** The point to ring on a 2-D chart: the chosen sample's features, or null. */
export function usePickedPoint(): readonly number[] | null {
  return useStepThrough((s) => s.sample?.x ?? null);
}

export function pickNear(preview: DataPreview) {
  return (x: number, y: number, radius: number) => {
    const halves = [
      { data: preview.train, split: 'train' as const },
      { data: preview.validation, split: 'validation' as const },
    ];
    const sample = nearestSample(halves, x, y, radius);
    if (sample) stepThroughActions.choose(sample);
  };
}

/** Row `index` of one half (the sample grids show the first rows of a half, in order). */
export function pickRow(preview: DataPreview, split: 'train' | 'validation') {
  const data = split === 'train' ? preview.train : preview.validation;
  return (index: number) => stepThroughActions.choose(sampleOf(data, index, split));
}

/** Row `index` of either half, for charts that draw both (the fitted curve's points). */
export function pickEither(preview: DataPreview) {
  return (split: 'train' | 'validation', index: number) => pickRow(preview, split)(index);
}

export function StepPicker({ preview, hint }: { preview: DataPreview; hint: 'point' | 'digit' }) {
  const { t } = useTranslation();
  const random = () => {
    const index = Math.floor(Math.random() * preview.train.n);
    stepThroughActions.choose(sampleOf(preview.train, index, 'train'));
  };
  return (
    <p className="step-picker">
      {t(hint === 'point' ? 'stepThrough.choose' : 'stepThrough.chooseDigit')}{' '}
      <button type="button" onClick={random} disabled={preview.train.n === 0} data-testid="step-random">
        {t('stepThrough.random')}
      </button>
    </p>
  );
}
