/**
 * The document's runs: what each trained, how it ended and its final figures. Select two or more to
 * overlay their loss curves; delete the ones not worth keeping.
 */
import { memo, useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../ui/charts/ChartFrame';
import { formatLoss } from '../../ui/charts/LossChart';
import { finiteHistory } from '../../ui/charts/lossSeries';
import { classColour } from '../../ui/charts/palette';
import { useRuns, runsStore } from '../../document/runsStore';
import { finalFigures, runNetwork, settingsSummary } from '../../document/runSummary';
import { metricsFromHistoryEntry, type Run } from '../../../project';
import { useEditor } from '../../document/editorStore';

const fmt = (v: number | null, digits = 4) => (v === null ? '—' : v.toPrecision(digits));

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
  const runs = useRuns((s) => s.runs);
  const graph = useEditor((s) => s.doc.graph);
  const selected = useRuns((s) => s.selected);
  const chosen = useMemo(() => runs.filter((r) => selected.includes(r.id)), [runs, selected]);
  const data = useMemo(() => overlayRows(chosen), [chosen]);
  const { toggleSelected, deleteRun } = runsStore.getState();

  return (
    <section className="run-history" aria-label="Run history">
      <h2 className="panel-title">Runs</h2>
      {runs.length === 0 ? (
        <p className="muted">Finished, stopped and diverged runs are listed here and saved with the project.</p>
      ) : (
        <table className="data-table run-table">
          <thead>
            <tr>
              <th>overlay</th>
              <th>#</th>
              <th>network and settings</th>
              <th>ended</th>
              <th>epochs</th>
              <th>train loss</th>
              <th>val. loss</th>
              <th>val. accuracy</th>
              <th>
                <span className="visually-hidden">actions</span>
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
                      aria-label={`Overlay run ${i + 1}`}
                      checked={selected.includes(run.id)}
                      onChange={() => toggleSelected(run.id)}
                    />
                  </td>
                  <td>{i + 1}</td>
                  <td>
                    {runNetwork(run, graph)}
                    <br />
                    <small>{settingsSummary(run)}</small>
                  </td>
                  <td title={run.message}>{run.end}</td>
                  <td>{f.epochs}</td>
                  <td>{fmt(f.trainLoss)}</td>
                  <td>{fmt(f.valLoss)}</td>
                  <td>{f.valAccuracy === null ? '—' : `${(f.valAccuracy * 100).toFixed(1)}%`}</td>
                  <td>
                    <button type="button" onClick={() => deleteRun(run.id)} aria-label={`Delete run ${i + 1}`}>
                      Delete
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
          title="Loss of selected runs"
          label={`Loss curves of ${chosen.length} runs overlaid`}
          testId="runs-overlay"
          data={{ runs: chosen.length }}
        >
          <ResponsiveContainer width="100%" height={260}>
            <LineChart data={data} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
              <XAxis dataKey="epoch" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} />
              <YAxis width={56} tickFormatter={(v: number) => Number(v.toPrecision(2)).toString()} />
              <Tooltip
                formatter={(value, name) => [formatLoss(value), name]}
                labelFormatter={(e) => `epoch ${String(e)}`}
              />
              <Legend />
              {chosen.flatMap((run) => {
                const n = runs.indexOf(run) + 1;
                const colour = classColour(n - 1);
                return [
                  <Line
                    key={`${run.id}:t`}
                    dataKey={`${run.id}:train`}
                    name={`run ${n} training`}
                    stroke={colour}
                    dot={false}
                    isAnimationActive={false}
                    connectNulls
                  />,
                  <Line
                    key={`${run.id}:v`}
                    dataKey={`${run.id}:validation`}
                    name={`run ${n} validation`}
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
