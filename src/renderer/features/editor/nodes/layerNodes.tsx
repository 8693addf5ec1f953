/**
 * One memoised component per layer kind. Each shows the parameters a learner most needs at a glance; the
 * inspector edits them. Input and Output show what the dataset fixes, since the user cannot set those.
 */
import { memo } from 'react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import type { NodeProps } from '@xyflow/react';
import { ActivationGlyph } from '../ActivationCurve';
import type { LayerFlowNode } from '../flowModel';
import { NodeFrame } from './NodeFrame';
import { NeuronStrip, NeuronToggle } from '../neurons/NeuronStrip';

const Activation = ({ value }: { value: unknown }) => (
  <span className="param-activation">
    <ActivationGlyph activation={value} />
    {String(value)}
  </span>
);

export const InputNode = memo(function InputNode({ data, selected }: NodeProps<LayerFlowNode>) {
  const { t } = useTranslation();
  const { features } = data.dataShape;
  return (
    <NodeFrame data={data} selected={selected}>
      <span>{t('layerNode.features', { count: features })}</span>
    </NodeFrame>
  );
});

export const DenseNode = memo(function DenseNode({ data, selected }: NodeProps<LayerFlowNode>) {
  const { t } = useTranslation();
  const p = data.node.params;
  return (
    <NodeFrame
      data={data}
      selected={selected}
      headerExtra={<NeuronToggle nodeId={data.node.id} label={data.node.label} />}
    >
      <span className="param-units">{t('layerNode.units', { value: String(p.units) })}</span>
      <Activation value={p.activation} />
      <NeuronStrip nodeId={data.node.id} label={data.node.label} />
    </NodeFrame>
  );
});

export const ActivationNode = memo(function ActivationNode({ data, selected }: NodeProps<LayerFlowNode>) {
  return (
    <NodeFrame
      data={data}
      selected={selected}
      headerExtra={<NeuronToggle nodeId={data.node.id} label={data.node.label} />}
    >
      <Activation value={data.node.params.activation} />
      <NeuronStrip nodeId={data.node.id} label={data.node.label} />
    </NodeFrame>
  );
});

export const DropoutNode = memo(function DropoutNode({ data, selected }: NodeProps<LayerFlowNode>) {
  const { t } = useTranslation();
  const rate = data.node.params.rate;
  const shown =
    typeof rate === 'number'
      ? new Intl.NumberFormat(i18next.language, { style: 'percent' }).format(rate)
      : String(rate);
  return (
    <NodeFrame data={data} selected={selected}>
      <span>{t('layerNode.rate', { value: shown })}</span>
    </NodeFrame>
  );
});

export const MergeNode = memo(function MergeNode({ data, selected }: NodeProps<LayerFlowNode>) {
  const { t } = useTranslation();
  return (
    <NodeFrame data={data} selected={selected}>
      <span>{data.node.type === 'add' ? t('layerNode.sum') : t('layerNode.sideBySide')}</span>
    </NodeFrame>
  );
});

export const OutputNode = memo(function OutputNode({ data, selected }: NodeProps<LayerFlowNode>) {
  const { t } = useTranslation();
  const p = data.node.params;
  const { task, classes, targets } = data.dataShape;
  const fixed =
    task === 'regression'
      ? t('layerNode.targets', { count: targets ?? 1 })
      : t('layerNode.classes', { count: classes });
  return (
    <NodeFrame
      data={data}
      selected={selected}
      headerExtra={<NeuronToggle nodeId={data.node.id} label={data.node.label} />}
    >
      <Activation value={p.activation} />
      <span className="param-loss">
        {t('layerNode.loss', { name: t(`losses.${String(p.loss)}`, { defaultValue: String(p.loss) }) })}
      </span>
      <span className="param-fixed">{fixed}</span>
      <NeuronStrip nodeId={data.node.id} label={data.node.label} />
    </NodeFrame>
  );
});
