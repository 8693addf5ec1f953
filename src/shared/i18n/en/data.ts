/**
 * English: datasets, CSV files, outputs, runs and the views of a fitted model. One part of the catalogue; en/index.ts
 * joins them.
 */
export const enData = {
  data: {
    title: 'Data',
    dataset: 'Dataset',
    noise: 'Noise',
    samples: 'Samples',
    subset: 'a seeded choice; {{count}} or more uses all',
    classes: 'Classes',
    validationShare: 'Validation share',
    seed: 'Data seed',
    preparing: 'Preparing the data…',
    summaryClasses_one:
      '{{train}} training and {{validation}} validation samples, {{count}} feature, {{classes}} classes.',
    summaryClasses_other:
      '{{train}} training and {{validation}} validation samples, {{count}} features, {{classes}} classes.',
    summaryRegression_one: '{{train}} training and {{validation}} validation samples, {{count}} feature, regression.',
    summaryRegression_other:
      '{{train}} training and {{validation}} validation samples, {{count}} features, regression.',
    samplesTitle: 'Data samples',
  },
  datasets: {
    circle: {
      label: 'Circle',
      description: 'A disc of one class inside a ring of the other; no straight line separates them.',
    },
    xor: {
      label: 'XOR',
      description: 'Opposite quadrants share a class, the classic problem a single neuron cannot solve.',
    },
    gaussian: {
      label: 'Gaussian blobs',
      description: 'One round cloud of points per class (2–5); noise widens the clouds until they overlap.',
    },
    spiral: { label: 'Spiral', description: 'Interleaved spiral arms, one per class (2–5); hard without depth.' },
    moons: { label: 'Moons', description: 'Two interlocking half circles that need a curved boundary.' },
    sine: {
      label: 'Sine wave',
      description: 'Regression: learn y = sin(x) for x between -π and π from noisy samples.',
    },
    iris: {
      label: 'Iris flowers',
      description: "Fisher's 150 irises: four petal and sepal measurements, three species.",
    },
    mnist: {
      label: 'MNIST digits',
      description: 'Handwritten digits 0–9 as 28×28 grey images (784 inputs), up to 10,000 of them.',
    },
    csv: {
      label: 'Your CSV file',
      description: 'Your own table: pick the numeric feature columns and the column to predict.',
    },
  },
  csv: {
    file: 'CSV file',
    large: '{{name}} is large ({{size}} MB); the project file will hold all of it.',
    loaded: 'Loaded {{name}} ({{encoding}}).',
    encoding: 'Encoding',
    detect: 'detect',
    detected: 'detect ({{name}})',
    firstLines: 'First lines as decoded',
    separator: 'Separator',
    delimiter: { comma: 'comma ( , )', semicolon: 'semicolon ( ; )', tab: 'tab' },
    features: 'Feature columns',
    target: 'Target column',
    task: 'Task',
    taskAuto: 'decide from the target',
    classification: 'classification',
    regression: 'regression',
    rows: 'First {{count}} of {{total}} rows of the CSV',
    line: 'line',
    warnings: 'Warnings about the CSV',
    leftOut_one: '{{count}} row was left out:',
    leftOut_other: '{{count}} rows were left out:',
    leftOutList: 'Rows left out of the dataset',
    more: '… and {{count}} more',
    badRow: 'line {{line}}: {{problems}}',
    problemJoiner: '; ',
  },
  outputView: {
    matrixLater: 'The confusion matrix appears after the first epoch.',
    none: 'This dataset has no output view beyond the loss curve.',
  },
  runs: {
    summary: {
      input: 'Input',
      dense: 'Dense {{width}} {{activation}}',
      output: 'Output {{activation}}',
      dropout: 'Dropout {{rate}}',
      layers_one: '{{count}} layer',
      layers_other: '{{count}} layers',
    },
    label: 'Run history',
    title: 'Runs',
    empty: 'Finished, stopped and diverged runs are listed here and saved with the project.',
    overlay: 'overlay',
    network: 'network and settings',
    ended: 'ended',
    epochs: 'epochs',
    trainLoss: 'train loss',
    valLoss: 'val. loss',
    valAccuracy: 'val. accuracy',
    actions: 'actions',
    overlayRun: 'Overlay run {{n}}',
    deleteRun: 'Delete run {{n}}',
    delete: 'Delete',
    chartTitle: 'Loss of selected runs',
    chartLabel: 'Loss curves of {{count}} runs overlaid',
    training: 'run {{n}} training',
    validation: 'run {{n}} validation',
    /** Early stopping's patience, in a run's settings summary. */
    patience: 'patience {{value}}',
  },
  matrix: {
    title: 'Confusion matrix',
    label: '{{title}}: {{correct}} of {{total}} validation samples classified correctly ({{percent}})',
    predicted: 'predicted',
    true: 'true',
    cell: 'true {{actual}}, predicted {{predicted}}: {{count}}',
  },
  boundary: {
    title: 'Decision boundary',
    label:
      "{{title}}: the network's prediction over the plane after epoch {{epoch}}, with {{train}} training and {{validation}} validation points",
    scatter: 'Scatter of {{train}} training and {{validation}} validation points coloured by class',
    points: '● training ◯ validation',
    shading: ' · shading: the class the network predicts, stronger where it is surer',
  },
  fitted: {
    title: 'Fitted curve',
    label: '{{title}}: {{train}} training and {{validation}} validation points',
    labelCurve:
      "{{title}}: {{train}} training and {{validation}} validation points and the network's prediction as a line",
    training: 'training',
    validation: 'validation',
    network: 'network',
  },
  samples: {
    title: 'Validation samples',
    labelPredicted: '{{title}}: {{count}} samples with predicted and true labels, {{wrong}} predicted wrongly',
    label: '{{title}}: {{count}} samples with their labels',
    wrongDigit: '{{predicted}} (true {{actual}})',
  },
} as const;
