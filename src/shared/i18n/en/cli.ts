/** English: the command line. One part of the catalogue; en/index.ts joins them. */
export const enCli = {
  cli: {
    progress: {
      epochLine: 'epoch {{epoch}}/{{total}}',
      epochBar: 'Epoch {{epoch}}/{{total}}',
      trainLoss: 'train loss {{value}}',
      valLoss: 'val loss {{value}}',
      trainAccuracy: 'train acc {{value}}',
      valAccuracy: 'val acc {{value}}',
      left: 'left {{time}}',
    },
    warning: 'Warning: {{text}}',
    note: 'Note: {{text}}',
    inRun: '{{file}} (run {{run}}): {{text}}',
    inDataset: '{{file}} (dataset): {{text}}',
    inDatasetFile: '{{file}} (dataset {{path}}): {{text}}',
    untrainedExport:
      '{{file}} has no trained run, so the export holds the initial weights. Train it first ({{hint}}) to export trained weights.',
    sourceGoneEmbedded:
      "{{run}} was trained on the CSV embedded in the project ({{rows}} rows), which cannot be read now; the predictions use the run's recorded features, standardization and classes.",
    sourceGonePath:
      '{{run}} was trained on dataset.path "{{path}}" ({{rows}} rows), which cannot be read now; the predictions use the run\'s recorded features, standardization and classes.',
    sourceChangedEmbedded:
      "the CSV embedded in the project has changed since {{run}} was trained on it ({{rows}} rows then); the predictions use the run's recorded features, standardization and classes.",
    sourceChangedPath:
      'dataset.path "{{path}}" has changed since {{run}} was trained on it ({{rows}} rows then); the predictions use the run\'s recorded features, standardization and classes.',
    badRows_one: 'Warning: {{count}} row of {{file}} could not be used and was left out:',
    badRows_other: 'Warning: {{count}} rows of {{file}} could not be used and were left out:',
    moreRows: '…and {{count}} more.',
    notCompiled: '{{file}}: the graph could not be compiled.',
    moreProblems:
      '{{file}}: {{total}} problems in all; the {{rest}} after the first {{shown}} are not listed. Run again with --all to list every one.',
  },
} as const;
