/**
 * One memoised component per layer kind. Each shows the parameters a learner most needs at a glance; the
 * inspector edits them. Input and Output show what the dataset fixes, since the user cannot set those.
 */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { lossKindOf } from '../../../../engine';
import { ActivationGlyph } from '../ActivationCurve';
import type { LayerFlowNode } from '../flowModel';
import { NodeFrame } from './NodeFrame';

const Activation = ({ value }: { value: unknown }) => (
  <span className="param-activation">
    <ActivationGlyph activation={value} />
    {String(value)}
  </span>
);

export const InputNode = memo(function InputNode({ data, selected }: NodeProps<LayerFlowNode>) {
  const { features } = data.dataShape;
  return (
    <NodeFrame data={data} selected={selected}>
      <span>
        {features} feature{features === 1 ? '' : 's'} from the dataset
      </span>
    </NodeFrame>
  );
});

export const DenseNode = memo(function DenseNode({ data, selected }: NodeProps<LayerFlowNode>) {
  const p = data.node.params;
  return (
    <NodeFrame data={data} selected={selected}>
      <span className="param-units">{String(p.units)} units</span>
      <Activation value={p.activation} />
    </NodeFrame>
  );
});

export const ActivationNode = memo(function ActivationNode({ data, selected }: NodeProps<LayerFlowNode>) {
  return (
    <NodeFrame data={data} selected={selected}>
      <Activation value={data.node.params.activation} />
    </NodeFrame>
  );
});

export const DropoutNode = memo(function DropoutNode({ data, selected }: NodeProps<LayerFlowNode>) {
  const rate = data.node.params.rate;
  return (
    <NodeFrame data={data} selected={selected}>
      <span>rate {typeof rate === 'number' ? `${Math.round(rate * 100)}%` : String(rate)}</span>
    </NodeFrame>
  );
});

export const MergeNode = memo(function MergeNode({ data, selected }: NodeProps<LayerFlowNode>) {
  return (
    <NodeFrame data={data} selected={selected}>
      <span>{data.node.type === 'add' ? 'sum of inputs' : 'inputs side by side'}</span>
    </NodeFrame>
  );
});

export const OutputNode = memo(function OutputNode({ data, selected }: NodeProps<LayerFlowNode>) {
  const p = data.node.params;
  const { task, classes, targets } = data.dataShape;
  const fixed =
    task === 'regression' ? `${targets ?? 1} target${(targets ?? 1) === 1 ? '' : 's'}` : `${classes} classes`;
  return (
    <NodeFrame data={data} selected={selected}>
      <Activation value={p.activation} />
      <span className="param-loss">loss: {lossKindOf(p.loss)?.title ?? String(p.loss)}</span>
      <span className="param-fixed">{fixed} from the dataset</span>
    </NodeFrame>
  );
});
