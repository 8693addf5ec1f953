/**
 * "New from template": small networks that are valid for the default dataset (circle: 2 features, 2 classes,
 * so a sigmoid output with binary cross-entropy) and train as they are.
 */
import i18next from 'i18next';
import type { GraphEdge } from '../../engine';
import { DEFAULT_DATASET, DEFAULT_TRAINING, type EditorDocument, type EditorNode } from './document';

export interface Template {
  id: string;
  name: string;
  description: string;
  build: () => EditorDocument;
}

const COLUMN = 240;

function node(
  id: string,
  type: EditorNode['type'],
  label: string,
  column: number,
  row: number,
  params: Record<string, unknown> = {},
): EditorNode {
  return { id, type, label, position: { x: column * COLUMN, y: row * 140 }, params };
}

/** Edges of a chain a → b → c …, named as the editor names them. */
function chain(...ids: string[]): GraphEdge[] {
  return ids.slice(1).map((target, i) => ({ id: `e-${ids[i]}-${target}`, source: ids[i]!, target }));
}

const input = (column = 0, row = 0) => node('input-1', 'input', 'Input 1', column, row);
const output = (column: number, row = 0) =>
  node('output-1', 'output', 'Output 1', column, row, { activation: 'sigmoid', loss: 'binaryCrossEntropy' });
const dense = (n: number, units: number, activation: string, column: number, row = 0) =>
  node(`dense-${n}`, 'dense', `Dense ${n}`, column, row, { units, activation });

function documentOf(name: string, description: string, nodes: EditorNode[], edges: GraphEdge[]): EditorDocument {
  return {
    name,
    description,
    graph: { nodes, edges },
    dataset: { ...DEFAULT_DATASET },
    training: { ...DEFAULT_TRAINING },
  };
}

export const TEMPLATES: readonly Template[] = [
  {
    id: 'perceptron',
    name: 'Perceptron',
    description: 'Input straight to a sigmoid output: one weighted sum, so it can only draw a straight boundary.',
    build: () =>
      documentOf(
        'Perceptron',
        'A single layer: it can only separate the classes with a straight line, which the circle data defeats.',
        [input(), output(1)],
        chain('input-1', 'output-1'),
      ),
  },
  {
    id: 'one-hidden',
    name: 'One hidden layer',
    description: 'Input → Dense(8, tanh) → output: enough to bend the boundary into a closed curve.',
    build: () =>
      documentOf(
        'One hidden layer',
        'One hidden layer of 8 tanh units is enough to wrap a curved boundary around the inner circle.',
        [input(), dense(1, 8, 'tanh', 1), output(2)],
        chain('input-1', 'dense-1', 'output-1'),
      ),
  },
  {
    id: 'deep-mlp',
    name: 'Deep MLP',
    description: 'Three hidden ReLU layers of 16, 16 and 8 units: depth builds the boundary from many pieces.',
    build: () =>
      documentOf(
        'Deep MLP',
        'Three hidden ReLU layers: each layer composes the pieces the previous one found.',
        [input(), dense(1, 16, 'relu', 1), dense(2, 16, 'relu', 2), dense(3, 8, 'relu', 3), output(4)],
        chain('input-1', 'dense-1', 'dense-2', 'dense-3', 'output-1'),
      ),
  },
  {
    id: 'wide-shallow',
    name: 'Wide and shallow',
    description: 'One hidden layer of 64 ReLU units: many simple pieces side by side instead of depth.',
    build: () =>
      documentOf(
        'Wide and shallow',
        'One very wide hidden layer: compare its parameter count and boundary with the deep network.',
        [input(), dense(1, 64, 'relu', 1), output(2)],
        chain('input-1', 'dense-1', 'output-1'),
      ),
  },
  {
    id: 'skip-add',
    name: 'Skip connection (add)',
    description: 'Two Dense(8) layers with a shortcut that adds the first layer to the second: a residual block.',
    build: () =>
      documentOf(
        'Skip connection',
        'A residual block: the Add node sums the first hidden layer with the second, so information can skip a layer.',
        [input(), dense(1, 8, 'tanh', 1), dense(2, 8, 'tanh', 2, 1), node('add-1', 'add', 'Add 1', 3, 0), output(4)],
        [
          ...chain('input-1', 'dense-1', 'dense-2', 'add-1', 'output-1'),
          { id: 'e-dense-1-add-1', source: 'dense-1', target: 'add-1' },
        ],
      ),
  },
];

export const DEFAULT_TEMPLATE_ID = 'one-hidden';

/**
 * A template's name and description in the app's language. They are looked up by the template's id in the
 * catalogue (`examples.<id>.*`, checked like every other sentence: both languages, glossary terms), not
 * stored per language in the document, so a project made from a template carries one plain name and
 * description, in the language it was made in; `name`/`description` above are the English fallback.
 */
export function templateWords(template: Pick<Template, 'id' | 'name' | 'description'>): {
  name: string;
  description: string;
} {
  if (!i18next.isInitialized) return { name: template.name, description: template.description };
  return {
    name: i18next.t(`examples.${template.id}.name`, { defaultValue: template.name }),
    description: i18next.t(`examples.${template.id}.description`, { defaultValue: template.description }),
  };
}

export function templateDocument(id: string): EditorDocument {
  const template = TEMPLATES.find((t) => t.id === id);
  if (!template)
    throw new Error(`There is no template called "${id}": choose one of ${TEMPLATES.map((t) => t.id).join(', ')}.`);
  return { ...template.build(), ...templateWords(template) };
}
