/** One comparison: progress and Stop all, the target loss, overlaid curves, outputs side by side, the table. */
import { memo, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureLines } from '../../platform/failureText';
import { useThrottled } from '../../ui/charts/useThrottled';
import { CompareLossChart } from './CompareLossChart';
import { CompareTable } from './CompareTable';
import { comparisonDataFor, type ComparisonData } from './comparisonData';
import { compareStore } from './compareStore';
import { stopAll } from './compareSession';
import type { ComparisonRecord } from './compareTypes';
import { VariantOutputsRow } from './VariantOutputsRow';
import { VariantNeuronsRow } from './VariantNeuronsRow';
import { variantColour } from './colours';
import { comparisonTitle, valueLabel, variesData } from './parameters';

/** The comparison's shared data, or why it could not be made (the error itself, worded where it is shown). */
function useComparisonData(comparison: ComparisonRecord): { data: ComparisonData | null; error: unknown } {
  const [state, setState] = useState<{ id: string; data: ComparisonData | null; error: unknown }>({
    id: '',
    data: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    comparisonDataFor(comparison.id, comparison.dataset).then(
      (data) => live && setState({ id: comparison.id, data, error: null }),
      (e: unknown) =>
        live &&
        setState({
          id: comparison.id,
          data: null,
          error: e ?? new Error(String(e)),
        }),
    );
    return () => {
      live = false;
    };
  }, [comparison.id, comparison.dataset]);
  return state.id === comparison.id ? state : { data: null, error: null };
}

function Progress({ comparison }: { comparison: ComparisonRecord }) {
  const { t } = useTranslation();
  return (
    <ul className="compare-progress" aria-label={t('compare.progress')}>
      {comparison.variants.map((v, i) => {
        const total = v.progress?.totalEpochs ?? v.training.epochs;
        const done = v.status === 'running' ? (v.progress?.epoch ?? 0) : v.history.length;
        const label = valueLabel(comparison.parameter.kind, v.value, t);
        return (
          <li key={v.id}>
            <span className="compare-swatch" style={{ background: variantColour(i) }} aria-hidden="true" />
            <span className="compare-progress__label">{label}</span>
            <progress
              max={total}
              value={Math.min(done, total)}
              aria-label={t('compare.progressOf', { name: label, done, total })}
            />
            <span className="compare-progress__status">
              {v.status === 'running' ? `${done} / ${total}` : t(`compare.state.${v.status}`)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/*
 * The results redraw only when what they show changes: CompareResults itself renders on every flush of every
 * variant (its progress bars are live), and without memo each of these, recharts' whole tree included, would
 * render with it.
 */
const ShownLossChart = memo(CompareLossChart);
const ShownOutputs = memo(VariantOutputsRow);
const ShownNeurons = memo(VariantNeuronsRow);
const ShownTable = memo(CompareTable);

export function CompareResults({ comparison }: { comparison: ComparisonRecord }) {
  const { t } = useTranslation();
  const { data, error } = useComparisonData(comparison);
  const what = t(`compare.what.${comparison.parameter.kind}`);
  const targetId = useId();
  const [targetText, setTargetText] = useState(String(comparison.targetLoss));
  useEffect(() => setTargetText(String(comparison.targetLoss)), [comparison.id, comparison.targetLoss]);

  const onTarget = (text: string) => {
    setTargetText(text);
    const value = Number(text);
    if (text.trim() !== '' && Number.isFinite(value) && value > 0)
      compareStore.getState().updateComparison(comparison.id, { targetLoss: value });
  };
  // Each variant's driver reports a few times a second, so with six variants the charts, outputs and table
  // would redraw twenty times a second; they redraw at most a few times (the progress bars stay live), and
  // at once when the comparison stops or ends.
  // The whole record is throttled, not just its variants: a copy made on each flush would still redraw the
  // table (a scan of every epoch per variant) twenty times a second.
  const shown = useThrottled(comparison, comparison.running);
  const variants = shown.variants;
  const targetValid = Number.isFinite(Number(targetText)) && Number(targetText) > 0;

  return (
    <div className="compare-results" data-testid="compare-results" data-running={comparison.running ? 'true' : 'false'}>
      <header className="compare-results__header">
        <h3>{comparisonTitle(comparison, t)}</h3>
        <div className="compare-results__tools">
          <label htmlFor={targetId}>{t('compare.targetLoss')}</label>
          <input
            id={targetId}
            type="number"
            min={0}
            step="any"
            value={targetText}
            aria-invalid={!targetValid}
            aria-describedby={`${targetId}-help`}
            onChange={(e) => onTarget(e.target.value)}
          />
          <span id={`${targetId}-help`} className="visually-hidden">
            {t('compare.targetHelp')}
          </span>
          <button type="button" onClick={stopAll} disabled={!comparison.running}>
            {t('compare.stopAll')}
          </button>
        </div>
      </header>
      <p className="muted">
        {variesData(comparison.parameter) ? t('compare.ownData', { what }) : t('compare.sameData', { what })}
      </p>
      <Progress comparison={comparison} />
      <ShownLossChart variants={variants} kind={comparison.parameter.kind} />
      {error ? (
        <p role="alert">{t('compare.dataFailed', { reason: failureLines(t, error).join(' ') })}</p>
      ) : (
        <>
          <ShownOutputs variants={variants} data={data} kind={comparison.parameter.kind} />
          <ShownNeurons comparison={shown} />
        </>
      )}
      <ShownTable comparison={shown} />
    </div>
  );
}
