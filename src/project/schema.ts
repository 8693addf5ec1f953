/**
 * The whole project file (`*.nnproj`, JSON). Field order here is the order `serializeProject` writes.
 *
 * Defaults (filled in on load):
 *   name          "Untitled project"
 *   description   ""
 *   runs          []
 * `comparisons` may be absent (no saved comparisons) and is then not written; so may `lesson`.
 * Nested defaults are documented in schema-graph.ts, schema-settings.ts and schema-run.ts.
 * Every object is loose: unknown fields are kept at every depth and written back on save.
 */
import { z } from 'zod';
import { GraphSchema } from './schema-graph';
import { ComparisonSchema, RunSchema } from './schema-run';
import { LessonSchema } from './schema-lesson';
import { DatasetSchema, TrainingSchema } from './schema-settings';
import { text } from './schema-helpers';
import { customIssue, says } from './schema-issues';

/** The value of the `format` field that marks a Layerwise project. */
export const PROJECT_FORMAT = 'layerwise-project';

export const DEFAULT_PROJECT_NAME = 'Untitled project';

/** What a `version` that is not a format version gets told (also by the parser, before migrating). */
export const VERSION_ERROR = says('schema-whole-number', { min: 1 });

export const ProjectSchema = z
  .looseObject({
    format: z.literal(PROJECT_FORMAT, { error: says('schema-literal', { value: PROJECT_FORMAT }) }),
    // The version is checked (and the file migrated) before this schema runs; here it only has to be sane.
    version: z.number({ error: VERSION_ERROR }).int({ error: VERSION_ERROR }).min(1, { error: VERSION_ERROR }),
    name: text().default(DEFAULT_PROJECT_NAME),
    description: text().default(''),
    graph: GraphSchema,
    dataset: DatasetSchema,
    training: TrainingSchema,
    runs: z.array(RunSchema).default(() => []),
    comparisons: z.array(ComparisonSchema).optional(),
    /** A guided exercise (schema-lesson.ts); absent in ordinary projects. Added within version 2. */
    lesson: LessonSchema.optional(),
  })
  .superRefine((project, ctx) => {
    // Runs and comparisons are addressed by id in the UI (select, delete, compare).
    for (const key of ['runs', 'comparisons'] as const) {
      const seen = new Set<string>();
      (project[key] ?? []).forEach((item, i) => {
        if (seen.has(item.id)) {
          ctx.addIssue(customIssue('schema-duplicate-id', { context: 'entry', id: item.id }, [key, i, 'id']));
        }
        seen.add(item.id);
      });
    }
  });

/** A project in memory: defaults filled in, tensors decoded, unknown fields kept. */
export type Project = z.output<typeof ProjectSchema>;
