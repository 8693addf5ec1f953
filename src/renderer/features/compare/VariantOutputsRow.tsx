/**
 * Each variant's output view side by side: decision boundaries for 2-D data, otherwise the fitted curve
 * (1-D regression) or the confusion matrix of the validation rows. Reopened comparisons recompute their
 * boundaries from the saved weights.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { argmaxRows, confusionMatrix } from '../../ui/charts/confusion';
import { ConfusionMatrixView } from '../../ui/charts/ConfusionMatrixView';
import { DecisionBoundary } from '../../ui/charts/DecisionBoundary';
import { FittedCurve } from '../../ui/charts/FittedCurve';
import { boundaryFromWeights, type ComparisonData } from './comparisonData';
import type { VariantRun } from './compareTypes';
import { variantColour } from './colours';
import { valueLabel, type ParameterKind } from './parameters';

function VariantOutput({
  variant,
  index,
  data,
  kind,
}: {
  variant: VariantRun;
  index: number;
  data: ComparisonData;
  kind: ParameterKind;
}) {
  const { t } = useTranslation();
  const { train, validation } = data.split;
  const grid = useMemo(() => {
    if (variant.grid || !variant.weights || !data.plane2d) return variant.grid;
    try {
      return boundaryFromWeights(variant.graph, variant.training, variant.weights, data, variant.history.length);
    } catch {
      return null; // weights that no longer fit: the scatter alone still shows the data
    }
  }, [variant.grid, variant.weights, variant.graph, variant.training, variant.history.length, data]);
  const title = valueLabel(kind, variant.value, t);
  const swatch = <span className="compare-swatch" style={{ background: variantColour(index) }} aria-hidden="true" />;

  let view;
  if (data.plane2d) {
    view = (
      <DecisionBoundary
        grid={grid}
        train={data.drawnTrain}
        validation={data.drawnValidation}
        xRange={data.ranges.xRange}
        yRange={data.ranges.yRange}
        title={title}
        size={180}
      />
    );
  } else if (variant.outputs?.kind === 'curve') {
    view = <FittedCurve train={train} validation={validation} curve={variant.outputs} title={title} height={200} />;
  } else if (variant.outputs?.kind === 'classes' && variant.outputs.rows === validation.n) {
    const predicted = argmaxRows(variant.outputs.values, variant.outputs.width);
    view = (
      <ConfusionMatrixView
        matrix={confusionMatrix(validation.y, predicted, Math.max(2, train.classes))}
        classNames={train.classNames}
        title={title}
      />
    );
  } else {
    view = <p className="muted">{variant.status === 'done' ? t('compare.noOutput') : t('compare.outputLater')}</p>;
  }
  return (
    <li className="compare-output" data-testid="compare-output">
      {swatch}
      {view}
    </li>
  );
}

export function VariantOutputsRow({
  variants,
  data,
  kind,
}: {
  variants: readonly VariantRun[];
  data: ComparisonData | null;
  /** What the comparison varies: each output is titled by its variant's value. */
  kind: ParameterKind;
}) {
  const { t } = useTranslation();
  if (!data) return <p className="muted">{t('data.preparing')}</p>;
  return (
    <ul className="compare-outputs" aria-label={t('compare.outputs')}>
      {variants.map((v, i) => (
        <VariantOutput key={v.id} variant={v} index={i} data={data} kind={kind} />
      ))}
    </ul>
  );
}
