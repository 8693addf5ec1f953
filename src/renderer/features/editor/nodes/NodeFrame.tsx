/**
 * What every layer node shares: handles, its kind and label, the output shape and parameter count the
 * compiler inferred, and the compiler's problems (red for errors, amber for warnings) right on the node.
 */
import { Handle, Position } from '@xyflow/react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../../shared/i18n';
import { NODE_KINDS } from '../../../../engine';
import type { LayerNodeData } from '../flowModel';
import { LayerIcon } from '../icons';
import { StepNodeOverlay } from '../stepThrough/StepNodeOverlay';

const formatShape = (shape: readonly number[]) => `[${shape.join(', ')}]`;

export function NodeFrame({
  data,
  selected,
  children,
}: {
  data: LayerNodeData;
  selected: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { node, shape, paramCount, problems } = data;
  const kind = NODE_KINDS[node.type];
  const hasError = problems.some((p) => p.severity === 'error');
  const hasWarning = !hasError && problems.length > 0;
  const status = hasError ? ' has-error' : hasWarning ? ' has-warning' : '';
  const tipId = useId();
  return (
    <div
      className={`layer-node kind-${node.type}${status}${selected ? ' is-selected' : ''}`}
      data-testid={`node-${node.label}`}
    >
      {kind.fanIn.max > 0 && (
        <Handle
          type="target"
          position={Position.Left}
          title={t('node.inputOf', { name: node.label })}
          data-testid={`target-${node.label}`}
        />
      )}
      <div className="layer-node-header">
        <LayerIcon type={node.type} />
        <span className="layer-node-label">{node.label}</span>
        <span className="layer-node-kind">{t(`nodeKinds.${node.type}.title`)}</span>
      </div>
      {children && <div className="layer-node-body">{children}</div>}
      <div className="layer-node-stats" data-testid={`stats-${node.label}`}>
        <span title={t('node.outTitle')}>{t('node.out', { shape: shape ? formatShape(shape) : '?' })}</span>
        <span title={t('node.paramsTitle')}>{t('node.params', { count: paramCount })}</span>
      </div>
      {problems.length > 0 && (
        // A compact badge on the node's corner, so a long message never grows the node over its neighbours;
        // the messages show beside it on hover or focus, and in the status bar while the node is selected.
        <div className="layer-node-problems" data-testid={`problems-${node.label}`}>
          <button
            type="button"
            className={`nodrag problem-badge problem-badge-${hasError ? 'error' : 'warning'}`}
            aria-label={t(hasError ? 'node.problemsOn' : 'node.warningsOn', {
              count: problems.length,
              name: node.label,
            })}
            aria-describedby={tipId}
          >
            <span aria-hidden="true">{hasError ? '!' : '⚠'}</span>
            {problems.length > 1 ? <span aria-hidden="true">{problems.length}</span> : null}
          </button>
          <ul role="tooltip" id={tipId} className="problem-tip">
            {problems.map((p) => (
              <li key={`${p.code}:${p.message}`} className={`problem-${p.severity}`}>
                <span className="visually-hidden">
                  {t(p.severity === 'error' ? 'node.errorPrefix' : 'node.warningPrefix')}
                </span>
                {problemText(t, p)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <StepNodeOverlay nodeId={node.id} />
      {kind.feedsOthers && (
        <Handle
          type="source"
          position={Position.Right}
          title={t('node.outputOf', { name: node.label })}
          data-testid={`source-${node.label}`}
        />
      )}
    </div>
  );
}
