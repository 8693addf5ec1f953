/**
 * The status line under the canvas: the latest message (refused connections, pastes) in a live region,
 * and a summary of the compiler's findings that opens into the full list, including problems that belong
 * to no single node (no input, no path to the output).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../shared/i18n';
import { useCompiled } from '../../document/compiled';
import { useEditor } from '../../document/editorStore';
import { statusStore, useStatus } from '../../document/status';

const MESSAGE_MS = 8000;

export function StatusBar() {
  const message = useStatus((s) => s.message);
  const tone = useStatus((s) => s.tone);
  const serial = useStatus((s) => s.serial);
  const { result } = useCompiled();
  const { t } = useTranslation();
  const selected = useEditor((s) => s.selectedNodeIds);
  const graph = useEditor((s) => s.doc.graph);
  // The selected node's problems in full: on the node itself they are a badge, to keep nodes small.
  const selectedProblems = result.problems.filter((p) => p.nodeId !== undefined && selected.has(p.nodeId));
  const labelOf = (id: string) => graph.nodes.find((n) => n.id === id)?.label ?? id;

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => statusStore.getState().clear(), MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [message, serial]);

  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.length - errors.length;
  const summary =
    result.problems.length === 0
      ? t('status.ready', { count: result.totalParams })
      : t('status.summary', {
          errors: t('status.errors', { count: errors.length }),
          warnings: t('status.warnings', { count: warnings }),
        });

  return (
    <footer className="status-bar">
      <div role="status" aria-live="polite" className={`status-message status-${tone}`} data-testid="status-message">
        {message}
      </div>
      {selectedProblems.length > 0 && (
        <p className="status-node-problems" data-testid="selected-node-problems">
          {selectedProblems.map((p) => {
            const line = `${labelOf(p.nodeId!)}: ${problemText(t, p)}`;
            return (
              <span key={`${p.nodeId}:${p.code}:${p.message}`} className={`problem-${p.severity}`} title={line}>
                {line}
              </span>
            );
          })}
        </p>
      )}
      <details className="problem-summary">
        <summary className={errors.length > 0 ? 'has-errors' : ''} data-testid="problem-summary">
          {summary}
        </summary>
        {result.problems.length > 0 && (
          <ul>
            {result.problems.map((p, i) => (
              <li key={i} className={`problem-${p.severity}`}>
                {problemText(t, p)}
              </li>
            ))}
          </ul>
        )}
      </details>
    </footer>
  );
}
