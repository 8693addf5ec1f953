/**
 * English: the engine's and the project format's problems, file-system errors and schema checks, lists. One part of the
 * catalogue; en/index.ts joins them.
 */
export const enProblems = {
  problems: {
    'text-not-utf8':
      '{{file}}: line {{line}}, column {{column}}: byte {{byte}} is not valid UTF-8. Choose the encoding the file was saved in, or save it again as UTF-8.',
    'text-not-encoding':
      '{{file}} is not valid {{encoding}} text. Choose the encoding the file was saved in, or save it again as UTF-8.',
    'text-unknown-encoding':
      '{{file}} is not in an encoding Layerwise reads: it looks like {{guess}}. Save it again as UTF-8 (Layerwise also reads UTF-16 with a byte-order mark and Shift-JIS).',
    'text-unknown-encoding_at':
      '{{file}} is not in an encoding Layerwise reads: it looks like {{guess}} (line {{line}}, column {{column}} is byte {{byte}}). Save it again as UTF-8 (Layerwise also reads UTF-16 with a byte-order mark and Shift-JIS).',
    'project-syntax':
      '{{file}} is not valid JSON at line {{line}}, column {{column}}: {{reason}}. Fix the text there in an editor, or open a backup of the project.',
    'project-too-deep':
      '{{file}} is nested more than {{depth}} levels deep at line {{line}}, column {{column}}, deeper than a project file may be (Layerwise could not save it again). Remove the deeply nested field in an editor.',
    'project-too-large':
      '{{file}} is {{size}}, larger than the {{limit}} ({{bytes, number}} bytes) a project file may be, so it was not opened. Files this large usually hold many saved runs with weights or an embedded dataset: open a copy in a text editor and delete old runs, or keep the CSV as a separate file.',
    'project-not-project_list':
      '{{file}} is not a Layerwise project: it holds a list of {{length}} instead of a project object. Open a .nnproj file saved by Layerwise.',
    'project-not-project_emptyList':
      '{{file}} is not a Layerwise project: it holds an empty list instead of a project object. Open a .nnproj file saved by Layerwise.',
    'project-not-project_value':
      '{{file}} is not a Layerwise project: it holds {{value}} instead of a project object. Open a .nnproj file saved by Layerwise.',
    'project-not-project_noFormat':
      '{{file}} is not a Layerwise project: it has no "format": "{{format}}" field, so it was probably made by another program. Open a .nnproj file saved by Layerwise.',
    'project-not-project_wrongFormat':
      '{{file}} is not a Layerwise project: its "format" is {{value}}, not "{{format}}". Open a .nnproj file saved by Layerwise.',
    'project-too-new':
      '{{file}} was made by a newer version of Layerwise (file format version {{version}}); this version reads up to {{supported}}. Update Layerwise to open it.',
    'project-migration-failed':
      '{{file}} uses file format version {{from}} and could not be upgraded to version {{to}}: {{reason}}. The file itself was not changed; please report this with the file attached.',
    'migration-iris-samples':
      'The dataset used {{samples}} of the 150 irises (dataset.samples); this version always uses all 150.',
    'migration-csv-samples':
      'The dataset was limited to {{samples}} rows of the CSV (dataset.samples); this version always uses every row, so a CSV with more usable rows now trains on all of them.',
    'loss-unusual_sigmoid':
      "{{nodeDesc}} uses sigmoid with mean squared error on a {{classes}}-class task: it trains, but sigmoid with binary cross-entropy usually learns faster, because the squared error's gradient fades when a sigmoid is confidently wrong.",
    'loss-unusual_softmax':
      '{{nodeDesc}} uses softmax with mean squared error on a {{classes}}-class task: it trains, but softmax with cross-entropy usually learns faster, because its gradient stays large while the right class has a small probability.',
    'loss-unusual_linear':
      '{{nodeDesc}} uses linear with mean squared error on one-hot class targets on a {{classes}}-class task: it trains, but softmax with cross-entropy usually works better, because it turns the outputs into class probabilities and punishes confident mistakes most.',
    'run-completed_one': 'Trained for {{count}} epoch.',
    'run-completed_other': 'Trained for {{count}} epochs.',
    'fs-disk-full': '{{failed}}: the disk is full. Free some space on the disk and try again.{{kept}}',
    'fs-permission':
      "{{failed}}: permission denied in “{{folder}}”. Choose another folder or check the file's permissions.{{kept}}",
    'fs-read-only': '{{failed}}: “{{folder}}” is on a read-only disk. Choose another folder.{{kept}}',
    'fs-missing': '{{failed}}: the file no longer exists at “{{folder}}”. It may have been moved or deleted.',
    'fs-missing_save': '{{failed}}: the folder “{{folder}}” no longer exists. Use Save As to choose another folder.',
    'fs-folder': '{{failed}}: it is a folder, not a project file.',
    'fs-not-regular':
      '{{failed}}: it is not a regular file (a device, a named pipe or a socket), so Layerwise will not replace it. Use Save As to choose a file.',
    'fs-busy': '{{failed}}: another program is using it. Close that program and try again.{{kept}}',
    'fs-name-too-long': '{{failed}}: the path is too long. Choose a shorter name or folder.{{kept}}',
    'fs-other': '{{failed}}: {{detail}}.{{kept}}',
    'fs-not-file': '{{failed}}: it is a folder or device, not a project file.',
    'fs-not-utf8':
      '{{failed}}: it is not a text file (it contains bytes that are not UTF-8). Layerwise projects are JSON text.',
    'project-more-problems': '…and {{count}} more problems of the same kind.',
    'open-not-recent':
      'Layerwise did not open “{{file}}” because it is not in Recent Files. Use File › Open… to choose it.',
    'save-not-granted':
      'Layerwise did not save to “{{file}}” because that file was not opened or chosen in this window. Use File › Save As… to choose where to save.',
    'backup-gone': 'That unsaved work is no longer available: its backup was removed or is damaged.',
    'backup-in-use': 'That unsaved work belongs to a window that is still open.',
    'recent-removed':
      '{{names}} was removed from Recent Files because it no longer exists at {{path}}. It may have been moved, renamed or deleted.',
    'recent-removed_several':
      '{{names}} were removed from Recent Files because they no longer exist where they were. They may have been moved, renamed or deleted.',
    'browser-recent-gone': 'That recent file is no longer stored in this browser. Use Open… to choose it again.',
    'browser-backup-gone': 'That unsaved work is no longer available: its backup was removed.',
    'csv-not-chosen': 'Choose a CSV file to use your own data.',
    'browser-storage-refused':
      'The browser refused to store Layerwise data ({{name}}): its storage for this site may be full.',
    'link-not-https': 'Layerwise opens only https links; “{{url}}” was not opened.',
    'link-not-https_browser': 'Layerwise opens only https links in the browser; “{{url}}” was not opened.',
    'download-unsupported': '{{file}} cannot be saved: this window has no download support.',
    'run-no-epochs': 'Nothing to train: the number of epochs is 0.',
    'run-not-started': 'Stopped before training began.',
    'variant-not-started': 'Stopped before it started.',
    'run-early-stop_validation':
      'Stopped early at epoch {{epoch}}: the validation loss had not improved for {{patience}} epochs. Restored the weights from epoch {{bestEpoch}} (validation loss {{bestLoss}}).',
    'run-early-stop_training':
      'Stopped early at epoch {{epoch}}: the training loss had not improved for {{patience}} epochs. Restored the weights from epoch {{bestEpoch}} (training loss {{bestLoss}}).',
    'run-stopped_afterEpoch': 'Training was stopped after epoch {{epoch}}.',
    'run-stopped_duringEpoch': 'Training was stopped during epoch {{epoch}} (after batch {{batch}} of {{batches}}).',
    'run-diverged_batchNaN':
      'Training diverged at epoch {{epoch}}, batch {{batch}}: the loss became NaN. Try a learning rate 10× lower ({{rate}}). The weights from the last step with a finite loss were kept.',
    'run-diverged_batchInfinite':
      'Training diverged at epoch {{epoch}}, batch {{batch}}: the loss became infinite. Try a learning rate 10× lower ({{rate}}). The weights from the last step with a finite loss were kept.',
    'run-diverged_epochEndNaN':
      'Training diverged at the end of epoch {{epoch}}: the loss became NaN. Try a learning rate 10× lower ({{rate}}). The weights from the last step with a finite loss were kept.',
    'run-diverged_epochEndInfinite':
      'Training diverged at the end of epoch {{epoch}}: the loss became infinite. Try a learning rate 10× lower ({{rate}}). The weights from the last step with a finite loss were kept.',
    'csv-bad-delimiter':
      'The CSV delimiter must be one character other than a quote or a line break (got {{delimiter}}).',
    'csv-unclosed-quote':
      'line {{line}}: a quoted field starts here but its closing quote is missing, so the rest of the file would be one value. Close the quote (write "" for a quote inside a field).',
    'csv-empty': 'The CSV is empty: it needs a header row naming the columns.',
    'csv-too-few-columns_one': 'The CSV has only one column; it needs at least one feature column and a target column.',
    'csv-too-few-columns_none': 'The CSV has no columns; it needs at least one feature column and a target column.',
    'csv-no-column_target': "The CSV has no column '{{column}}' (chosen as the target). Its columns are: {{columns}}.",
    'csv-no-column_feature': "The CSV has no column '{{column}}' (chosen as a feature). Its columns are: {{columns}}.",
    'csv-duplicate-column_target':
      "The CSV has more than one column named '{{column}}', so it is unclear which one to use as the target. Rename one of them in the header.",
    'csv-duplicate-column_feature':
      "The CSV has more than one column named '{{column}}', so it is unclear which one to use as a feature. Rename one of them in the header.",
    'csv-no-features': 'Choose at least one feature column for the CSV dataset.',
    'csv-feature-is-target':
      "The column '{{column}}' is chosen both as a feature and as the target; a column can only be one of them.",
    'csv-too-many-classes':
      "The target column '{{column}}' has {{count}} different values, too many classes (at most {{max}}). Choose another target column, or the regression task if it holds measurements.",
    'csv-one-class':
      "The target column '{{column}}' holds only one value ({{value}}); classification needs at least two classes.",
    'csv-not-loaded':
      "The CSV file '{{path}}' was not loaded. Check that it exists next to the project file, or embed the data in the project.",
    'csv-no-data': 'The CSV dataset has no data: choose a CSV file.',
    'csv-no-usable-rows_none': 'The CSV has no usable rows.',
    'csv-no-usable-rows_rows': 'The CSV has no usable rows: {{rows}}',
    'csv-no-usable-rows_more': 'The CSV has no usable rows: {{rows}}; and {{more}} more',
    'mnist-too-short':
      'The MNIST file is too short ({{bytes}} bytes) to hold its {{header}}-byte header. Rebuild it with `node scripts/build-mnist.mjs --force`.',
    'mnist-not-mnist':
      'This is not a Layerwise MNIST file: it should start with "{{magic}}". Rebuild it with `node scripts/build-mnist.mjs --force`.',
    'mnist-bad-header':
      "The MNIST file's header is damaged ({{count}} images of {{rows}}×{{cols}} pixels). Rebuild it with `node scripts/build-mnist.mjs --force`.",
    'mnist-wrong-size_truncated':
      'The MNIST file is truncated: {{count}} images of {{rows}}×{{cols}} pixels need {{expected}} bytes, but it has {{bytes}}. Rebuild it with `node scripts/build-mnist.mjs --force`.',
    'mnist-wrong-size_long':
      'The MNIST file is longer than its header says: {{count}} images of {{rows}}×{{cols}} pixels need {{expected}} bytes, but it has {{bytes}}. Rebuild it with `node scripts/build-mnist.mjs --force`.',
    'mnist-bad-label':
      "The MNIST file's label {{index}} is {{label}}, not a digit 0–9. Rebuild it with `node scripts/build-mnist.mjs --force`.",
    'mnist-not-loaded':
      'The MNIST digits are not loaded, so the mnist dataset cannot be built. (Run `node scripts/build-mnist.mjs` if the digit file is missing.)',
    'dataset-unknown-kind': "Unknown dataset kind '{{kind}}'. Known kinds: {{kinds}}.",
    'dataset-bad-seed': "Dataset '{{kind}}': the seed must be a number (got {{value}}).",
    'dataset-bad-samples': "Dataset '{{kind}}': samples must be a whole number from 1 to {{max}} (got {{value}}).",
    'dataset-bad-samples_digits':
      "Dataset '{{kind}}': samples must be a whole number of digits, 1 or more (got {{value}}).",
    'dataset-bad-noise': "Dataset '{{kind}}': noise must be a fraction from 0 to 1 (got {{value}}).",
    'dataset-bad-classes':
      "Dataset '{{kind}}': classes must be a whole number from {{min}} to {{max}} (got {{value}}).",
    'dataset-bad-split': 'The validation split must be a fraction from 0 to {{max}} (got {{value}}).',
    'dataset-no-rows': "The dataset '{{name}}' has no rows to split into training and validation.",
    'dataset-no-training-rows': "Cannot standardize '{{name}}': it has no training rows.",
    'csv-row-width_one': 'has {{count}} column, but the header has {{width}}',
    'csv-row-width_other': 'has {{count}} columns, but the header has {{width}}',
    'csv-cell_empty': "column '{{column}}' is empty",
    'csv-cell_range': "column '{{column}}' is {{value}}, beyond the range of 32-bit floats (±3.4e38)",
    'csv-cell_notDecimal': "column '{{column}}' is {{value}}, not a decimal number (write it as {{written}})",
    'csv-cell_notNumber': "column '{{column}}' is {{value}}, not a number",
    'csv-target-empty': "the target column '{{column}}' is empty",
    'csv-target-number_empty': "the target column '{{column}}' is empty (the task is regression)",
    'csv-target-number_range':
      "the target column '{{column}}' is {{value}}, beyond the range of 32-bit floats (±3.4e38) (the task is regression)",
    'csv-target-number_notDecimal':
      "the target column '{{column}}' is {{value}}, not a decimal number (write it as {{written}}) (the task is regression)",
    'csv-target-number_notNumber': "the target column '{{column}}' is {{value}}, not a number (the task is regression)",
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
    'schema-int-range': 'must be an integer from {{min}} to {{max}}',
    'schema-number-range': 'must be a number from {{min}} to {{max}}',
    'schema-positive-up-to': 'must be a number greater than 0 and at most {{max}}',
    'schema-positive': 'must be a number greater than 0',
    'schema-at-least-zero': 'must be a number of at least 0',
    'schema-loss-value': 'must be a number of at least 0, or null when it was not finite',
    'schema-milliseconds': 'must be a number of milliseconds, at least 0',
    'schema-whole-number': 'must be a whole number, {{min}} or more',
    'schema-whole-epochs': 'must be a whole number of epochs, 0 or more',
    'schema-one-of': 'must be one of {{values}}',
    'schema-literal': 'must be "{{value}}"',
    'schema-text': 'must be a text (a string in quotes)',
    'schema-non-empty-text': 'must be a non-empty text',
    'schema-flag': 'must be true or false',
    'schema-true': 'must be true',
    'schema-object': 'must be an object ({ … })',
    'schema-list': 'must be a list ([ … ])',
    'schema-number': 'must be a number',
    'schema-type': 'must be of type {{type}}',
    'schema-key': 'has a key that is not allowed here',
    'schema-invalid': 'is not valid here',
    'schema-duplicate-id_node': 'repeats the id "{{id}}" of an earlier node; every node needs its own id',
    'schema-duplicate-id_edge': 'repeats the id "{{id}}" of an earlier edge; every edge needs its own id',
    'schema-duplicate-id_entry': 'repeats the id "{{id}}" of an earlier entry; ids must be unique',
    'schema-duplicate-id_step': 'repeats the id "{{id}}" of an earlier step; ids must be unique',
    'schema-unknown-node': 'refers to node "{{id}}", which is not in this graph\'s nodes',
    'schema-dataset-field_a':
      'does not belong to a "{{kind}}" dataset, which takes {{fields}} (besides {{shared}}): delete it',
    'schema-dataset-field_an':
      'does not belong to an "{{kind}}" dataset, which takes {{fields}} (besides {{shared}}): delete it',
    'schema-dataset-field_aOnly': 'does not belong to a "{{kind}}" dataset, which takes only {{shared}}: delete it',
    'schema-dataset-field_anOnly': 'does not belong to an "{{kind}}" dataset, which takes only {{shared}}: delete it',
    'schema-path-absolute': 'must be a path relative to the project file (not an absolute path or a URL)',
    'schema-path-nul': 'must not contain a NUL character',
    'schema-path-outside':
      'must stay inside the project\'s folder (a ".." step leads out of it); copy the CSV next to the project file',
    'schema-path-folder': "must name a file inside the project's folder, not the folder itself",
    'schema-dimensions': 'must be a list of at most {{max}} dimensions',
    'schema-base64-text': 'must be a text holding base64 of little-endian float32 values',
    'schema-weights-object': 'must be an object of weights by node id',
    'schema-iso-time': 'must be a date and time in ISO 8601 form, like "2025-01-31T09:30:00.000Z"',
    'schema-feature-names': 'must list at least one feature name',
    'schema-per-feature': 'holds {{count}} numbers for {{features}} features; it needs one per feature',
    'schema-tensor-bytes':
      'holds {{bytes}} bytes, but shape [{{shape}}] needs {{size}} float32 values ({{sizeBytes}} bytes)',
    'schema-tensor-finite': 'holds {{value}} at index {{index}}; weights must be finite numbers',
    'schema-base64-length': 'is not valid base64: its length ({{textLength}}) is not a multiple of 4',
    'schema-base64-char': 'is not valid base64: character {{position}} is {{char}}',
    'schema-base64-bits': 'is not valid base64: its last character has stray bits set',
    'schema-lesson-steps': 'must list at least one step',
    'schema-lesson-step': 'is {{step}}, but the lesson has {{steps}} steps (counted from 0)',
    'schema-check-object': 'must be a check object, like { "metric": "valAccuracy", "op": ">=", "value": 0.9 }',
    'schema-check-kind': 'must have exactly one of {{kinds}} (found {{present}})',
    'schema-check-kind_none': 'must have exactly one of {{kinds}} (found none)',
    'schema-check-key': 'is not part of a "{{kind}}" check (it takes {{keys}})',
    'schema-check-key_nothing': 'is not part of a "{{kind}}" check (it takes nothing else)',
    'schema-check-list': 'must be a non-empty list of checks',
    'schema-check-depth': 'nests checks more than {{depth}} levels deep',
    'schema-node-id': 'must be the id of a node (a non-empty text)',
  },
  /** The frame of a project file's schema problem (problems.schema-*): where it is, what was found there. */
  fs: {
    failed: {
      save: 'Could not save “{{file}}”',
      open: 'Could not open “{{file}}”',
      read: 'Could not read “{{file}}”',
      delete: 'Could not delete “{{file}}”',
    },
    failedIn: {
      save: 'Could not save “{{file}}” in “{{folder}}”',
      open: 'Could not open “{{file}}” in “{{folder}}”',
      read: 'Could not read “{{file}}” in “{{folder}}”',
      delete: 'Could not delete “{{file}}” in “{{folder}}”',
    },
    kept: ' The previous version of the file was not changed.',
  },
  schema: {
    at: '{{file}}: {{where}}: {{problem}}{{note}}.',
    top: '{{file}}: {{problem}}{{note}}.',
    owner: {
      node: '{{path}} (node {{id}})',
      edge: '{{path}} (edge {{id}})',
      run: '{{path}} (run {{id}})',
      comparison: '{{path}} (comparison {{id}})',
    },
    missing: 'is missing (it {{issue}})',
    found: {
      value: ' (found {{value}})',
      emptyList: ' (found an empty list)',
      list: ' (found a list of {{length}})',
      object: ' (found an object)',
    },
    note: ' (checked after upgrading the file from version {{from}})',
  },
  /** Why a file could not be upgraded (project/migrations.ts's MigrationFailure), inside problems.project-migration-failed. */
  migrationFailure: {
    order: 'the upgrade steps are out of order (step {{index}} reads version {{reads}}, not {{version}})',
    notObject: 'step "{{step}}" did not produce a project object',
    threw: 'step "{{step}}" failed: {{detail}}',
  },
  /** Lists in a sentence: "samples, noise and classes", "path or text". */
  lists: { comma: ', ', and: '{{init}} and {{last}}', or: '{{first}} or {{second}}' },
} as const;
