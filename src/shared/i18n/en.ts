/**
 * The English catalogue: every sentence the app, its native menu and the command line show. Keys are grouped
 * by where the words appear; `problems.*` words the engine's and the project format's problems by their
 * stable `code` (see problems.ts). ja.ts has the same keys (a unit test checks both ways).
 */
export const en = {
  menu: {
    File: 'File',
    Edit: 'Edit',
    View: 'View',
    Train: 'Train',
    Compare: 'Compare',
    Help: 'Help',
    bar: 'Main menu',
  },
  commands: {
    file: {
      new: 'New',
      newFromTemplate: 'New from template…',
      open: 'Open…',
      openRecent: 'Open Recent…',
      save: 'Save',
      saveAs: 'Save As…',
      revert: 'Revert',
      close: 'Close',
      export: 'Export…',
    },
    edit: {
      undo: 'Undo',
      redo: 'Redo',
      cut: 'Cut',
      copy: 'Copy',
      paste: 'Paste',
      duplicate: 'Duplicate',
      selectAll: 'Select all',
      delete: 'Delete',
      deselect: 'Select none',
    },
    view: {
      layout: 'Auto-layout',
      fit: 'Fit view',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      languageEn: 'Language: English',
      languageJa: 'Language: 日本語 (Japanese)',
    },
    train: {
      start: 'Train',
      pauseResume: 'Pause / Resume',
      step: 'Step one epoch',
      stop: 'Stop',
      reset: 'Reset weights',
    },
    compare: {
      activations: 'Compare activation functions',
      new: 'Compare…',
      show: 'Show comparisons',
    },
    help: {
      shortcuts: 'Keyboard shortcuts',
      about: 'About Layerwise',
    },
  },
  nodeKinds: {
    input: { title: 'Input', phrase: 'Input' },
    dense: { title: 'Dense', phrase: 'Dense layer' },
    activation: { title: 'Activation', phrase: 'Activation layer' },
    dropout: { title: 'Dropout', phrase: 'Dropout layer' },
    add: { title: 'Add', phrase: 'Add' },
    concat: { title: 'Concat', phrase: 'Concat' },
    output: { title: 'Output', phrase: 'Output' },
    unknown: { phrase: 'Node of type "{{type}}"' },
  },
  /** How a problem names a node: "Dense layer 'h2'". */
  nodeRef: "{{kind}} '{{name}}'",
  severity: { error: 'error', warning: 'warning' },
  status: {
    ready: 'Ready to train · {{count, number}} parameters',
    errors_one: '{{count}} error',
    errors_other: '{{count}} errors',
    warnings_one: '{{count}} warning',
    warnings_other: '{{count}} warnings',
    summary: '{{errors}}, {{warnings}}',
  },
  problems: {
    'duplicate-id': "Two nodes share the id '{{id}}': give each node its own id.",
    'dangling-edge': "Connection '{{edge}}' points to a node '{{missing}}' that does not exist: delete the connection.",
    'duplicate-edge': '{{sourceDesc}} is connected to {{targetDesc}} twice: delete one of the connections.',
    cycle: 'The graph has a cycle: {{path}}. Layers must feed forward: remove one of these connections.',
    'no-path': 'Nothing connects Input to Output: connect {{inputDesc}} through your layers to {{outputDesc}}.',
    unreachable_noOutput:
      '{{nodeDesc}} does not lead to Output, so training ignores it: connect it onward or delete it.',
    unreachable_noInput: '{{nodeDesc}} is not connected to Input, so training ignores it: connect it or delete it.',
    'missing-input-node': 'The network has no Input node: add one from the palette and connect it to your first layer.',
    'missing-output-node':
      'The network has no Output node: add one from the palette and connect your last layer to it.',
    'multiple-inputs': 'The network has {{count}} Input nodes but takes exactly one: delete {{nodeDesc}}.',
    'multiple-outputs': 'The network has {{count}} Output nodes but takes exactly one: delete {{nodeDesc}}.',
    'input-has-incoming':
      '{{nodeDesc}} cannot receive connections: it is where the data enters. Delete the connection into it.',
    'output-has-outgoing':
      '{{nodeDesc}} cannot feed other layers: it is the end of the network. Delete the connection out of it.',
    'no-input': '{{nodeDesc}} has no input: connect a layer into it.',
    'too-many-inputs':
      '{{nodeDesc}} takes one input but {{count}} are connected: join them with an Add or Concat layer first, or delete the extra connections.',
    'merge-needs-two': '{{nodeDesc}} has only one input: connect at least two layers into it, or delete it.',
    'shape-mismatch':
      '{{nodeDesc}} joins shapes {{first}} and {{other}}; they must match: give the layers feeding it the same number of units, or use Concat instead.',
    'softmax-hidden':
      '{{nodeDesc}} uses softmax, which is only available on the Output node: choose another activation such as relu or tanh.',
    'bad-activation': '{{nodeDesc}} has an unknown activation "{{value}}": choose one of {{choices}}.',
    'bad-activation_output': '{{nodeDesc}} has the activation "{{value}}": the output can use {{choices}}.',
    'bad-units': '{{nodeDesc}} has {{value}} units: use a whole number from {{min}} to {{max}}.',
    'bad-param': '{{nodeDesc}} has a "use bias" setting that is not on or off: set it to true or false.',
    'bad-l2':
      '{{nodeDesc}} has an L2 strength of {{value}}: use a number from {{min}} to {{max}}, such as 0.001 (0 turns it off).',
    'bad-rate':
      '{{nodeDesc}} has a dropout rate of {{value}}: use a number from {{min}} to {{max}} (0.2 to 0.5 is typical).',
    'bad-loss': '{{nodeDesc}} has an unknown loss "{{value}}": choose one of {{choices}}.',
    'unknown-type': '{{nodeDesc}} has a type this version does not know: delete it or update Layerwise.',
    'loss-mismatch_regression':
      '{{nodeDesc}} uses {{activation}} with {{loss}}, but this dataset is a regression task: use a linear output with mean squared error (mse).',
    'loss-mismatch_twoClasses':
      '{{nodeDesc}} uses {{activation}} with {{loss}}, but this dataset has 2 classes: use sigmoid with binary cross-entropy (1 unit) or softmax with cross-entropy (2 units).',
    'loss-mismatch_binaryMany':
      'Binary cross-entropy needs one output unit but the dataset has {{classes}} classes: use softmax with cross-entropy on {{nodeDesc}}.',
    'loss-mismatch_many':
      '{{nodeDesc}} uses {{activation}} with {{loss}}, but this dataset has {{classes}} classes: use softmax with cross-entropy.',
    'data-shape_features': 'The dataset has {{value}} input features: it needs at least one feature column.',
    'data-shape_classes': 'The dataset has {{value}} classes: classification needs at least 2 classes.',
    'data-shape_targets': 'The dataset has {{value}} targets: regression needs at least one target column.',
  },
  toolbar: {
    template: 'New from template',
    themeSystem: 'System theme',
    themeLight: 'Light theme',
    themeDark: 'Dark theme',
    themeChange: 'Theme: {{name}}. Change theme',
    groupMenu: '{{name}} menu',
  },
  shortcuts: {
    intro: 'Shortcuts work anywhere except while you type in a field.',
    list: 'Shortcut list',
    command: 'Command',
    shortcut: 'Shortcut',
    menuOnly: 'menu only',
    or: ' or ',
  },
  node: {
    out: 'out {{shape}}',
    outTitle: 'Output shape (without the batch dimension)',
    params: '{{count, number}} params',
    paramsTitle: 'Trainable parameters (weights and biases)',
    inputOf: 'Input of {{name}}',
    outputOf: 'Output of {{name}}',
    errorPrefix: 'Error: ',
    warningPrefix: 'Warning: ',
  },
  palette: {
    title: 'Layers',
    label: 'Layer palette',
    add: 'Add {{kind}} layer',
    hint: 'Drag a layer onto the canvas, or press Enter to add it in the middle.',
    added: 'Added {{name}} at the centre of the view.',
    description: {
      input: 'Feeds one sample of the dataset into the network; its width is the number of features.',
      dense: 'A fully connected layer: every unit takes a weighted sum of all inputs plus a bias, then an activation.',
      activation: 'Applies a non-linear function to each value on its own, without weights.',
      dropout: 'While training, randomly zeroes a share of the values so the network cannot rely on any one unit.',
      add: 'Adds its inputs element by element (a skip connection); all inputs must have the same width.',
      concat: 'Joins its inputs side by side into one longer vector, in the order they are connected.',
      output: "The network's prediction and the loss it is trained on; its width comes from the dataset.",
    },
  },
  app: { editor: 'Network editor' },
  inspector: {
    title: 'Inspector',
    name: 'Name',
    formula: 'Formula',
    whatItComputes: 'What it computes',
    summary: 'Output shape {{shape}} · {{count, number}} trainable parameters',
    unknownShape: 'unknown',
    useBias: 'Use a bias per unit',
    dropoutRate: 'Dropout rate: {{rate}}',
    noSettings: 'This layer has no settings of its own.',
    manySelected: '{{count}} nodes selected. Select one node to edit it.',
    noneSelected: 'Select a node to see and edit its settings.',
  },
  cli: {
    notCompiled: '{{file}}: the graph could not be compiled.',
  },
} as const;
