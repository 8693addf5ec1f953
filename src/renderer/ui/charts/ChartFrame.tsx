/**
 * A titled box around one chart with a "Save PNG" button. The plot area carries role="img" and the
 * chart's accessible name; the title and button stay outside it so they remain reachable.
 */
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { chartPng, downloadBlob, pngFileName } from './exportPng';

export interface ChartFrameProps {
  title: string;
  /** Accessible description of what the chart shows. */
  label: string;
  children: ReactNode;
  /** Controls shown beside the title (a scale toggle, say). */
  tools?: ReactNode;
  /** Data attributes for tests and tools ("data-epochs"). */
  data?: Record<string, string | number>;
  testId?: string;
}

export function ChartFrame({ title, label, children, tools, data, testId }: ChartFrameProps) {
  const { t } = useTranslation();
  const plot = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const dataAttributes = Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [`data-${k}`, String(v)]));

  async function save() {
    if (!plot.current) return;
    try {
      setError(null);
      downloadBlob(await chartPng(plot.current), pngFileName(title));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section className="chart-frame" data-testid={testId}>
      <header className="chart-frame__header">
        <h3>{title}</h3>
        <div className="chart-frame__tools">
          {tools}
          <button type="button" onClick={() => void save()} aria-label={t('charts.savePngOf', { title })}>
            {t('charts.savePng')}
          </button>
        </div>
      </header>
      <div ref={plot} role="img" aria-label={label} className="chart-frame__plot" {...dataAttributes}>
        {children}
      </div>
      {error && <p className="chart-frame__error">{error}</p>}
    </section>
  );
}
