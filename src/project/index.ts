/**
 * The project file format (`*.nnproj`): schema, versions and migrations, parse and serialize, tensor
 * encoding and defaults. Pure TypeScript; imports only engine types (the registry names are its own copies).
 */
export {
  MAX_JSON_DEPTH,
  MAX_PROJECT_BYTES,
  checkProjectSize,
  parseProject,
  type ParseProjectOptions,
  type ParseProjectResult,
} from './parse';
export { serializeProject } from './serialize';
export {
  buildRunRecord,
  metricsFromHistoryEntry,
  nextRunId,
  withRun,
  type RunRecordInputs,
  type RunTransform,
} from './run-record';
export {
  ProjectSaveError,
  describeProjectErrors,
  type MigrationFailedError,
  type NotAProjectError,
  type ProjectError,
  type ProjectErrorKind,
  type SchemaProjectError,
  type SyntaxProjectError,
  type TooLargeProjectError,
  type VersionTooNewError,
} from './errors';
export {
  CURRENT_VERSION,
  FIRST_VERSION,
  migrateProject,
  migrations,
  targetVersion,
  type JsonObject,
  type MigrationFailure,
  type MigrationNote,
  type MigrationResult,
  type MigrationStep,
} from './migrations';
export {
  SCHEMA_ISSUES,
  schemaIssueMessage,
  type SchemaIssue,
  type SchemaIssueCode,
  type SchemaIssueParams,
} from './schema-issues';
export { DEFAULT_PROJECT_NAME, PROJECT_FORMAT, ProjectSchema, type Project } from './schema';
export {
  ActivationParamsSchema,
  DenseParamsSchema,
  DropoutParamsSchema,
  EdgeSchema,
  GraphSchema,
  InputParamsSchema,
  MAX_DENSE_UNITS,
  MAX_DROPOUT_RATE,
  MergeParamsSchema,
  NodeSchema,
  OutputParamsSchema,
  PositionSchema,
  type ProjectEdge,
  type ProjectGraph,
  type ProjectNode,
} from './schema-graph';
export {
  DATASET_FIELDS_BY_KIND,
  DEFAULT_CLASSES,
  DEFAULT_NOISE,
  DEFAULT_SAMPLES,
  DatasetSchema,
  EarlyStoppingSchema,
  KINDS_WITH_CLASSES,
  MAX_LEARNING_RATE,
  MAX_SAMPLES,
  MAX_SEED,
  SHARED_DATASET_FIELDS,
  TrainingSchema,
  whatDatasetKindTakes,
  type ProjectDataset,
  type ProjectTraining,
} from './schema-settings';
export {
  ComparisonSchema,
  HistoryEntrySchema,
  NodeWeightsSchema,
  RUN_ENDS,
  RunSchema,
  RunSettingsSchema,
  TensorSchema,
  TransformSchema,
  WeightsSchema,
  historyEntryFromMetrics,
  type Comparison,
  type HistoryEntry,
  type Run,
} from './schema-run';
export {
  decodeTensor,
  decodeTensorResult,
  decodeWeights,
  encodeTensor,
  encodeWeights,
  firstNonFinite,
  shapeSize,
  type TensorJson,
  type WeightsJson,
} from './tensor';
export { bytesToBase64, base64ToBytes } from './base64';
export { findJsonSyntaxError, lineAndColumn, type JsonSyntaxProblem } from './json-syntax';
export {
  ACTIVATION_NAMES,
  CSV_DELIMITER_NAMES,
  DATASET_KIND_NAMES,
  LOSS_NAMES,
  NODE_TYPE_NAMES,
  OPTIMIZER_NAMES,
  OUTPUT_ACTIVATION_NAMES,
  TASK_NAMES,
} from './names';
export { defaultDataset, defaultTraining, newProject, starterGraph } from './defaults';
export {
  COMPARISON_OPS,
  LESSON_CONTROLS,
  LESSON_METRICS,
  LESSON_SETTINGS,
  STEP_THROUGH_PHASES,
  LessonCheckSchema,
  LessonSchema,
  LessonStepSchema,
  checkIssues,
  lessonText,
  type ComparisonOp,
  type Lesson,
  type LessonCheck,
  type LessonControl,
  type LessonStep,
  type LessonText,
} from './schema-lesson';
export {
  bestValidationEpoch,
  checkReferences,
  evaluateCheck,
  type CheckContext,
  type LessonLiveState,
  type LiveRun,
} from './lesson-check';
