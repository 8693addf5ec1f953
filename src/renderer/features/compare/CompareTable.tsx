/** The comparison's final figures as a real table, one row per variant. */
import type { ComparisonRecord, VariantRun } from './compareTypes';
import { variantColour } from './colours';
import { formatDuration } from '../../../shared/duration';
import { variantFigures } from './summary';
import { variantDataMatches } from './fingerprint';

const loss = (v: number | null): string => (v === null ? '—' : v.toPrecision(3));
const percent = (v: number | null): string => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);

function statusText(v: VariantRun): string {
  if (v.status === 'running') return v.progress ? `epoch ${v.progress.epoch} of ${v.progress.totalEpochs}` : 'starting';
  if (v.status === 'queued') return 'waiting for a worker';
  if (v.status === 'error') return `failed: ${v.error ?? ''}`;
  if (v.status === 'stopped') return v.message ?? 'stopped';
  return v.end ?? 'done';
}

function weightsText(v: VariantRun, labelOf: (id: string) => string): string {
  const { shared, seeded } = v.initialWeights;
  if (seeded.length === 0) return shared.length > 0 ? 'shared' : '—';
  if (shared.length === 0) return 'own seeded init (no layer has the base shape)';
  return `shared; own seeded init for ${seeded.map(labelOf).join(', ')} (other shape)`;
}

export function CompareTable({ comparison }: { comparison: ComparisonRecord }) {
  const classification = comparison.task === 'classification';
  const target = comparison.targetLoss;
  return (
    <table
      className="compare-table"
      data-testid="compare-table"
      data-expected-ready-checksum={comparison.expectedReadyChecksum ?? ''}
      data-expected-checksum={comparison.expectedDataChecksum ?? ''}
    >
      <caption>Final figures of each variant (target training loss {target})</caption>
      <thead>
        <tr>
          <th scope="col">Variant</th>
          <th scope="col">Final training loss</th>
          <th scope="col">Final validation loss</th>
          {classification && <th scope="col">Training accuracy</th>}
          {classification && <th scope="col">Validation accuracy</th>}
          <th scope="col">Best epoch</th>
          <th scope="col">Epochs to loss ≤ {target}</th>
          <th scope="col">Wall time</th>
          <th scope="col">Initial weights</th>
          <th scope="col">First-epoch data</th>
          <th scope="col">Status</th>
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
                {v.label}
              </th>
              <td>{loss(f.finalTrainLoss)}</td>
              <td>{loss(f.finalValLoss)}</td>
              {classification && <td>{percent(f.finalTrainAccuracy)}</td>}
              {classification && <td>{percent(f.finalValAccuracy)}</td>}
              <td>{f.bestEpoch ?? '—'}</td>
              <td>{f.epochsToTarget ?? (v.status === 'done' ? 'not reached' : '—')}</td>
              <td>{formatDuration(v.wallMs)}</td>
              <td>{weightsText(v, labelOf)}</td>
              <td>{v.dataChecksum ? `${v.dataChecksum}${dataOk ? '' : ' (the worker built other data!)'}` : '—'}</td>
              <td>{statusText(v)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
