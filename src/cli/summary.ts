/** One-line descriptions of a checked project, shared by validate and train. */
import type { PreparedData } from '../engine/data';
import type { DatasetSpec, Plan } from '../engine/types';

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;
}

/** "3 layers (input → dense 4 → output 1), 17 parameters" */
export function networkSummary(plan: Plan): string {
  const steps = plan.order.map((id) => {
    const node = plan.nodes[id];
    return node.type === 'input' ? 'input' : `${node.type} ${node.width}`;
  });
  return `${plural(plan.order.length, 'layer')} (${steps.join(' → ')}), ${plural(plan.totalParams, 'parameter')}`;
}

/** "dataset XOR: 2 features, 2 classes, 280 training + 120 validation rows, standardized" */
export function datasetSummary(prepared: PreparedData, spec?: DatasetSpec): string {
  const { dataset, split, standardization } = prepared;
  const target = dataset.task === 'classification' ? plural(dataset.classes, 'class', 'classes') : 'regression';
  const parts = [
    `dataset ${dataset.name}: ${plural(dataset.features, 'feature')}, ${target}`,
    `${split.train.n.toLocaleString('en-US')} training + ${split.validation.n.toLocaleString('en-US')} validation rows`,
  ];
  if (standardization) parts.push('standardized');
  if (prepared.badRows.length > 0) parts.push(`${plural(prepared.badRows.length, 'bad row')} left out`);
  // A CSV without `task` is read from its target column; say what was decided, so it can be overridden.
  if (spec?.kind === 'csv' && spec.task === undefined) {
    parts.push(`${dataset.task} inferred from the target column (set dataset.task to choose)`);
  }
  return parts.join(', ');
}
