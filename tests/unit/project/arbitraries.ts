/**
 * fast-check generators of valid in-memory projects (defaults filled in, tensors decoded), used by the
 * round-trip property test. They cover every node type, dataset kind, optional field and unknown fields.
 */
import fc from 'fast-check';
import {
  ACTIVATIONS,
  CSV_DELIMITERS,
  DATASET_KIND_FIELDS,
  DATASET_KINDS,
  LOSSES,
  OPTIMIZERS,
  OUTPUT_ACTIVATIONS,
} from '../../../src/engine/types';
import type { Project } from '../../../src/project';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const between = (min: number, max: number) => fc.double({ min, max, noNaN: true });
const anyText = fc.string({ unit: 'binary', maxLength: 12 });
const id = fc.string({ minLength: 1, maxLength: 5 });

/** Unknown fields: keys no schema knows (some integer-like, to test ordering), any JSON values. */
const extras = fc.dictionary(
  fc.constantFrom('zExtra', 'aExtra', '10', '2', 'ünï', 'x y'),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 2, noNullPrototype: true },
);
const withExtras = <T extends object>(arb: fc.Arbitrary<T>) =>
  fc.tuple(arb, extras).map(([value, extra]) => ({ ...extra, ...value }));

const paramsByType = {
  input: fc.constant({}),
  add: fc.constant({}),
  concat: withExtras(fc.constant({})),
  dense: withExtras(
    fc.record(
      {
        units: fc.integer({ min: 1, max: 4096 }),
        activation: fc.constantFrom(...ACTIVATIONS),
        useBias: fc.boolean(),
        l2: between(0, 1),
      },
      { noNullPrototype: true },
    ),
  ),
  activation: fc.record({ activation: fc.constantFrom(...ACTIVATIONS) }, { noNullPrototype: true }),
  dropout: fc.record({ rate: between(0, 0.95) }, { noNullPrototype: true }),
  output: fc.record(
    { activation: fc.constantFrom(...OUTPUT_ACTIVATIONS), loss: fc.constantFrom(...LOSSES) },
    { noNullPrototype: true },
  ),
};
type NodeKind = keyof typeof paramsByType;

const node = (nodeId: string) =>
  fc.constantFrom(...(Object.keys(paramsByType) as NodeKind[])).chain((type) =>
    withExtras(
      fc.record(
        {
          id: fc.constant(nodeId),
          type: fc.constant(type),
          position: withExtras(fc.record({ x: finite, y: finite }, { noNullPrototype: true })),
          label: anyText,
          params: paramsByType[type] as fc.Arbitrary<object>,
        },
        { noNullPrototype: true, requiredKeys: ['id', 'type', 'position', 'params'] },
      ),
    ),
  );

export const graph = fc.uniqueArray(id, { maxLength: 5 }).chain((ids) =>
  fc.record(
    {
      nodes: fc.tuple(...ids.map(node)),
      edges:
        ids.length === 0
          ? fc.constant([])
          : fc
              .uniqueArray(
                fc.record(
                  { id, source: fc.constantFrom(...ids), target: fc.constantFrom(...ids) },
                  { noNullPrototype: true },
                ),
                { selector: (e) => e.id, maxLength: 4 },
              )
              .chain((edges) => fc.tuple(...edges.map((e) => withExtras(fc.constant(e))))),
    },
    { noNullPrototype: true },
  ),
);

/** Every field a dataset kind can carry; each kind gets only its own (DATASET_KIND_FIELDS). */
const datasetFields = {
  samples: fc.integer({ min: 1, max: 1_000_000 }),
  noise: between(0, 1),
  classes: fc.integer({ min: 2, max: 5 }),
  path: fc.constantFrom('data.csv', 'sub/dir/ファイル.csv'),
  text: anyText,
  features: fc.array(anyText, { maxLength: 3 }),
  target: anyText,
  task: fc.constantFrom('classification' as const, 'regression' as const),
  delimiter: fc.constantFrom(...CSV_DELIMITERS),
};

/** A v2 dataset of any kind: its own fields only; samples, noise and classes always (the loader fills them in). */
export const dataset = fc.constantFrom(...DATASET_KINDS).chain((kind) => {
  const own = DATASET_KIND_FIELDS[kind] as readonly (keyof typeof datasetFields)[];
  const fields = Object.fromEntries(own.map((f) => [f, datasetFields[f]]));
  return withExtras(
    fc.record(
      {
        kind: fc.constant(kind),
        ...fields,
        validationSplit: between(0, 0.9),
        seed: fc.integer({ min: 0, max: 0xffffffff }),
        standardize: fc.boolean(),
      },
      {
        noNullPrototype: true,
        requiredKeys: [
          'kind',
          'validationSplit',
          'seed',
          ...own.filter((f) => f === 'samples' || f === 'noise' || f === 'classes'),
        ] as never[],
      },
    ),
  );
});

