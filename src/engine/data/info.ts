/** What the UI needs to know about each dataset kind: a name, one line of description, and which settings apply. */
import type { DatasetKind, Task } from '../types';

export interface DatasetInfo {
  label: string;
  /** One sentence for the dataset picker. */
  description: string;
  /** 'either' for csv, where the user (or the data) decides. */
  task: Task | 'either';
  /** Input width, or null when the data decides (csv). */
  features: number | null;
  /** Whether `noise` changes anything. */
  usesNoise: boolean;
  /** Whether `classes` (2..5) changes anything. */
  usesClasses: boolean;
  /**
   * 'generate': `samples` points are generated (1..MAX_GENERATED_SAMPLES).
   * 'subset': the data is fixed; samples < available takes a seeded random subset, anything else all rows.
   * 'all': every row, and the kind takes no `samples`.
   */
  samplesMode: 'generate' | 'subset' | 'all';
  /** The `samples` a new spec of this kind gets (the row count for 'all'). */
  defaultSamples: number;
  /** Whether prepareData standardizes the features when the spec leaves `standardize` unset. */
  defaultStandardize: boolean;
  /** Two inputs on the [-PLANE_EXTENT, PLANE_EXTENT]² plane: the decision-boundary view applies. */
  plane2d: boolean;
}

export const MAX_GENERATED_SAMPLES = 100_000;
/** The noise a generated set gets when a spec leaves it out. */
export const DEFAULT_NOISE = 0.1;
export const MIN_CLASSES = 2;
export const MAX_CLASSES = 5;

const plane = {
  task: 'classification',
  features: 2,
  samplesMode: 'generate',
  defaultSamples: 400,
  defaultStandardize: false,
  plane2d: true,
} as const;

export const DATASET_INFO: Record<DatasetKind, DatasetInfo> = {
  circle: {
    ...plane,
    label: 'Circle',
    description: 'A disc of one class inside a ring of the other; no straight line separates them.',
    usesNoise: true,
    usesClasses: false,
  },
  xor: {
    ...plane,
    label: 'XOR',
    description: 'Opposite quadrants share a class, the classic problem a single neuron cannot solve.',
    usesNoise: true,
    usesClasses: false,
  },
  gaussian: {
    ...plane,
    label: 'Gaussian blobs',
    description: 'One round cloud of points per class (2–5); noise widens the clouds until they overlap.',
    usesNoise: true,
    usesClasses: true,
  },
  spiral: {
    ...plane,
    label: 'Spiral',
    description: 'Interleaved spiral arms, one per class (2–5); hard without depth.',
    usesNoise: true,
    usesClasses: true,
  },
  moons: {
    ...plane,
    label: 'Moons',
    description: 'Two interlocking half circles that need a curved boundary.',
    usesNoise: true,
    usesClasses: false,
  },
  sine: {
    label: 'Sine wave',
    description: 'Regression: learn y = sin(x) for x between -π and π from noisy samples.',
    task: 'regression',
    features: 1,
    usesNoise: true,
    usesClasses: false,
    samplesMode: 'generate',
    defaultSamples: 200,
    defaultStandardize: false,
    plane2d: false,
  },
  iris: {
    label: 'Iris flowers',
    description: "Fisher's 150 irises: four petal and sepal measurements, three species.",
    task: 'classification',
    features: 4,
    usesNoise: false,
    usesClasses: false,
    samplesMode: 'all',
    defaultSamples: 150,
    defaultStandardize: true,
    plane2d: false,
  },
  mnist: {
    label: 'MNIST digits',
    description: 'Handwritten digits 0–9 as 28×28 grey images (784 inputs), up to 10,000 of them.',
    task: 'classification',
    features: 784,
    usesNoise: false,
    usesClasses: false,
    samplesMode: 'subset',
    defaultSamples: 10_000,
    defaultStandardize: false,
    plane2d: false,
  },
  csv: {
    label: 'Your CSV file',
    description: 'Your own table: pick the numeric feature columns and the column to predict.',
    task: 'either',
    features: null,
    usesNoise: false,
    usesClasses: false,
    samplesMode: 'all',
    defaultSamples: 0,
    defaultStandardize: true,
    plane2d: false,
  },
};
