/**
 * "Why is it not learning?": per layer and epoch, the gradient norm (log scale), the share of dead ReLUs or
 * saturated sigmoid/tanh outputs, and the weight scale, with the engine's diagnoses worded in the user's
 * language; each diagnosis selects its layer on the canvas. It shows the run in the panel, or with none the
 * project's latest saved run (so a reopened project shows its health again).
 */
import { memo, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { diagnoseRun, type EpochMetrics, type Graph } from '../../../../engine';
import { metricsFromHistoryEntry } from '../../../../project';
import { editorStore } from '../../../document/editorStore';
import { useRuns } from '../../../document/runsStore';
import { useInspection } from '../../../run/inspection';
import { ChartFrame } from '../../../ui/charts/ChartFrame';
import { EPOCH_DOMAIN, EVERY_TICK, MARGIN, SERIES_LINE } from '../../../ui/charts/chartProps';
import { thinSeries } from '../../../ui/charts/lossSeries';
import { classColour } from '../../../ui/charts/palette';
import { diagnosisText } from './diagnosisText';
import { formatPercent, healthSeries, layerNamer, type HealthLayer, type HealthRow } from './healthSeries';

const CHART_HEIGHT = 200;
const PERCENT_DOMAIN = [0, 100];
/** Three significant digits; very large or small numbers in exponent form, so axis labels stay short. */
const formatNumber = (v: unknown): string => {
  if (typeof v !== 'number') return String(v);
  const size = Math.abs(v);
  return size !== 0 && (size >= 1e4 || size < 1e-3) ? v.toExponential(1) : Number(v.toPrecision(3)).toString();
};
const formatTick = (v: number) => v.toExponential(0);

/** Powers of ten around the positive values of the rows: the log axis's domain and its ticks. */
function decades(rows: HealthRow[]): { domain: [number, number]; ticks: number[] } {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    for (const [key, v] of Object.entries(row)) {
      if (key === 'epoch' || typeof v !== 'number' || !(v > 0)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (!Number.isFinite(lo)) return { domain: [0.1, 1], ticks: [0.1, 1] };
  const from = Math.floor(Math.log10(lo));
  const to = Math.max(from + 1, Math.ceil(Math.log10(hi)));
  const step = Math.ceil((to - from) / 6); // at most about six labels
  const ticks: number[] = [];
  for (let e = from; e <= to; e += step) ticks.push(10 ** e);
  return { domain: [10 ** from, 10 ** to], ticks };
}
const formatShare = (v: unknown): string => (typeof v === 'number' ? `${formatPercent(v)}%` : String(v));

/** The run the panel describes: the live one, else the latest saved run with health. */
function useHealthSource(): { history: readonly EpochMetrics[]; graph: Graph | null; savedName: string | null } {
  // Deferred: redrawing three charts as epochs stream in is work React may interrupt for input.
  const liveHistory = useDeferredValue(useInspection((s) => s.history));
  const liveGraph = useInspection((s) => s.graph);
  const docGraph = editorStore.getState().doc.graph;
  const runs = useRuns((s) => s.runs);
  return useMemo(() => {
    if (liveHistory.length > 0) return { history: liveHistory, graph: liveGraph, savedName: null };
    for (let i = runs.length - 1; i >= 0; i--) {
      const run = runs[i];
      if (run.history.some((h) => h.health && h.health.length > 0)) {
        return {
          history: run.history.map(metricsFromHistoryEntry),
          graph: (run.settings.graph as Graph | undefined) ?? docGraph,
          savedName: run.name ?? run.id,
        };
      }
    }
    return { history: [], graph: null, savedName: null };
  }, [liveHistory, liveGraph, runs, docGraph]);
}

export const HealthPanel = memo(function HealthPanel() {
  const { t } = useTranslation();
  const { history, graph, savedName } = useHealthSource();
  const series = useMemo(() => healthSeries(history, graph), [history, graph]);
  const name = useMemo(() => layerNamer(graph), [graph]);
  const diagnoses = useMemo(() => diagnoseRun(history), [history]);
  const weighted = series.layers.filter((l) => l.weighted);
  const withShares = series.layers.filter((l) => l.share !== null);

  return (
    <section className="health-panel" aria-labelledby="health-title" data-testid="health-panel">
      <h2 className="panel-title" id="health-title">
        {t('health.title')} <span className="health-panel__subtitle">{t('health.subtitle')}</span>
      </h2>
      {!series.latest ? (
        <p className="muted">{t('health.none')}</p>
      ) : (
        <>
          {savedName && <p className="muted">{t('health.fromSaved', { run: savedName })}</p>}
          <div className="health-diagnoses" aria-live="polite">
            <h3>{t('health.diagnosesTitle')}</h3>
            {diagnoses.length === 0 ? (
              <p data-testid="health-all-clear">{t('health.allClear', { epoch: series.latest.epoch })}</p>
            ) : (
              <ul>
                {diagnoses.map((d) => (
                  <li key={`${d.code}:${d.nodeId}`} data-code={d.code} data-testid="health-diagnosis">
                    <span>{diagnosisText(t, d, name)}</span>{' '}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => editorStore.getState().setSelection([d.nodeId], [])}
                    >
                      {t('health.select', { layer: name(d.nodeId) })}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="health-charts">
            <HealthChart
              title={t('health.gradientNorm')}
              label={t('health.gradientNormLabel', { count: series.gradients.length })}
              rows={series.gradients}
              layers={weighted}
              log
              testId="health-gradients"
            />
            {withShares.length > 0 && (
              <HealthChart
                title={t('health.units')}
                label={t('health.unitsLabel', { count: series.shares.length })}
                rows={series.shares}
                layers={withShares}
                percent
                nameOf={(l) => t(l.share === 'dead' ? 'health.dead' : 'health.saturated', { layer: l.name })}
                testId="health-units"
              />
            )}
            <HealthChart
              title={t('health.weightScale')}
              label={t('health.weightScaleLabel', { count: series.weightScale.length })}
              rows={series.weightScale}
              layers={weighted}
              testId="health-weights"
            />
          </div>
          <p className="muted">{t('health.gradientNote')}</p>
          <LatestTable latest={series.latest} name={name} />
        </>
      )}
    </section>
  );
});

function HealthChart({
  title,
  label,
  rows,
  layers,
  log = false,
  percent = false,
  nameOf = (l) => l.name,
  testId,
}: {
  title: string;
  label: string;
  rows: HealthRow[];
  layers: HealthLayer[];
  log?: boolean;
  percent?: boolean;
  nameOf?: (layer: HealthLayer) => string;
  testId: string;
}) {
  const data = useMemo(() => thinSeries(rows), [rows]);
  const logAxis = useMemo(() => (log ? decades(rows) : null), [log, rows]);
  return (
    <ChartFrame title={title} label={label} data={{ epochs: rows.length, layers: layers.length }} testId={testId}>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <LineChart data={data} margin={MARGIN}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis dataKey="epoch" type="number" domain={EPOCH_DOMAIN} allowDecimals={false} />
          {logAxis ? (
            <YAxis
              scale="log"
              domain={logAxis.domain}
              ticks={logAxis.ticks}
              interval={EVERY_TICK}
              allowDataOverflow
              tickFormatter={formatTick}
              width={56}
            />
          ) : percent ? (
            <YAxis domain={PERCENT_DOMAIN} unit="%" width={48} interval={EVERY_TICK} />
          ) : (
            <YAxis tickFormatter={formatNumber} width={56} />
          )}
          <Tooltip formatter={percent ? formatShare : formatNumber} />
          <Legend itemSorter={null} />
          {layers.map((l, i) => (
            <Line key={l.nodeId} dataKey={l.nodeId} name={nameOf(l)} stroke={classColour(i)} {...SERIES_LINE} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}

function LatestTable({
  latest,
  name,
}: {
  latest: NonNullable<ReturnType<typeof healthSeries>['latest']>;
  name: (id: string) => string;
}) {
  const { t } = useTranslation();
  const num = (v: number | undefined) => (v === undefined ? '—' : formatNumber(v));
  const share = (v: number | undefined) => (v === undefined ? '—' : `${formatPercent(100 * v)}%`);
  return (
    <table className="data-table health-table" data-testid="health-table">
      <caption>{t('health.tableCaption', { epoch: latest.epoch })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('health.layer')}</th>
          <th scope="col">{t('health.gradient')}</th>
          <th scope="col">{t('health.deadShare')}</th>
          <th scope="col">{t('health.saturatedShare')}</th>
          <th scope="col">{t('health.weightRms')}</th>
          <th scope="col">{t('health.weightRange')}</th>
        </tr>
      </thead>
      <tbody>
        {latest.layers.map((l) => (
          <tr key={l.nodeId}>
            <th scope="row">{name(l.nodeId)}</th>
            <td>{num(l.gradientNorm)}</td>
            <td>{share(l.deadShare)}</td>
            <td>{share(l.saturatedShare)}</td>
            <td>{num(l.weightRms)}</td>
            <td>{l.weightMin === undefined ? '—' : `${num(l.weightMin)} … ${num(l.weightMax)}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