export const training = withExtras(
  fc.record(
    {
      optimizer: fc.constantFrom(...OPTIMIZERS),
      learningRate: fc.double({ min: Number.MIN_VALUE, max: 100, noNaN: true }),
      batchSize: fc.integer({ min: 1, max: 65_536 }),
      epochs: fc.integer({ min: 1, max: 1_000_000 }),
      seed: fc.integer({ min: 0, max: 0xffffffff }),
      l2: between(0, 1),
      momentum: between(0, 0.999),
      earlyStopping: withExtras(
        fc.record({ patience: fc.integer({ min: 1, max: 100_000 }) }, { noNullPrototype: true }),
      ),
    },
    {
      noNullPrototype: true,
      requiredKeys: ['optimizer', 'learningRate', 'batchSize', 'epochs', 'seed', 'l2', 'momentum'],
    },
  ),
);

const tensor = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }).chain((shape) =>
  withExtras(
    fc.record(
      {
        shape: fc.constant(shape),
        data: fc.float32Array({
          noNaN: true,
          noDefaultInfinity: true,
          minLength: shape.reduce((a, b) => a * b, 1),
          maxLength: shape.reduce((a, b) => a * b, 1),
        }),
      },
      { noNullPrototype: true },
    ),
  ),
);

const isoTime = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const loss = fc.option(between(0, 1e6), { nil: null });

const historyEntry = withExtras(
  fc.record(
    {
      epoch: fc.integer({ min: 1, max: 100_000_000 }),
      trainLoss: loss,
      valLoss: loss,
      trainAccuracy: between(0, 1),
      valAccuracy: between(0, 1),
      learningRate: fc.double({ min: Number.MIN_VALUE, max: 100, noNaN: true }),
      elapsedMs: between(0, 1e9),
    },
    { noNullPrototype: true, requiredKeys: ['epoch', 'trainLoss', 'valLoss'] },
  ),
);

const run = (runId: string) =>
  withExtras(
    fc.record(
      {
        id: fc.constant(runId),
        name: anyText,
        startedAt: isoTime,
        endedAt: isoTime,
        end: fc.constantFrom('completed' as const, 'stopped' as const, 'diverged' as const),
        message: anyText,
        settings: withExtras(
          fc.record({ training, dataset, graph }, { noNullPrototype: true, requiredKeys: ['training', 'dataset'] }),
        ),
        history: fc.array(historyEntry, { maxLength: 4 }),
        transform: withExtras(
          fc.integer({ min: 1, max: 4 }).chain((n) =>
            fc.record(
              {
                featureNames: fc.array(anyText, { minLength: n, maxLength: n }),
                standardization: fc.record(
                  {
                    mean: fc.array(finite, { minLength: n, maxLength: n }),
                    std: fc.array(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), { minLength: n, maxLength: n }),
                  },
                  { noNullPrototype: true },
                ),
                classNames: fc.array(anyText, { minLength: 2, maxLength: 4 }),
                target: anyText,
                source: fc.record(
                  { rows: fc.nat(), fingerprint: fc.string({ minLength: 1, maxLength: 30 }) },
                  { noNullPrototype: true },
                ),
              },
              { noNullPrototype: true, requiredKeys: ['featureNames'] },
            ),
          ),
        ),
        weights: fc.dictionary(
          id,
          withExtras(fc.record({ kernel: tensor, bias: tensor }, { noNullPrototype: true, requiredKeys: ['kernel'] })),
          { maxKeys: 3, noNullPrototype: true },
        ),
      },
      { noNullPrototype: true, requiredKeys: ['id', 'startedAt', 'end', 'settings', 'history'] },
    ),
  );

const runs = fc.uniqueArray(id, { maxLength: 3 }).chain((ids) => fc.tuple(...ids.map(run)));

const comparison = (comparisonId: string) =>
  withExtras(
    fc.record(
      {
        id: fc.constant(comparisonId),
        name: anyText,
        parameter: withExtras(fc.record({ kind: id, nodeId: id }, { noNullPrototype: true, requiredKeys: ['kind'] })),
        values: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
        runs: fc.uniqueArray(id, { maxLength: 2 }).chain((ids) => fc.tuple(...ids.map(run))),
      },
      { noNullPrototype: true },
    ),
  );

export const project: fc.Arbitrary<Project> = withExtras(
  fc.record(
    {
      format: fc.constant('layerwise-project' as const),
      version: fc.constant(2),
      name: anyText,
      description: anyText,
      graph,
      dataset,
      training,
      runs,
      comparisons: fc.uniqueArray(id, { maxLength: 2 }).chain((ids) => fc.tuple(...ids.map(comparison))),
    },
    {
      noNullPrototype: true,
      requiredKeys: ['format', 'version', 'name', 'description', 'graph', 'dataset', 'training', 'runs'],
    },
  ),
) as unknown as fc.Arbitrary<Project>;
