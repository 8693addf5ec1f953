/** What the network outputs, in the view that fits the task: boundary, curve, or confusion matrix + samples. */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { argmaxRows, confusionMatrix } from '../../ui/charts/confusion';
import { ConfusionMatrixView } from '../../ui/charts/ConfusionMatrixView';
import { DecisionBoundary } from '../../ui/charts/DecisionBoundary';
import { FittedCurve } from '../../ui/charts/FittedCurve';
import { SampleGrid } from './SampleGrid';
import type { DataPreview } from '../../run/dataPreview';
import type { GridEvent } from '../../run/trainingClient';
import { boundaryRanges } from '../../run/gridRange';
import type { Outputs } from './session';
import { pickEither, pickNear, pickRow, StepPicker, usePickedPoint } from './StepPicker';

export interface OutputViewProps {
  preview: DataPreview;
  grid: GridEvent | null;
  outputs: Outputs | null;
}

export const OutputView = memo(function OutputView({ preview, grid, outputs }: OutputViewProps) {
  const { t } = useTranslation();
  const predicted = useMemo(
    () =>
      outputs?.kind === 'classes' && outputs.rows === preview.validation.n
        ? argmaxRows(outputs.values, outputs.width)
        : null,
    [outputs, preview.validation.n],
  );
  const matrix = useMemo(
    () => (predicted ? confusionMatrix(preview.validation.y, predicted, Math.max(2, preview.classes)) : null),
    [predicted, preview.validation.y, preview.classes],
  );

  const picked = usePickedPoint();
  const onPick = useMemo(() => pickNear(preview), [preview]);
  const onPickRow = useMemo(() => pickRow(preview, 'validation'), [preview]);
  const onPickPoint = useMemo(() => pickEither(preview), [preview]);

  if (preview.plane2d && preview.features === 2) {
    const { xRange, yRange } = boundaryRanges(preview.standardized, [preview.train, preview.validation]);
    return (
      <div className="output-with-picker">
        <DecisionBoundary
          grid={grid}
          train={preview.train}
          validation={preview.validation}
          xRange={xRange}
          yRange={yRange}
          onPick={onPick}
          picked={picked}
        />
        <StepPicker preview={preview} hint="point" />
      </div>
    );
  }
  if (preview.task === 'regression' && preview.features === 1) {
    return (
      <div className="output-with-picker">
        <FittedCurve
          height="100%"
          train={preview.train}
          validation={preview.validation}
          curve={outputs?.kind === 'curve' ? outputs : null}
          onPickPoint={onPickPoint}
        />
        <StepPicker preview={preview} hint="point" />
      </div>
    );
  }
  if (preview.task === 'classification') {
    return (
      <div className="output-pair">
        {matrix ? (
          <ConfusionMatrixView matrix={matrix} classNames={preview.classNames} />
        ) : (
          <p className="muted">{t('outputView.matrixLater')}</p>
        )}
        <div className="output-with-picker">
          <SampleGrid samples={preview.validation} predicted={predicted} onPick={onPickRow} />
          <StepPicker preview={preview} hint="digit" />
        </div>
      </div>
    );
  }
  return <p className="muted">{t('outputView.none')}</p>;
});
