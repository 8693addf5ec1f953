/**
 * The document's runs: what each trained, how it ended and its final figures. Select two or more to
 * overlay their loss curves; delete the ones not worth keeping.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../ui/charts/ChartFrame';
import { formatLoss } from '../../ui/charts/LossChart';
import { finiteHistory } from '../../ui/charts/lossSeries';
import { classColour } from '../../ui/charts/palette';
import { useRuns, runsStore } from '../../document/runsStore';
import { finalFigures, runNetwork, settingsSummary } from '../../document/runSummary';
import { metricsFromHistoryEntry, type Run } from '../../../project';
import { useEditor } from '../../document/editorStore';
import { problemOr } from '../../../shared/i18n';
import { lessonPart } from '../../ui/lessonPart';

const fmt = (v: number | null, language: string) =>
  v === null ? '—' : v.toLocaleString(language, { minimumSignificantDigits: 4, maximumSignificantDigits: 4 });

/** One row per epoch with a column per selected run: `${runId}:train` and `${runId}:validation`. */
function overlayRows(runs: Run[]) {
  const rows = new Map<number, Record<string, number>>();
  for (const run of runs) {
    for (const m of finiteHistory(run.history.map(metricsFromHistoryEntry))) {
      const row = rows.get(m.epoch) ?? { epoch: m.epoch };
      row[`${run.id}:train`] = m.trainLoss;
      if (Number.isFinite(m.valLoss)) row[`${run.id}:validation`] = m.valLoss;
      rows.set(m.epoch, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.epoch - b.epoch);
}

export const RunHistory = memo(function RunHistory() {
  const { t, i18n } = useTranslation();
  const runs = useRuns((s) => s.runs);
  const graph = useEditor((s) => s.doc.graph);
  const selected = useRuns((s) => s.selected);
  const outcomes = useRuns((s) => s.outcomes);
  const chosen = useMemo(() => runs.filter((r) => selected.includes(r.id)), [runs, selected]);
  const data = useMemo(() => overlayRows(chosen), [chosen]);
  const { toggleSelected, deleteRun } = runsStore.getState();

  return (
    <section className="run-history" aria-label={t('runs.label')} {...lessonPart('runHistory')}>
      <h2 className="panel-title">{t('runs.title')}</h2>
      {runs.length === 0 ? (
        <p className="muted">{t('runs.empty')}</p>
      ) : (
        <table className="data-table run-table">
          <thead>
            <tr>
              <th>{t('runs.overlay')}</th>
              <th>#</th>
              <th>{t('runs.network')}</th>
              <th>{t('runs.ended')}</th>
              <th>{t('runs.epochs')}</th>
              <th>{t('runs.trainLoss')}</th>
              <th>{t('runs.valLoss')}</th>
              <th>{t('runs.valAccuracy')}</th>
              <th>
                <span className="visually-hidden">{t('runs.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run, i) => {
              const f = finalFigures(run);
              return (
                <tr key={run.id} data-end={run.end}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('runs.overlayRun', { n: i + 1 })}
                      checked={selected.includes(run.id)}
                      onChange={() => toggleSelected(run.id)}
                    />
                  </td>
                  <td>{i + 1}</td>
                  <td>
                    {runNetwork(run, graph, t)}
                    <br />
                    <small>{settingsSummary(run, t)}</small>
                  </td>
                  <td title={problemOr(t, outcomes[run.id], run.message)}>
                    {t(`compare.end.${run.end}`, { defaultValue: run.end })}
                  </td>
                  <td>{f.epochs}</td>
                  <td>{fmt(f.trainLoss, i18n.language)}</td>
                  <td>{fmt(f.valLoss, i18n.language)}</td>
                  <td>
                    {f.valAccuracy === null
                      ? '—'
                      : f.valAccuracy.toLocaleString(i18n.language, {
                          style: 'percent',
                          minimumFractionDigits: 1,
                          maximumFractionDigits: 1,
                        })}
                  </td>
                  <td>
                    <button
                      type="button"
                      onClick={() => deleteRun(run.id)}
                      aria-label={t('runs.deleteRun', { n: i + 1 })}
                    >
                      {t('runs.delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {chosen.length >= 2 && (
        <ChartFrame
          title={t('runs.chartTitle')}
          label={t('runs.chartLabel', { count: chosen.length })}
          testId="runs-overlay"
          data={{ runs: chosen.length }}
        >
          <ResponsiveContainer width="100%" height={260}>
            <LineChart data={data} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
              <XAxis dataKey="epoch" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} />
              <YAxis width={56} tickFormatter={(v: number) => Number(v.toPrecision(2)).toLocaleString(i18n.language)} />
              <Tooltip
                formatter={(value, name) => [formatLoss(value), name]}
                labelFormatter={(e) => t('compare.chart.epochTip', { epoch: String(e) })}
              />
              <Legend />
              {chosen.flatMap((run) => {
                const n = runs.indexOf(run) + 1;
                const colour = classColour(n - 1);
                return [
                  <Line
                    key={`${run.id}:t`}
                    dataKey={`${run.id}:train`}
                    name={t('runs.training', { n })}
                    stroke={colour}
                    dot={false}
                    isAnimationActive={false}
                    connectNulls
                  />,
                  <Line
                    key={`${run.id}:v`}
                    dataKey={`${run.id}:validation`}
                    name={t('runs.validation', { n })}
                    stroke={colour}
                    strokeDasharray="5 3"
                    dot={false}
                    isAnimationActive={false}
                    connectNulls
                  />,
                ];
              })}
            </LineChart>
          </ResponsiveContainer>
        </ChartFrame>
      )}
    </section>
  );
});
