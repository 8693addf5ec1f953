/** A look at the data before training: a scatter for 2-D sets, the curve for sine, digits, or a table. */
import { useTranslation } from 'react-i18next';
import { DecisionBoundary } from '../../ui/charts/DecisionBoundary';
import { FittedCurve } from '../../ui/charts/FittedCurve';
import { SampleGrid } from './SampleGrid';
import type { DataPreview } from '../../run/dataPreview';
import { boundaryRanges } from '../../run/gridRange';
import { pickEither, pickNear, pickRow, usePickedPoint } from './StepPicker';

export function DataPreviewView({ preview }: { preview: DataPreview }) {
  const { t } = useTranslation();
  const picked = usePickedPoint();
  if (preview.plane2d && preview.features === 2) {
    const { xRange, yRange } = boundaryRanges(preview.standardized, [preview.train, preview.validation]);
    return (
      <DecisionBoundary
        grid={null}
        train={preview.train}
        validation={preview.validation}
        xRange={xRange}
        yRange={yRange}
        title={t('data.title')}
        size={240}
        testId="data-scatter"
        onPick={pickNear(preview)}
        picked={picked}
      />
    );
  }
  if (preview.task === 'regression' && preview.features === 1) {
    return (
      <FittedCurve
        train={preview.train}
        validation={preview.validation}
        curve={null}
        title={t('data.title')}
        height={220}
        testId="data-curve"
        onPickPoint={pickEither(preview)}
      />
    );
  }
  return (
    <SampleGrid
      samples={preview.train}
      predicted={null}
      title={t('data.samplesTitle')}
      count={preview.features === 784 ? 16 : 8}
      testId="data-samples"
      onPick={pickRow(preview, 'train')}
    />
  );
}
