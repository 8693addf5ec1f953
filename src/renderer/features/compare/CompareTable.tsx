/** The comparison's final figures as a real table, one row per variant. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ComparisonRecord, VariantRun } from './compareTypes';
import { variantColour } from './colours';
import { formatDuration } from '../../../shared/duration';
import { variantFigures } from './summary';
import { variantDataMatches } from './fingerprint';
import { problemOr } from '../../../shared/i18n';
import { valueLabel } from './parameters';

const loss = (v: number | null, language: string): string =>
  v === null ? '—' : v.toLocaleString(language, { minimumSignificantDigits: 3, maximumSignificantDigits: 3 });
const percent = (v: number | null, language: string): string =>
  v === null
    ? '—'
    : v.toLocaleString(language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

function statusText(t: TFunction, v: VariantRun): string {
  if (v.status === 'running')
    return v.progress
      ? t('compare.table.epochOf', { done: v.progress.epoch, total: v.progress.totalEpochs })
      : t('compare.table.starting');
  if (v.status === 'queued') return t('compare.table.queued');
  if (v.status === 'error') return t('compare.table.failed', { reason: problemOr(t, v.errorProblem, v.error ?? '') });
  // A variant stopped in this session says why in the reader's language; a reopened one, as it was saved.
  if (v.status === 'stopped') return problemOr(t, v.outcome, v.message ?? t('compare.state.stopped'));
  return v.end ? t(`compare.end.${v.end}`, { defaultValue: v.end }) : t('compare.state.done');
}

function weightsText(t: TFunction, v: VariantRun, labelOf: (id: string) => string): string {
  const { shared, seeded } = v.initialWeights;
  if (seeded.length === 0) return shared.length > 0 ? t('compare.table.shared') : '—';
  if (shared.length === 0) return t('compare.table.ownInit');
  return t('compare.table.sharedExcept', { names: seeded.map(labelOf).join(', ') });
}

export function CompareTable({ comparison }: { comparison: ComparisonRecord }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const classification = comparison.task === 'classification';
  const target = comparison.targetLoss;
  return (
    <table
      className="compare-table"
      data-testid="compare-table"
      data-expected-ready-checksum={comparison.expectedReadyChecksum ?? ''}
      data-expected-checksum={comparison.expectedDataChecksum ?? ''}
    >
      <caption>{t('compare.table.caption', { target })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('compare.table.variant')}</th>
          <th scope="col">{t('compare.table.trainLoss')}</th>
          <th scope="col">{t('compare.table.valLoss')}</th>
          {classification && <th scope="col">{t('compare.table.trainAccuracy')}</th>}
          {classification && <th scope="col">{t('compare.table.valAccuracy')}</th>}
          <th scope="col">{t('compare.table.bestEpoch')}</th>
          <th scope="col">{t('compare.table.epochsTo', { target })}</th>
          <th scope="col">{t('compare.table.wallTime')}</th>
          <th scope="col">{t('compare.table.initialWeights')}</th>
          <th scope="col">{t('compare.table.firstData')}</th>
          <th scope="col">{t('compare.table.status')}</th>
        </tr>
      </thead>
      <tbody>
        {comparison.variants.map((v, i) => {
          const f = variantFigures(v.history, target);
          const labelOf = (id: string) => v.graph.nodes.find((n) => n.id === id)?.label ?? id;
          // The worker's own report of its data must match the main thread's copy (unless the data is varied).
          const dataOk = variantDataMatches(comparison, v);
          return (
            <tr
              key={v.id}
              data-variant={v.label}
              data-checksum={v.dataChecksum ?? ''}
              data-ready-checksum={v.readyChecksum ?? ''}
            >
              <th scope="row">
                <span className="compare-swatch" style={{ background: variantColour(i) }} aria-hidden="true" />
                {valueLabel(comparison.parameter.kind, v.value, t)}
              </th>
              <td>{loss(f.finalTrainLoss, language)}</td>
              <td>{loss(f.finalValLoss, language)}</td>
              {classification && <td>{percent(f.finalTrainAccuracy, language)}</td>}
              {classification && <td>{percent(f.finalValAccuracy, language)}</td>}
              <td>{f.bestEpoch ?? '—'}</td>
              <td>{f.epochsToTarget ?? (v.status === 'done' ? t('compare.table.notReached') : '—')}</td>
              <td>{formatDuration(v.wallMs, t)}</td>
              <td>{weightsText(t, v, labelOf)}</td>
              <td>
                {v.dataChecksum
                  ? dataOk
                    ? v.dataChecksum
                    : t('compare.table.otherData', { checksum: v.dataChecksum })
                  : '—'}
              </td>
              <td>{statusText(t, v)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
